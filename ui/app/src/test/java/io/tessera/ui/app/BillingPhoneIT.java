package io.tessera.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.tessera.sdk.TenantRef;
import io.tessera.tenants.LifecyclePlugins;
import io.tessera.tenants.billing.StripeStub;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The billing pages at phone width (390×844) in Debian's Chromium, billing on with Stripe stubbed by WireMock: the
 * marketplace card shows the paid module's price, and the Billing page of a tenant whose payment is overdue shows the
 * grace banner, the status and the module — none of it scrolls sideways. Screenshots: {@code
 * target/screenshots/billing-phone-*.png}.
 */
class BillingPhoneIT {

    static final String PASSWORD = "correct-horse-battery-9";
    static final StripeStub STRIPE = new StripeStub();

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder()
            .plugin(LifecyclePlugins.module("paidmemo", null, 1, false))
            .property("tessera.billing.stripe.api-key", "sk_test_phone")
            .property("tessera.billing.stripe.api-base", STRIPE.base())
            .property("tessera.billing.stripe.webhook-secret", StripeStub.WEBHOOK_SECRET)
            .property("tessera.billing.modules.paidmemo.per-seat", "true")
            .build();

    @RegisterExtension
    static final BrowserPage BROWSER = BrowserPage.of(390, 844);

    static Page page;
    static String base;

    @BeforeAll
    static void start() {
        STRIPE.price("paidmemo", "price_memo", 1500);
        ApiClient admin = KERNEL.provisionTenant("billing-phone", PASSWORD);
        TenantRef tenant = KERNEL.tenant("billing-phone");
        StripeStub.Item item = new StripeStub.Item("si_memo_phone", "paidmemo", "price_memo", 1500, 1);
        // a customer whose card is on file: the subscription is created directly (without one, the first paid module
        // goes through Stripe Checkout: BillingIT, BillingCheckoutTrialSeatsIT)
        KERNEL.queryAsSuperuser("insert into billing_customers (tenant_id, stripe_customer_id, created_at)"
                + " values (?::uuid, 'cus_phone', now()) returning tenant_id", tenant.id().toString());
        STRIPE.paymentMethod(tenant.id(), "cus_phone", "pm_card_visa");
        STRIPE.subscriptionCreated(tenant.id(), "cus_phone", "sub_phone", List.of(item));
        ApiResponse enabled = admin.put("/api/v1/admin/modules/paidmemo", "");
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        KERNEL.queryAsSuperuser("update billing_subscriptions set status = 'past_due', past_due_since = now(),"
                + " current_period_end = now() + interval '20 days' where tenant_id = ?::uuid returning tenant_id",
                tenant.id().toString());
        base = KERNEL.baseUri().toString().replaceAll("/$", "");
        page = BROWSER.page();
        BROWSER.signIn(KERNEL.baseUri(), "admin@billing-phone.test", PASSWORD);
    }

    @AfterAll
    static void stopStripe() {
        STRIPE.stop();
    }

    private static void assertNoHorizontalOverflow(String where) {
        Object widths = page.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        Boolean fits = (Boolean) page.evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as(where + ": scrollWidth, innerWidth = " + widths).isTrue();
    }

    @Test
    void theBillingPageShowsTheGraceBannerAndTheMarketplaceThePrice() {
        page.navigate(base + "/admin/billing");
        BROWSER.waitForTitle("Billing");
        page.locator("#billing-grace").waitFor();
        assertThat(page.locator("#billing-grace").innerText()).startsWith("A payment is overdue.");
        assertThat(page.locator("#billing-status").innerText()).isEqualTo("Payment overdue");
        page.locator("#billing-modules").getByText("paidmemo").first().waitFor();
        assertNoHorizontalOverflow("billing");
        BROWSER.shot("billing-phone-01-billing");

        page.navigate(base + "/admin/modules");
        BROWSER.waitForTitle("Modules");
        page.locator("#module-paidmemo .module-price").waitFor();
        assertThat(page.locator("#module-paidmemo .module-price").innerText()).isEqualTo("€15.00 per seat and month");
        assertNoHorizontalOverflow("modules");
        BROWSER.shot("billing-phone-02-modules");
    }
}
