package io.tessera.tenants.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.Stripe;
import com.stripe.model.Subscription;
import com.stripe.net.ApiResource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import com.stripe.model.Customer;
import com.stripe.model.checkout.Session;
import org.junit.jupiter.api.Test;

/**
 * The hand-written Stripe fixtures belong to the API version stripe-java pins: bumping stripe-java to another version
 * fails here until the fixtures are reviewed against the new version and moved to a folder of its name.
 */
class StripeFixturesTest {

    @Test
    void theFixturesFolderIsNamedForThePinnedApiVersion() throws IOException, URISyntaxException {
        Path root = Path.of(StripeFixturesTest.class.getResource("/stripe").toURI());
        try (Stream<Path> folders = Files.list(root)) {
            assertThat(folders.map(p -> p.getFileName().toString()).toList()).containsExactly(Stripe.API_VERSION);
        }
        assertThat(Stripe.API_VERSION).isEqualTo("2026-07-29.dahlia");
    }

    @Test
    void aSubscriptionFixtureDeserializesWithItsItemsPricesAndPeriods() {
        UUID tenant = UUID.randomUUID();
        String json = StripeStub.subscription(tenant, "cus_1", "sub_1", "past_due", 1785000000L,
                List.of(new StripeStub.Item("si_1", "notes", "price_1", 1500, 3)));
        Subscription subscription = ApiResource.GSON.fromJson(json, Subscription.class);
        assertThat(subscription.getStatus()).isEqualTo("past_due");
        assertThat(subscription.getMetadata()).isEqualTo(Map.of("tenant_id", tenant.toString()));
        assertThat(subscription.getItems().getData()).singleElement().satisfies(item -> {
            assertThat(item.getPrice().getLookupKey()).isEqualTo("module.notes");
            assertThat(item.getPrice().getUnitAmount()).isEqualTo(1500L);
            assertThat(item.getQuantity()).isEqualTo(3L);
            assertThat(item.getCurrentPeriodEnd()).isEqualTo(1787678400L);
        });
    }

    @Test
    void theWorkerFindsTheSubscriptionOfSubscriptionInvoiceAndCheckoutEvents() {
        UUID tenant = UUID.randomUUID();
        String subscription = StripeStub.subscription(tenant, "cus_1", "sub_a", "active", 1L, List.of());
        assertThat(WebhookWorker.subscriptionId(StripeStub.subscriptionEvent("evt_1", "customer.subscription.updated", 1L,
                subscription))).isEqualTo("sub_a");
        assertThat(WebhookWorker.subscriptionId(StripeStub.invoiceEvent("evt_2", "invoice.paid", 1L, tenant, "cus_1",
                "sub_b", true))).isEqualTo("sub_b");
        assertThat(WebhookWorker.subscriptionId(StripeStub.subscriptionEvent("evt_3", "customer.created", 1L,
                StripeStub.fixture("customer.json", Map.of("customer", "cus_1", "tenant", tenant.toString(), "name", "x",
                        "paymentMethod", "null")))))
                .isNull();
    }

    @Test
    void aCheckoutSessionAndACustomerFixtureDeserializeWithWhatBillingReads() {
        UUID tenant = UUID.randomUUID();
        Session session = ApiResource.GSON.fromJson(StripeStub.session("cs_1", tenant, "cus_1", "notes", "complete", "sub_1",
                null), Session.class);
        assertThat(session.getStatus()).isEqualTo("complete");
        assertThat(session.getClientReferenceId()).isEqualTo(tenant.toString());
        assertThat(session.getSubscription()).isEqualTo("sub_1");
        assertThat(session.getMode()).isEqualTo("subscription");
        assertThat(ApiResource.GSON.fromJson(StripeStub.session("cs_2", tenant, "cus_1", "notes", "open", null,
                StripeStub.checkoutUrl("cs_2")), Session.class).getUrl()).isEqualTo(StripeStub.checkoutUrl("cs_2"));
        Customer withCard = ApiResource.GSON.fromJson(StripeStub.fixture("customer.json", Map.of("customer", "cus_1",
                "tenant", tenant.toString(), "name", "x", "paymentMethod", "\"pm_1\"")), Customer.class);
        assertThat(withCard.getInvoiceSettings().getDefaultPaymentMethod()).isEqualTo("pm_1");
    }
}
