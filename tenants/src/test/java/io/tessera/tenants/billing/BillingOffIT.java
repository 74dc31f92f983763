package io.tessera.tenants.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.tenants.LifecyclePlugins;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Billing is off without a Stripe API key, on the embedded default: modules the operator marked as paid are enabled and
 * detached like free ones, no request ever reaches Stripe (a stub listens at the configured address and counts), no
 * webhook endpoint is served, and the admin's billing view says billing is off.
 */
class BillingOffIT {

    static final StripeStub STRIPE = new StripeStub();

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .embeddedDatabase()
            .plugin(LifecyclePlugins.module("paidnotes", null, 2, false))
            .property("tessera.billing.stripe.api-base", STRIPE.base())
            .property("tessera.billing.stripe.webhook-secret", StripeStub.WEBHOOK_SECRET)
            .property("tessera.billing.modules.paidnotes.per-seat", "false")
            .build();

    @AfterAll
    static void stopStripe() {
        STRIPE.stop();
    }

    @Test
    void withoutAnApiKeyPaidModulesAreEnabledAndDetachedWithoutAnyStripeCall() throws Exception {
        ApiClient admin = kernel.provisionTenant("billing-off", "correct-horse-battery");

        ApiResponse enabled = admin.put("/api/v1/admin/modules/paidnotes", "");
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        assertThat(admin.get("/api/v1/paidnotes/items/count").body()).isEqualTo("2");
        ApiResponse billing = admin.get("/api/v1/admin/billing");
        assertThat(billing.status()).as(billing.body()).isEqualTo(200);
        assertThat(billing.json().get("billingEnabled").asBoolean()).isFalse();
        assertThat(billing.json().get("modules")).isEmpty();
        ApiResponse detached = admin.delete("/api/v1/admin/modules/paidnotes");
        assertThat(detached.status()).as(detached.body()).isEqualTo(200);

        String payload = StripeStub.subscriptionEvent("evt_off", "customer.subscription.updated", 1L, "{}");
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> webhook = client.send(HttpRequest.newBuilder(kernel.baseUri().resolve(StripeWebhookServlet.PATH))
                    .header("Content-Type", "application/json")
                    .header("Stripe-Signature", StripeStub.sign(payload, StripeStub.WEBHOOK_SECRET, java.time.Instant.now().getEpochSecond()))
                    .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(401);
        }
        assertThat(kernel.context().getBeansOfType(StripeGateway.class)).isEmpty();
        assertThat(kernel.context().getBeansOfType(WebhookWorker.class)).isEmpty();
        assertThat(STRIPE.server.getAllServeEvents()).isEmpty();
        assertThat(kernel.countAsSuperuser("select count(*) from billing_webhook_events")).isZero();
    }
}
