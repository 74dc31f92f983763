package io.tessera.ui.app.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.tenants.billing.BillingOverview;
import io.tessera.ui.app.shell.MainLayout;
import io.tessera.ui.app.shell.Notify;
import io.tessera.ui.kit.format.TenantFormat;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The tenant admin's billing: subscription status (with a banner while a payment is overdue and until when the paid
 * modules stay enabled), the paid modules with their prices and monthly amounts, the next invoice's date, the modules a
 * lapse detached, and the Stripe Billing Portal for payment methods and invoices.
 */
@Route(value = "admin/billing", layout = MainLayout.class)
@PermitAll
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
public class BillingView extends VerticalLayout implements HasDynamicTitle {

    private final BillingOverview overview;

    BillingView(BillingOverview overview) {
        this.overview = overview;
        add(new H2(getTranslation("billing.title")));
        BillingOverview.TenantBilling billing = overview.tenant();
        if (!billing.billingEnabled()) {
            Paragraph off = new Paragraph(getTranslation("billing.off"));
            off.setId("billing-off");
            add(off);
            return;
        }
        TenantFormat format = TenantFormat.current();
        if (billing.graceUntil() != null) {
            Div banner = new Div(new Span(getTranslation("billing.grace", format.date(billing.graceUntil()))));
            banner.setId("billing-grace");
            banner.getElement().setAttribute("role", "alert");
            // theme-neutral: a tinted box with an error-coloured edge (the theme's error colour where it defines one)
            banner.getStyle().set("padding", "0.75rem 1rem").set("border-radius", "0.5rem")
                    .set("border-left", "4px solid var(--vaadin-error-color, #b3261e)")
                    .set("background", "color-mix(in srgb, var(--vaadin-error-color, #b3261e) 8%, transparent)")
                    .set("box-sizing", "border-box").set("width", "100%");
            add(banner);
        }
        String status = billing.status() == null ? "none" : billing.status();
        Span state = new Span(getTranslation("billing.status." + status.toLowerCase(Locale.ROOT)));
        state.setId("billing-status");
        state.getElement().getThemeList().add("badge");
        add(new Paragraph(new Span(getTranslation("billing.status") + ": "), state));
        if (billing.currentPeriodEnd() != null) {
            add(new Paragraph(getTranslation("billing.next-invoice", format.date(billing.currentPeriodEnd()))));
        }

        if (!billing.checkoutPending().isEmpty()) {
            Paragraph pending = new Paragraph(getTranslation("billing.checkout.pending",
                    String.join(", ", billing.checkoutPending())));
            pending.setId("billing-checkout-pending");
            add(pending);
        }
        if (!billing.trials().isEmpty()) {
            add(new H3(getTranslation("billing.trials")));
            for (BillingOverview.Trial trial : billing.trials()) {
                Paragraph line = new Paragraph(trial.daysLeft() <= 1
                        ? getTranslation("billing.trial.last-day", trial.module(), format.date(trial.endsAt()))
                        : getTranslation("billing.trial.days-left", trial.module(), format.number(trial.daysLeft()),
                        format.date(trial.endsAt())));
                line.setId("billing-trial-" + trial.module());
                add(line);
            }
        }

        add(new H3(getTranslation("billing.modules")));
        if (billing.modules().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("billing.modules.none"));
            none.setId("billing-no-modules");
            add(none);
        } else {
            Grid<BillingOverview.PaidItem> grid = new Grid<>();
            grid.setId("billing-modules");
            grid.setAriaLabel(getTranslation("billing.modules"));
            grid.addColumn(i -> i.removing() ? i.module() + " (" + getTranslation("billing.removing") + ")" : i.module())
                    .setHeader(getTranslation("billing.module")).setAutoWidth(true);
            grid.addColumn(i -> i.unitAmount() == null ? "" : BillingText.money(i.unitAmount(), i.currency()))
                    .setHeader(getTranslation("billing.unit-price"));
            grid.addColumn(i -> format.number(i.quantity())).setHeader(getTranslation("billing.quantity"));
            grid.addColumn(i -> i.unitAmount() == null ? "" : BillingText.money(i.unitAmount() * i.quantity(), i.currency()))
                    .setHeader(getTranslation("billing.amount"));
            grid.setItems(billing.modules());
            grid.setAllRowsVisible(true);
            add(grid);
        }
        if (!billing.lapsed().isEmpty()) {
            add(new Paragraph(getTranslation("billing.lapsed", String.join(", ", billing.lapsed()))));
        }
        Button portal = new Button(getTranslation("billing.portal"), e -> openPortal());
        portal.setId("billing-portal");
        portal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        portal.setEnabled(billing.status() != null);
        add(new Paragraph(getTranslation("billing.portal.help")), portal);
    }

    private void openPortal() {
        UI ui = UI.getCurrent();
        ui.getPage().fetchCurrentURL(url -> {
            try {
                ui.getPage().setLocation(overview.portal(url.toString()));
            } catch (RuntimeException e) {
                Notify.error(e);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("billing.title") + " · " + getTranslation("app.name");
    }
}
