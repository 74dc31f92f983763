package io.tessera.kernel.account;

import io.tessera.kernel.access.AccessChanges;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.money.Currencies;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The tenants that exist: finding and listing them, suspending or resuming one (the platform's
 * {@link KernelPermissions#PLATFORM}), and a tenant's own settings (its admin's {@link KernelPermissions#TENANT_ADMIN}).
 */
@Service
public class TenantDirectory {

    private final TenantRepository tenants;
    private final Transactions transactions;
    private final AccessChanges changes;

    TenantDirectory(TenantRepository tenants, Transactions transactions, AccessChanges changes) {
        this.tenants = tenants;
        this.transactions = transactions;
        this.changes = changes;
    }

    /**
     * A tenant's own settings.
     *
     * @param name         display name, 1-200 characters
     * @param baseCurrency ISO 4217 code, e.g. {@code EUR}
     * @param locale       BCP 47 language tag, e.g. {@code de-AT}
     * @param timeZone     IANA time zone id, e.g. {@code Europe/Berlin}
     */
    public record TenantSettings(String name, String baseCurrency, String locale, String timeZone) {
    }

    /**
     * A tenant by slug.
     *
     * @param slug the tenant's slug
     * @return the tenant, if it exists
     */
    public Optional<Tenant> findTenant(String slug) {
        return TenantContext.callWithoutTenant(() -> transactions.read(() -> tenants.findBySlug(slug)));
    }

    /**
     * Tenants, one page at a time, by slug.
     *
     * @param page zero-based page
     * @param size page size
     * @return the page
     */
    public Page<Tenant> tenants(int page, int size) {
        return TenantContext.callWithoutTenant(() -> transactions.read(() ->
                tenants.findAll(PageRequest.of(page, size, Sort.by("slug")))));
    }

    /**
     * Suspends or resumes a tenant: a suspended tenant's users are refused; its data is untouched.
     *
     * @param slug   the tenant
     * @param status the new status
     * @return the tenant, if it exists
     */
    @RequiresPermission(KernelPermissions.PLATFORM)
    public Optional<Tenant> setStatus(String slug, TenantStatus status) {
        return TenantContext.callWithoutTenant(() -> transactions.write(() -> tenants.findBySlug(slug).map(t -> {
            t.setStatus(status);
            changes.changed();
            return t;
        })));
    }

    /**
     * Changes the name, base currency, locale and time zone of the tenant in scope (the one whose
     * {@code tenant.admin} permission was checked), all or nothing.
     *
     * @param settings the new settings
     * @return the tenant
     * @throws ApiProblem (422) naming the first invalid field
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Tenant updateSettings(TenantSettings settings) {
        UUID tenantId = TenantContext.tenant().orElseThrow(() -> new IllegalStateException("No tenant in scope")).id();
        String name = settings.name() == null ? "" : settings.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw ApiProblem.invalid("name", "must be 1 to 200 characters");
        }
        String currency = settings.baseCurrency() == null ? "" : settings.baseCurrency().strip().toUpperCase(Locale.ROOT);
        if (!Currencies.isMoney(currency)) {
            throw ApiProblem.invalid("baseCurrency", "'" + settings.baseCurrency() + "' is not an ISO 4217 currency code");
        }
        Locale locale = Locale.forLanguageTag(settings.locale() == null ? "" : settings.locale().strip());
        if (locale.getLanguage().isEmpty()) {
            throw ApiProblem.invalid("locale", "'" + settings.locale() + "' is not a BCP 47 language tag such as de-AT");
        }
        String zone;
        try {
            zone = ZoneId.of(settings.timeZone() == null ? "" : settings.timeZone().strip()).getId();
        } catch (DateTimeException e) {
            throw ApiProblem.invalid("timeZone", "'" + settings.timeZone() + "' is not a time zone such as Europe/Berlin");
        }
        return TenantContext.callWithoutTenant(() -> transactions.write(() -> {
            Tenant tenant = tenants.findById(tenantId).orElseThrow();
            tenant.applySettings(name, currency, locale.toLanguageTag(), zone);
            return tenant;
        }));
    }
}
