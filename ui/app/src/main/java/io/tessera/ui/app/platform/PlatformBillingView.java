package io.tessera.ui.app.platform;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.tenants.billing.BillingOverview;
import io.tessera.ui.app.shell.MainLayout;
import io.tessera.ui.kit.format.TenantFormat;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** The operator's billing overview: each tenant's subscription status and monthly amount, and revenue by module. */
@Route(value = "platform/billing", layout = MainLayout.class)
@RolesAllowed(PlatformTenantsView.PLATFORM_ROLE)
public class PlatformBillingView extends VerticalLayout implements HasDynamicTitle {

    PlatformBillingView(BillingOverview overview) {
        add(new H2(getTranslation("platform.billing.title")));
        BillingOverview.Platform platform = TenantContext.callWithoutTenant(overview::platform);
        if (platform.tenants().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("platform.billing.none"));
            none.setId("platform-billing-none");
            add(none);
            return;
        }
        TenantFormat format = TenantFormat.current();
        Grid<BillingOverview.TenantLine> tenants = new Grid<>();
        tenants.setId("platform-billing-tenants");
        tenants.setAriaLabel(getTranslation("platform.billing.tenants"));
        tenants.addColumn(BillingOverview.TenantLine::slug).setHeader(getTranslation("tenants.slug")).setAutoWidth(true);
        tenants.addColumn(t -> getTranslation("billing.status." + t.status().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("billing.status"));
        tenants.addColumn(t -> t.currency() == null ? format.number(0) : money(format, t.mrr(), t.currency()))
                .setHeader(getTranslation("platform.billing.mrr"));
        tenants.setItems(platform.tenants());
        tenants.setAllRowsVisible(true);

        Grid<BillingOverview.ModuleRevenue> modules = new Grid<>();
        modules.setId("platform-billing-modules");
        modules.setAriaLabel(getTranslation("platform.billing.modules"));
        modules.addColumn(BillingOverview.ModuleRevenue::module).setHeader(getTranslation("billing.module")).setAutoWidth(true);
        modules.addColumn(m -> format.number(m.tenants())).setHeader(getTranslation("platform.billing.paying-tenants"));
        modules.addColumn(m -> money(format, m.amount(), m.currency())).setHeader(getTranslation("platform.billing.mrr"));
        modules.setItems(platform.modules());
        modules.setAllRowsVisible(true);
        add(new H3(getTranslation("platform.billing.modules")), modules, new H3(getTranslation("platform.billing.tenants")),
                tenants);
    }

    private static String money(TenantFormat format, long minorUnits, String currency) {
        Currency c = Currency.getInstance(currency.toUpperCase(Locale.ROOT));
        return format.money(BigDecimal.valueOf(minorUnits).movePointLeft(Math.max(0, c.getDefaultFractionDigits())),
                c.getCurrencyCode());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platform.billing.title") + " · " + getTranslation("app.name");
    }
}
