package io.tessera.ui.app.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.tessera.kernel.account.TenantDirectory;
import io.tessera.kernel.account.Tenant;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.ui.kit.format.TenantFormat;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the tenant's settings to every UI of a signed-in user when it is created: the session's
 * locale becomes the tenant's (unless the user chose their own language on the profile page in this
 * session), and the kit's {@link TenantFormat} gets the tenant's time zone and base currency, so views
 * show dates, times, numbers and money the tenant's way. Outside a tenant (sign-in page, platform
 * console) the browser's language and UTC apply.
 */
@org.springframework.stereotype.Component
public class TenantLocale implements VaadinServiceInitListener {

    /** The session attribute holding the tenant locale last applied, to tell it from one the user chose. */
    static final String APPLIED_ATTRIBUTE = "tessera.ui.tenant-locale";

    private static final Logger log = LoggerFactory.getLogger(TenantLocale.class);

    private final TenantDirectory tenants;

    TenantLocale(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    /**
     * Applies the current tenant's locale, time zone and base currency to a UI and its session, e.g.
     * right after an admin changed them.
     *
     * @param ui the UI of the current request
     */
    public void apply(UI ui) {
        Optional<Tenant> tenant = TenantContext.tenant().flatMap(t -> tenants.findTenant(t.slug()));
        if (tenant.isEmpty()) {
            return;
        }
        Locale locale = Locale.forLanguageTag(tenant.get().getLocale());
        VaadinSession session = ui.getSession();
        Object applied = session.getAttribute(APPLIED_ATTRIBUTE);
        boolean userChoseOwn = applied != null && !applied.equals(session.getLocale());
        if (!userChoseOwn && !locale.getLanguage().isEmpty()) {
            session.setAttribute(APPLIED_ATTRIBUTE, locale);
            session.setLocale(locale);
            ui.setLocale(locale);
        }
        TenantFormat.install(ui, zone(tenant.get()), currency(tenant.get()));
    }

    private static ZoneId zone(Tenant tenant) {
        try {
            return ZoneId.of(tenant.getTimeZone());
        } catch (DateTimeException e) {
            log.warn("Tenant {} has an unknown time zone '{}'; showing UTC", tenant.getSlug(), tenant.getTimeZone());
            return ZoneOffset.UTC;
        }
    }

    private static Currency currency(Tenant tenant) {
        try {
            return tenant.getBaseCurrency() == null ? null : Currency.getInstance(tenant.getBaseCurrency());
        } catch (IllegalArgumentException e) {
            log.warn("Tenant {} has an unknown base currency '{}'", tenant.getSlug(), tenant.getBaseCurrency());
            return null;
        }
    }
}
