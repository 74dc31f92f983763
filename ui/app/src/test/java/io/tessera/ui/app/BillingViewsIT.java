package io.tessera.ui.app;

import static io.tessera.testsupport.browserless.KernelViews.button;
import static io.tessera.testsupport.browserless.KernelViews.byId;
import static io.tessera.testsupport.browserless.KernelViews.component;
import static io.tessera.testsupport.browserless.KernelViews.currentView;
import static io.tessera.testsupport.browserless.KernelViews.menu;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.notifications;
import static io.tessera.testsupport.browserless.KernelViews.openDialog;
import static io.tessera.testsupport.browserless.KernelViews.texts;
import static io.tessera.testsupport.browserless.KernelViews.textsUnder;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import io.tessera.sdk.TenantRef;
import io.tessera.tenants.LifecyclePlugins;
import io.tessera.tenants.billing.BillingOverview;
import io.tessera.tenants.billing.StripeStub;
import io.tessera.testsupport.browserless.KernelViews;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.ui.app.admin.BillingView;
import io.tessera.ui.app.admin.ModulesView;
import io.tessera.ui.app.platform.PlatformBillingView;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The billing views with billing on (Stripe stubbed by WireMock, browserless): the marketplace card shows the paid
 * module's price and its enable dialog what is charged, enabling goes through Stripe; the Billing page shows the
 * status, the module with its amount and, once a payment is overdue, the grace banner; the operator's overview shows
 * the tenant and the revenue of the module.
 */
class BillingViewsIT {

    static final String PASSWORD = "correct-horse-battery-9";
    static final StripeStub STRIPE = new StripeStub();

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder()
            .plugin(LifecyclePlugins.module("paidmemo", null, 2, false), LifecyclePlugins.module("trialmemo", null, 1, false))
            .property("tessera.billing.stripe.api-key", "sk_test_views")
            .property("tessera.billing.stripe.api-base", STRIPE.base())
            .property("tessera.billing.stripe.webhook-secret", StripeStub.WEBHOOK_SECRET)
            .property("tessera.billing.modules.paidmemo.per-seat", "false")
            .property("tessera.billing.modules.trialmemo.trial-days", "14")
            .build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    @AfterAll
    static void stopStripe() {
        STRIPE.stop();
    }

    @Test
    void aPaidModuleShowsItsPriceIsEnabledThroughStripeAndTheBillingPagesShowIt() {
        STRIPE.price("paidmemo", "price_memo", 1500);
        KERNEL.provisionTenant("billing-views", PASSWORD);
        TenantRef tenant = KERNEL.tenant("billing-views");
        StripeStub.Item item = new StripeStub.Item("si_memo_views", "paidmemo", "price_memo", 1500, 1);
        // a customer whose card is on file: the subscription is created directly (without one, the first paid module
        // goes through Stripe Checkout: BillingIT, BillingCheckoutTrialSeatsIT)
        KERNEL.queryAsSuperuser("insert into billing_customers (tenant_id, stripe_customer_id, created_at)"
                + " values (?::uuid, 'cus_views', now()) returning tenant_id", tenant.id().toString());
        STRIPE.paymentMethod(tenant.id(), "cus_views", "pm_card_visa");
        STRIPE.subscriptionCreated(tenant.id(), "cus_views", "sub_views", List.of(item));
        KernelViews.Member admin = VIEWS.admin("billing-views");

        VIEWS.as(admin, () -> {
            navigate(BillingView.class);
            assertThat(byId(Component.class, "billing-no-modules")).isPresent();
            assertThat(menu()).contains("Billing");

            navigate(ModulesView.class);
            Component card = component(Component.class, "module-paidmemo");
            assertThat(textsUnder(card)).contains("€15.00 per month");
            button("enable-paidmemo").click();
            Dialog dialog = openDialog();
            assertThat(textsUnder(dialog)).anyMatch(t -> t.startsWith("paidmemo is a paid module: €15.00 per month."));
            button("confirm-enable").click();
            for (int i = 0; i < 600 && dialog.isOpened(); i++) {
                MockVaadin.runUIQueue();
                pause();
            }
            assertThat(dialog.isOpened()).isFalse();
            MockVaadin.clientRoundtrip();
            assertThat(notifications()).contains("Enabled: paidmemo");
        });
        assertThat(STRIPE.server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/subscriptions")))).hasSize(1);

        VIEWS.as(admin, () -> {
            navigate(BillingView.class);
            assertThat(currentView()).isInstanceOf(BillingView.class);
            assertThat(component(Component.class, "billing-status").getElement().getText()).isEqualTo("Active");
            assertThat(KernelViews.<BillingOverview.PaidItem>items(component(Grid.class, "billing-modules")))
                    .extracting(BillingOverview.PaidItem::module).containsExactly("paidmemo");
            assertThat(texts()).doesNotContain("past_due", "ACTIVE", "active");
            assertThat(byId(Div.class, "billing-grace")).isEmpty();
        });

        KERNEL.queryAsSuperuser("update billing_subscriptions set status = 'past_due', past_due_since = now()"
                + " where tenant_id = ?::uuid returning tenant_id", tenant.id().toString());
        VIEWS.as(admin, () -> {
            navigate(BillingView.class);
            assertThat(component(Component.class, "billing-status").getElement().getText()).isEqualTo("Payment overdue");
            assertThat(textsUnder(component(Div.class, "billing-grace")))
                    .anyMatch(t -> t.startsWith("A payment is overdue. Your paid modules stay enabled until "));
        });

        VIEWS.asOperator(() -> {
            navigate(PlatformBillingView.class);
            assertThat(KernelViews.<BillingOverview.TenantLine>items(component(Grid.class, "platform-billing-tenants")))
                    .anySatisfy(line -> {
                        assertThat(line.slug()).isEqualTo("billing-views");
                        assertThat(line.mrr()).isEqualTo(1500);
                    });
            assertThat(KernelViews.<BillingOverview.ModuleRevenue>items(component(Grid.class, "platform-billing-modules")))
                    .extracting(BillingOverview.ModuleRevenue::module).contains("paidmemo");
            return null;
        });
    }

    @Test
    void aFirstPaidModuleWithoutAPaymentMethodSendsTheAdminToCheckoutAndATrialShowsItsDaysLeft() {
        STRIPE.price("paidmemo", "price_memo", 1500);
        STRIPE.price("trialmemo", "price_trialmemo", 700);
        KERNEL.provisionTenant("billing-checkout", PASSWORD);
        TenantRef tenant = KERNEL.tenant("billing-checkout");
        STRIPE.customer(tenant.id(), "cus_checkout");
        STRIPE.checkoutOpened(tenant.id(), "cus_checkout", "cs_views_checkout", "paidmemo");
        KernelViews.Member admin = VIEWS.admin("billing-checkout");

        VIEWS.as(admin, () -> {
            navigate(ModulesView.class);
            button("enable-paidmemo").click();
            Dialog dialog = openDialog();
            button("confirm-enable").click();
            for (int i = 0; i < 600 && dialog.isOpened(); i++) {
                MockVaadin.runUIQueue();
                pause();
            }
            assertThat(dialog.isOpened()).isFalse();
            MockVaadin.clientRoundtrip();
            assertThat(notifications()).anyMatch(n -> n.startsWith("Opening Stripe Checkout"));
            assertThat(component(Anchor.class, "checkout-link").getHref()).isEqualTo(StripeStub.checkoutUrl("cs_views_checkout"));

            // the trial module: enabled at once, no charge; the Billing page counts its days
            navigate(ModulesView.class);
            button("enable-trialmemo").click();
            Dialog trial = openDialog();
            button("confirm-enable").click();
            for (int i = 0; i < 600 && trial.isOpened(); i++) {
                MockVaadin.runUIQueue();
                pause();
            }
            MockVaadin.clientRoundtrip();
            assertThat(notifications()).contains("Enabled: trialmemo");

            navigate(BillingView.class);
            assertThat(component(Component.class, "billing-checkout-pending").getElement().getText()).contains("paidmemo");
            assertThat(component(Component.class, "billing-trial-trialmemo").getElement().getText())
                    .startsWith("trialmemo: trial, 14 days left (until ");
        });
        assertThat(KERNEL.queryAsSuperuser("select state from tenant_modules where tenant_id = ?::uuid and module_id = 'paidmemo'",
                tenant.id().toString())).as("nothing enabled before Checkout completes").isNull();
    }

    /** The background action runs on another thread; the UI queue is polled, bounded, between short pauses. */
    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
