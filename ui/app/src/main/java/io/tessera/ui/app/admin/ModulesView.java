package io.tessera.ui.app.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.tenants.billing.BillingOverview;
import io.tessera.tenants.billing.ModuleBilling;
import io.tessera.tenants.modules.Impact;
import io.tessera.tenants.modules.ModuleMarketplace;
import io.tessera.tenants.modules.ModuleStatus;
import io.tessera.ui.app.shell.MainLayout;
import io.tessera.ui.app.shell.Notify;
import io.tessera.ui.kit.BackgroundExecutor;
import io.tessera.ui.kit.format.TenantFormat;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The module marketplace: a card per installed module, grouped by category, with its state,
 * description and dependencies. Enable, Detach and Purge first show what would change (modules pulled
 * in or affected, the tenant's record counts), then run with a progress bar.
 */
@Route(value = "admin/modules", layout = MainLayout.class)
@PermitAll
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
public class ModulesView extends VerticalLayout implements HasDynamicTitle {

    private final ModuleBilling billing;
    private final BillingOverview billingOverview;
    private final ModuleMarketplace marketplace;
    private final BackgroundExecutor background;
    private final VerticalLayout categories = new VerticalLayout();
    private Map<String, BillingOverview.ModulePrice> prices = Map.of();

    /** Enable and detach go through billing: a paid module is added to the subscription first (D11). */
    ModulesView(ModuleBilling billing, BillingOverview billingOverview, ModuleMarketplace marketplace,
                BackgroundExecutor background) {
        this.billing = billing;
        this.billingOverview = billingOverview;
        this.marketplace = marketplace;
        this.background = background;
        categories.setPadding(false);
        add(new H2(getTranslation("modules.title")), new Paragraph(getTranslation("modules.intro")), categories);
        refresh();
    }

    private void refresh() {
        categories.removeAll();
        try {
            prices = billingOverview.prices();
        } catch (RuntimeException e) {
            prices = Map.of();
            Paragraph unavailable = new Paragraph(getTranslation("billing.prices-unavailable", e.getMessage()));
            unavailable.setId("prices-unavailable");
            categories.add(unavailable);
        }
        Map<String, List<ModuleStatus>> byCategory = new TreeMap<>();
        for (ModuleStatus m : marketplace.list()) {
            byCategory.computeIfAbsent(Objects.requireNonNullElse(m.category(), "OTHER"), c -> new java.util.ArrayList<>()).add(m);
        }
        if (byCategory.isEmpty()) {
            categories.add(new Paragraph(getTranslation("modules.none")));
        }
        byCategory.forEach((category, modules) -> {
            FlexLayout cards = new FlexLayout();
            cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            cards.getStyle().set("gap", "1rem");
            modules.forEach(m -> cards.add(card(m)));
            categories.add(new H3(getTranslation("modules.category." + category.toLowerCase(java.util.Locale.ROOT))), cards);
        });
    }

    private Card card(ModuleStatus m) {
        Card card = new Card();
        card.setId("module-" + m.id());
        card.setTitle(m.name());
        card.setSubtitle(new Span(m.version() == null ? m.id() : m.id() + " · " + m.version()));
        Span state = new Span(getTranslation("modules.state." + m.state().toLowerCase(java.util.Locale.ROOT)));
        state.getElement().getThemeList().add("badge");
        if ("ENABLED".equals(m.state())) {
            state.getElement().getThemeList().add("success");
        } else if ("UNAVAILABLE".equals(m.state())) {
            state.getElement().getThemeList().add("error");
        }
        state.addClassName("module-state");
        card.setHeaderSuffix(state);
        BillingOverview.ModulePrice price = prices.get(m.id());
        if (price != null) {
            Span amount = new Span(BillingText.price(price, this::getTranslation));
            amount.addClassName("module-price");
            amount.getElement().getThemeList().add("badge");
            amount.getElement().getThemeList().add("contrast");
            card.add(amount);
        }
        card.add(new Paragraph(m.description() == null || m.description().isBlank()
                ? getTranslation("modules.no-description") : m.description()));
        if (!m.dependencies().isEmpty()) {
            card.add(new Paragraph(getTranslation("modules.requires", String.join(", ", m.dependencies()))));
        }
        if (!m.enabledDependents().isEmpty()) {
            card.add(new Paragraph(getTranslation("modules.required-by", String.join(", ", m.enabledDependents()))));
        }
        if (m.failure() != null) {
            card.add(new Paragraph(getTranslation("modules.failure", m.failure())));
        }
        HorizontalLayout actions = new HorizontalLayout();
        switch (m.state()) {
            case "AVAILABLE" -> actions.add(action(m, "enable", ButtonVariant.LUMO_PRIMARY));
            case "DETACHED" -> actions.add(action(m, "enable", ButtonVariant.LUMO_PRIMARY), action(m, "purge", ButtonVariant.LUMO_ERROR));
            case "ENABLED" -> actions.add(action(m, "detach", ButtonVariant.LUMO_CONTRAST), action(m, "purge", ButtonVariant.LUMO_ERROR));
            default -> { }
        }
        card.addToFooter(actions);
        card.setWidth("20rem");
        card.setMaxWidth("100%");
        return card;
    }

    private Button action(ModuleStatus m, String action, ButtonVariant variant) {
        Button button = new Button(getTranslation("modules.action." + action), e -> preview(m, action));
        button.addThemeVariants(variant);
        button.setId(action + "-" + m.id());
        button.setAriaLabel(getTranslation("modules.action." + action) + " " + m.name());
        return button;
    }

    private void preview(ModuleStatus m, String action) {
        Impact impact;
        try {
            impact = marketplace.impact(m.id(), action);
        } catch (RuntimeException e) {
            Notify.error(e);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("modules.impact.title." + action, m.name()));
        dialog.setId("impact-dialog");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Paragraph(getTranslation("modules.impact.modules." + action, String.join(", ", impact.modules()))));
        List<String> paid = impact.modules().stream().filter(prices::containsKey).toList();
        if (!paid.isEmpty() && !"purge".equals(action)) {
            for (String module : paid) {
                body.add(new Paragraph(getTranslation("billing.impact." + action, module,
                        BillingText.price(prices.get(module), this::getTranslation))));
            }
        }
        List<Impact.TableRows> rows = impact.tables().stream().filter(t -> t.rows() > 0).toList();
        if (rows.isEmpty()) {
            body.add(new Paragraph(getTranslation("modules.impact.no-records")));
        } else {
            Grid<Impact.TableRows> grid = new Grid<>();
            grid.addColumn(Impact.TableRows::module).setHeader(getTranslation("modules.impact.module"));
            grid.addColumn(Impact.TableRows::table).setHeader(getTranslation("modules.impact.table"));
            TenantFormat format = TenantFormat.current();
            grid.addColumn(t -> format.number(t.rows())).setHeader(getTranslation("modules.impact.rows"));
            grid.setItems(rows);
            grid.setAllRowsVisible(true);
            body.add(grid);
        }
        if ("purge".equals(action)) {
            body.add(new Paragraph(getTranslation("modules.impact.purge-warning")));
        }
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("modules.progress"));
        body.add(progress);
        dialog.add(body);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("modules.action." + action));
        confirm.setId("confirm-" + action);
        confirm.addThemeVariants("purge".equals(action) ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        AtomicReference<String> checkout = new AtomicReference<>();
        Supplier<List<String>> work = switch (action) {
            case "enable" -> {
                // Checkout returns to this application: its address is known on the request thread only
                String base = returnBase();
                yield () -> {
                    ModuleBilling.Enabling enabling = billing.enable(m.id(), base);
                    checkout.set(enabling.checkoutUrl());
                    return enabling.enabled();
                };
            }
            case "detach" -> () -> billing.detach(m.id(), true);
            default -> () -> marketplace.purge(m.id(), impact.confirmationToken()).purged();
        };
        confirm.addClickListener(e -> run(dialog, progress, confirm, cancel, action, work, checkout));
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void run(Dialog dialog, ProgressBar progress, Button confirm, Button cancel, String action,
                     Supplier<List<String>> work, AtomicReference<String> checkout) {
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        confirm.setEnabled(false);
        cancel.setEnabled(false);
        ui.setPollInterval(300);
        background.execute(() -> {
            List<String> changed = null;
            RuntimeException failure = null;
            try {
                changed = work.get();
            } catch (RuntimeException e) {
                failure = e;
            }
            List<String> done = changed;
            RuntimeException failed = failure;
            ui.access(() -> {
                ui.setPollInterval(-1);
                dialog.close();
                if (failed != null) {
                    Notify.error(failed);
                } else if (checkout.get() != null) {
                    Notify.success(getTranslation("billing.checkout.redirect"));
                } else {
                    Notify.success(getTranslation("modules.done." + action, String.join(", ", done)));
                }
                refresh();
                if (failed == null && checkout.get() != null) {
                    // a first paid module without a payment method: Stripe Checkout, then back to the Billing page
                    // (the link stays in case the browser does not follow)
                    Anchor link = new Anchor(checkout.get(), getTranslation("billing.checkout.continue"));
                    link.setId("checkout-link");
                    categories.addComponentAsFirst(link);
                    ui.getPage().setLocation(checkout.get());
                }
                MainLayout layout = findAncestor(MainLayout.class);
                if (layout != null) {
                    layout.refreshNavigation();
                }
            });
        });
    }

    private static String returnBase() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            throw new IllegalStateException("Enabling a module needs the current request (Checkout returns to this server)");
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("modules.title") + " · " + getTranslation("app.name");
    }
}
