package io.tessera.tenants.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import io.tessera.tenants.LifecyclePlugins;
import io.tessera.tenants.billing.StripeStub.Item;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.io.IOException;
import tools.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Billing per module against Stripe's HTTP API stubbed by WireMock (fixtures of the pinned API version), on
 * PostgreSQL as the application role, with real plugin jars: enabling a paid module goes through Stripe first, all or
 * nothing; webhooks are verified, stored once and applied in the background; a lapse detaches and keeps every row;
 * paying again enables the same modules; the reconciliation heals a missed event.
 */
class BillingIT {

    static final String PASSWORD = "correct-horse-battery";
    static final StripeStub STRIPE = new StripeStub();

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .plugin(LifecyclePlugins.module("paidnotes", null, 3, false),
                    LifecyclePlugins.module("paidseats", null, 1, false),
                    LifecyclePlugins.module("paidbroken", null, 1, true),
                    LifecyclePlugins.module("freeaddon", "paidnotes", 2, false),
                    LifecyclePlugins.module("freeplain", null, 1, false))
            .property("tessera.billing.stripe.api-key", "sk_test_billing_it")
            .property("tessera.billing.stripe.api-base", STRIPE.base())
            .property("tessera.billing.stripe.webhook-secret", StripeStub.OLD_WEBHOOK_SECRET + "," + StripeStub.WEBHOOK_SECRET)
            .property("tessera.billing.modules.paidnotes.per-seat", "false")
            .property("tessera.billing.modules.paidseats.per-seat", "true")
            .property("tessera.billing.modules.paidbroken.per-seat", "false")
            .property("tessera.billing.grace-days", "7")
            .build();

    static {
        STRIPE.price("paidnotes", "price_notes", 1500);
        STRIPE.price("paidseats", "price_seats", 400);
        STRIPE.price("paidbroken", "price_broken", 900);
    }

    @AfterAll
    static void stopStripe() {
        STRIPE.stop();
    }

    /** A tenant that subscribed to paidnotes through the API (customer and subscription created in Stripe). */
    private record Subscribed(ApiClient admin, TenantRef tenant, String customer, String subscription, Item notes) {
    }

    private Subscribed subscribe(String slug) throws Exception {
        ApiClient admin = kernel.provisionTenant(slug, PASSWORD);
        TenantRef tenant = kernel.tenant(slug);
        String customer = "cus_" + slug;
        String subscription = "sub_" + slug;
        String session = "cs_" + slug;
        Item notes = new Item("si_notes_" + slug, "paidnotes", "price_notes", 1500, 1);
        STRIPE.customer(tenant.id(), customer);
        STRIPE.checkoutOpened(tenant.id(), customer, session, "paidnotes");
        // what Stripe answers until a test changes it (the reconciliation reads every tenant's subscription)
        STRIPE.subscriptionState(tenant.id(), customer, subscription, "active", List.of(notes));
        // a new customer has no payment method: the first paid module goes through Stripe Checkout
        ApiResponse started = admin.put("/api/v1/admin/modules/paidnotes", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("checkoutUrl").asString()).isEqualTo(StripeStub.checkoutUrl(session));
        assertThat(state(tenant, "paidnotes")).isNull();
        // the admin pays on Stripe's page; Stripe reports the completed session
        STRIPE.checkoutEnded(tenant.id(), customer, session, "paidnotes", "complete", subscription);
        String event = "evt_checkout_" + slug;
        String payload = StripeStub.sessionEvent(event, "checkout.session.completed", now(),
                StripeStub.session(session, tenant.id(), customer, "paidnotes", "complete", subscription, null));
        HttpResponse<String> stored = webhook(payload, StripeStub.sign(payload, StripeStub.WEBHOOK_SECRET, now()));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        awaitEvent(event, "PROCESSED");
        assertThat(state(tenant, "paidnotes")).isEqualTo("ENABLED");
        return new Subscribed(admin, tenant, customer, subscription, notes);
    }

    @Test
    void enablingAPaidModuleCreatesItsItemWithThePriceAndAnIdempotencyKeyThenEnablesIt() throws Exception {
        Subscribed s = subscribe("bill-enable");
        LoggedRequest created = only(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))
                .withRequestBody(containing(s.tenant().id().toString())));
        assertThat(decoded(created)).contains("mode=subscription", "line_items[0][price]=price_notes",
                "line_items[0][quantity]=1", "customer=" + s.customer(), "client_reference_id=" + s.tenant().id(),
                "subscription_data[billing_mode][type]=flexible", "subscription_data[metadata][tenant_id]=" + s.tenant().id(),
                "/admin/billing?checkout={CHECKOUT_SESSION_ID}");
        assertThat(created.getHeader("Idempotency-Key")).matches("tessera:" + s.tenant().id() + ":paidnotes:checkout:[0-9a-f-]{36}");
        assertThat(created.getHeader("Stripe-Version")).isEqualTo(com.stripe.Stripe.API_VERSION);
        assertThat(state(s.tenant(), "paidnotes")).isEqualTo("ENABLED");
        assertThat(kernel.queryAsSuperuser("select stripe_item_id || ' ' || price_id || ' ' || quantity from billing_items"
                + " where tenant_id = ?::uuid and module_id = 'paidnotes'", s.tenant().id().toString()))
                .isEqualTo("si_notes_bill-enable price_notes 1");
        assertThat(audits(s.tenant(), "MODULE_SUBSCRIBED")).isEqualTo(1);

        // a second paid module, per seat: one more item on the same subscription, quantity = active members
        kernel.createUser("second@bill-enable.test", PASSWORD, s.tenant());
        Item seats = new Item("si_seats_bill-enable", "paidseats", "price_seats", 400, 2);
        STRIPE.itemAdded(s.subscription(), seats);
        ApiResponse enabled = s.admin().put("/api/v1/admin/modules/paidseats", "");
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        LoggedRequest added = only(postRequestedFor(urlPathEqualTo("/v1/subscription_items"))
                .withRequestBody(containing("subscription=" + s.subscription())));
        assertThat(decoded(added)).contains("price=price_seats", "quantity=2", "proration_behavior=always_invoice",
                "payment_behavior=error_if_incomplete");
        assertThat(added.getHeader("Idempotency-Key")).startsWith("tessera:" + s.tenant().id() + ":paidseats:enable:");

        // free modules never touch Stripe
        int before = STRIPE.server.getAllServeEvents().size();
        assertThat(s.admin().put("/api/v1/admin/modules/freeplain", "").status()).isEqualTo(200);
        assertThat(STRIPE.server.getAllServeEvents()).hasSize(before);

        // detaching removes the item (unused time credited) and keeps the data
        STRIPE.itemDeleted(seats.id());
        ApiResponse detached = s.admin().delete("/api/v1/admin/modules/paidseats");
        assertThat(detached.status()).as(detached.body()).isEqualTo(200);
        LoggedRequest removed = only(deleteRequestedFor(urlPathEqualTo("/v1/subscription_items/" + seats.id())));
        assertThat(decoded(removed)).contains("proration_behavior=create_prorations");
        assertThat(kernel.countAsSuperuser("select count(*) from billing_items where tenant_id = ?::uuid and module_id = 'paidseats'",
                s.tenant().id().toString())).isZero();
        assertThat(kernel.countAsSuperuser("select count(*) from paidseats_items where tenant_id = ?::uuid",
                s.tenant().id().toString())).isEqualTo(1);
        assertThat(audits(s.tenant(), "MODULE_UNSUBSCRIBED")).isEqualTo(1);
    }

    @Test
    void aDeclinedCardEnablesNothingAndTheAdminReadsWhy() throws Exception {
        Subscribed s = subscribe("bill-declined");
        Item seats = new Item("si_seats_bill-declined", "paidseats", "price_seats", 400, 1);
        STRIPE.server.stubFor(StripeStub.itemAddedRequest(s.subscription(), seats)
                .willReturn(StripeStub.json(402, StripeStub.fixture("error_card_declined.json", java.util.Map.of()))));

        ApiResponse refused = s.admin().put("/api/v1/admin/modules/paidseats", "");

        assertThat(refused.status()).as(refused.body()).isEqualTo(402);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("Your card has insufficient funds.");
        assertThat(state(s.tenant(), "paidseats")).isNull();
        assertThat(kernel.countAsSuperuser("select count(*) from billing_items where tenant_id = ?::uuid and module_id = 'paidseats'",
                s.tenant().id().toString())).isZero();
        assertThat(kernel.countAsSuperuser("select count(*) from paidseats_items where tenant_id = ?::uuid",
                s.tenant().id().toString())).isZero();
    }

    @Test
    void stripeAnswering503ThenSuccessMakesOneItemWithOneIdempotencyKey() throws Exception {
        Subscribed s = subscribe("bill-retry");
        Item seats = new Item("si_seats_bill-retry", "paidseats", "price_seats", 400, 1);
        String scenario = "503 once";
        STRIPE.server.stubFor(StripeStub.itemAddedRequest(s.subscription(), seats).inScenario(scenario).whenScenarioStateIs(STARTED)
                .willReturn(StripeStub.json(503, StripeStub.fixture("error_api.json", java.util.Map.of())))
                .willSetStateTo("recovered"));
        STRIPE.server.stubFor(StripeStub.itemAddedRequest(s.subscription(), seats).inScenario(scenario).whenScenarioStateIs("recovered")
                .willReturn(StripeStub.json(200, StripeStub.item(s.subscription(), seats))));

        ApiResponse enabled = s.admin().put("/api/v1/admin/modules/paidseats", "");

        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        List<LoggedRequest> attempts = STRIPE.server.findAll(postRequestedFor(urlPathEqualTo("/v1/subscription_items"))
                .withRequestBody(containing("subscription=" + s.subscription())));
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).getHeader("Idempotency-Key")).isEqualTo(attempts.get(1).getHeader("Idempotency-Key"));
        assertThat(kernel.countAsSuperuser("select count(*) from billing_items where tenant_id = ?::uuid and module_id = 'paidseats'",
                s.tenant().id().toString())).isEqualTo(1);
        assertThat(state(s.tenant(), "paidseats")).isEqualTo("ENABLED");
    }

    @Test
    void stripeAnswering429WithShouldRetryThenSuccessMakesOneItemWithOneIdempotencyKey() throws Exception {
        Subscribed s = subscribe("bill-429");
        Item seats = new Item("si_seats_bill-429", "paidseats", "price_seats", 400, 1);
        String scenario = "429 once";
        STRIPE.server.stubFor(StripeStub.itemAddedRequest(s.subscription(), seats).inScenario(scenario).whenScenarioStateIs(STARTED)
                .willReturn(StripeStub.json(429, StripeStub.fixture("error_api.json", java.util.Map.of()))
                        .withHeader("Stripe-Should-Retry", "true"))
                .willSetStateTo("recovered"));
        STRIPE.server.stubFor(StripeStub.itemAddedRequest(s.subscription(), seats).inScenario(scenario).whenScenarioStateIs("recovered")
                .willReturn(StripeStub.json(200, StripeStub.item(s.subscription(), seats))));

        ApiResponse enabled = s.admin().put("/api/v1/admin/modules/paidseats", "");

        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        List<LoggedRequest> attempts = STRIPE.server.findAll(postRequestedFor(urlPathEqualTo("/v1/subscription_items"))
                .withRequestBody(containing("subscription=" + s.subscription())));
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).getHeader("Idempotency-Key")).isEqualTo(attempts.get(1).getHeader("Idempotency-Key"));
        assertThat(state(s.tenant(), "paidseats")).isEqualTo("ENABLED");
    }

    @Test
    void aWebhookBodyOverTheCapIs413AndStoresNothing() throws Exception {
        Subscribed s = subscribe("bill-cap");
        String subscription = StripeStub.subscription(s.tenant().id(), s.customer(), s.subscription(), "unpaid", 1785000000L,
                List.of(s.notes()));
        String payload = StripeStub.subscriptionEvent("evt_cap_1", "customer.subscription.updated", now(),
                subscription.replace("\"status\"", "\"padding\": \"" + "x".repeat(300 * 1024) + "\", \"status\""));

        HttpResponse<String> refused = webhook(payload, StripeStub.sign(payload, StripeStub.WEBHOOK_SECRET, now()));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(kernel.countAsSuperuser("select count(*) from billing_webhook_events where id = 'evt_cap_1'")).isZero();
        assertThat(state(s.tenant(), "paidnotes")).isEqualTo("ENABLED");
    }

    @Test
    void whenTheDatabaseFailsAfterStripeTheItemIsRemovedAgain() throws Exception {
        Subscribed s = subscribe("bill-dbfail");
        Item broken = new Item("si_broken_bill-dbfail", "paidbroken", "price_broken", 900, 1);
        STRIPE.itemAdded(s.subscription(), broken);
        STRIPE.itemDeleted(broken.id());

        ApiResponse failed = s.admin().put("/api/v1/admin/modules/paidbroken", "");

        assertThat(failed.status()).as(failed.body()).isEqualTo(500);
        LoggedRequest undone = only(deleteRequestedFor(urlPathEqualTo("/v1/subscription_items/" + broken.id())));
        assertThat(decoded(undone)).contains("proration_behavior=none");
        assertThat(undone.getHeader("Idempotency-Key")).contains(":paidbroken:undo:");
        assertThat(state(s.tenant(), "paidbroken")).isNull();
        assertThat(kernel.countAsSuperuser("select count(*) from billing_items where tenant_id = ?::uuid and module_id = 'paidbroken'",
                s.tenant().id().toString())).isZero();
        assertThat(audits(s.tenant(), "MODULE_SUBSCRIPTION_UNDONE")).isEqualTo(1);
    }

    @Test
    void aTamperedOrTenMinuteOldSignatureIsRefusedAndStoresNothing() throws Exception {
        Subscribed s = subscribe("bill-signature");
        String payload = StripeStub.subscriptionEvent("evt_sig_1", "customer.subscription.updated", now(),
                StripeStub.subscription(s.tenant().id(), s.customer(), s.subscription(), "unpaid", 1785000000L, List.of(s.notes())));

        HttpResponse<String> tampered = webhook(payload.replace("\"unpaid\"", "\"active\""),
                StripeStub.sign(payload, StripeStub.WEBHOOK_SECRET, now()));
        HttpResponse<String> stale = webhook(payload, StripeStub.sign(payload, StripeStub.WEBHOOK_SECRET, now() - 600));
        HttpResponse<String> unknownSecret = webhook(payload, StripeStub.sign(payload, "whsec_someone_else", now()));
        HttpResponse<String> unsigned = webhook(payload, null);

        for (HttpResponse<String> refused : List.of(tampered, stale, unknownSecret, unsigned)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).as(refused.body() + refused.headers())
                    .startsWith("application/problem+json");
        }
        assertThat(kernel.countAsSuperuser("select count(*) from billing_webhook_events where id = 'evt_sig_1'")).isZero();
        assertThat(state(s.tenant(), "paidnotes")).isEqualTo("ENABLED");

        // the rotated-out secret still verifies while it is configured
        HttpResponse<String> rotated = webhook(payload, StripeStub.sign(payload, StripeStub.OLD_WEBHOOK_SECRET, now()));
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
    }

    @Test
    void theSameEventOnceTwiceOrTenTimesInParallelHasOneEffect() throws Exception {
        Subscribed s = subscribe("bill-dup");
        int readsBefore = STRIPE.server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/v1/subscriptions/" + s.subscription()))).size();
        STRIPE.subscriptionState(s.tenant().id(), s.customer(), s.subscription(), "unpaid", List.of(s.notes()));
        String payload = StripeStub.subscriptionEvent("evt_dup_1", "customer.subscription.updated", now(),
                StripeStub.subscription(s.tenant().id(), s.customer(), s.subscription(), "unpaid", 1785000000L, List.of(s.notes())));
        String signature = StripeStub.sign(payload, StripeStub.WEBHOOK_SECRET, now());

        assertThat(webhook(payload, signature).statusCode()).isEqualTo(200);
        assertThat(webhook(payload, signature).body()).contains("\"duplicate\":true");
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                responses.add(pool.submit(() -> webhook(payload, signature)));
            }
            for (Future<HttpResponse<String>> response : responses) {
                assertThat(response.get().statusCode()).isEqualTo(200);
            }
        }
        awaitEvent("evt_dup_1", "PROCESSED");

        assertThat(kernel.countAsSuperuser("select count(*) from billing_webhook_events where id = 'evt_dup_1'")).isEqualTo(1);
        assertThat(kernel.countAsSuperuser("select attempts from billing_webhook_events where id = 'evt_dup_1'")).isEqualTo(1);
        assertThat(audits(s.tenant(), "MODULES_LAPSED")).isEqualTo(1);
        assertThat(state(s.tenant(), "paidnotes")).isEqualTo("DETACHED");
        assertThat(STRIPE.server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/v1/subscriptions/" + s.subscription())))).hasSize(readsBefore + 1);
    }

    @Test
    void deletedBeforeUpdatedEndsCanceledWhateverTheOrder() throws Exception {
        Subscribed s = subscribe("bill-order");
        STRIPE.subscriptionState(s.tenant().id(), s.customer(), s.subscription(), "canceled", List.of(s.notes()));
        long t = now();
        String deleted = StripeStub.subscriptionEvent("evt_order_deleted", "customer.subscription.deleted", t,
                StripeStub.subscription(s.tenant().id(), s.customer(), s.subscription(), "canceled", 1785000000L, List.of(s.notes())));
        String updated = StripeStub.subscriptionEvent("evt_order_updated", "customer.subscription.updated", t - 30,
                StripeStub.subscription(s.tenant().id(), s.customer(), s.subscription(), "active", 1785000000L, List.of(s.notes())));

        assertThat(webhook(deleted, StripeStub.sign(deleted, StripeStub.WEBHOOK_SECRET, now())).statusCode()).isEqualTo(200);
        awaitEvent("evt_order_deleted", "PROCESSED");
        assertThat(webhook(updated, StripeStub.sign(updated, StripeStub.WEBHOOK_SECRET, now())).statusCode()).isEqualTo(200);
        awaitEvent("evt_order_updated", "STALE");

        assertThat(kernel.queryAsSuperuser("select status from billing_subscriptions where tenant_id = ?::uuid",
                s.tenant().id().toString())).isEqualTo("canceled");
        assertThat(state(s.tenant(), "paidnotes")).isEqualTo("DETACHED");
        assertThat(kernel.countAsSuperuser("select count(*) from billing_items where tenant_id = ?::uuid",
                s.tenant().id().toString())).isZero();
        assertThat(kernel.countAsSuperuser("select count(*) from paidnotes_items where tenant_id = ?::uuid",
                s.tenant().id().toString())).isEqualTo(3);
    }

    @Test
    void paymentFailedGivesGraceThenDetachesWithEveryRowIntactAndPayingEnablesTheSameModulesAgain() throws Exception {
        Subscribed s = subscribe("bill-lapse");
        assertThat(s.admin().put("/api/v1/admin/modules/freeaddon", "").status()).isEqualTo(200);
        String tenantId = s.tenant().id().toString();
        String notesBefore = checksum("paidnotes_items", tenantId);
        String addonBefore = checksum("freeaddon_items", tenantId);

        // payment failed: past_due, still enabled, a banner
        STRIPE.subscriptionState(s.tenant().id(), s.customer(), s.subscription(), "past_due", List.of(s.notes()));
        String failed = StripeStub.invoiceEvent("evt_lapse_failed", "invoice.payment_failed", now(), s.tenant().id(),
                s.customer(), s.subscription(), false);
        assertThat(webhook(failed, StripeStub.sign(failed, StripeStub.WEBHOOK_SECRET, now())).statusCode()).isEqualTo(200);
        awaitEvent("evt_lapse_failed", "PROCESSED");
        assertThat(state(s.tenant(), "paidnotes")).isEqualTo("ENABLED");
        ApiResponse billing = s.admin().get("/api/v1/admin/billing");
        assertThat(billing.status()).as(billing.body()).isEqualTo(200);
        assertThat(billing.json().get("status").asString()).isEqualTo("past_due");
        assertThat(billing.json().get("graceUntil").isNull()).isFalse();

        // the grace period runs out: the daily reconciliation detaches paidnotes and what requires it
        kernel.queryAsSuperuser("update billing_subscriptions set past_due_since = now() - interval '8 days'"
                + " where tenant_id = ?::uuid returning tenant_id", tenantId);
        BillingReconciliation.Report report = TenantContext.callWithoutTenant(() -> kernel.bean(BillingReconciliation.class).run());
        assertThat(report.failed()).isZero();
        assertThat(state(s.tenant(), "paidnotes")).isEqualTo("DETACHED");
        assertThat(state(s.tenant(), "freeaddon")).isEqualTo("DETACHED");
        assertThat(s.admin().get("/api/v1/paidnotes/items/count").status()).isEqualTo(404);
        assertThat(checksum("paidnotes_items", tenantId)).isEqualTo(notesBefore);
        assertThat(checksum("freeaddon_items", tenantId)).isEqualTo(addonBefore);

        // the open invoice is paid: exactly the detached modules come back, with their data as before
        STRIPE.subscriptionState(s.tenant().id(), s.customer(), s.subscription(), "active", List.of(s.notes()));
        String paid = StripeStub.invoiceEvent("evt_lapse_paid", "invoice.paid", now() + 1, s.tenant().id(), s.customer(),
                s.subscription(), true);
        assertThat(webhook(paid, StripeStub.sign(paid, StripeStub.WEBHOOK_SECRET, now())).statusCode()).isEqualTo(200);
        awaitEvent("evt_lapse_paid", "PROCESSED");
        assertThat(state(s.tenant(), "paidnotes")).isEqualTo("ENABLED");
        assertThat(state(s.tenant(), "freeaddon")).isEqualTo("ENABLED");
        assertThat(state(s.tenant(), "freeplain")).isNull();
        assertThat(checksum("paidnotes_items", tenantId)).isEqualTo(notesBefore);
        assertThat(checksum("freeaddon_items", tenantId)).isEqualTo(addonBefore);
        ApiResponse count = s.admin().get("/api/v1/paidnotes/items/count");
        assertThat(count.status()).as(count.body()).isEqualTo(200);
        assertThat(count.body()).isEqualTo("3");
        assertThat(audits(s.tenant(), "MODULES_LAPSED")).isEqualTo(1);
        assertThat(audits(s.tenant(), "MODULES_RESTORED")).isEqualTo(1);
    }

    @Test
    void theReconciliationHealsAMissedEvent() throws Exception {
        Subscribed s = subscribe("bill-heal");
        // Stripe marked the subscription unpaid; the webhook never arrived
        STRIPE.subscriptionState(s.tenant().id(), s.customer(), s.subscription(), "unpaid", List.of(s.notes()));

        BillingReconciliation.Report report = TenantContext.callWithoutTenant(() -> kernel.bean(BillingReconciliation.class).run());

        assertThat(report.failed()).isZero();
        assertThat(state(s.tenant(), "paidnotes")).isEqualTo("DETACHED");
        assertThat(kernel.queryAsSuperuser("select status from billing_subscriptions where tenant_id = ?::uuid",
                s.tenant().id().toString())).isEqualTo("unpaid");
        assertThat(kernel.countAsSuperuser("select count(*) from paidnotes_items where tenant_id = ?::uuid",
                s.tenant().id().toString())).isEqualTo(3);
    }

    @Test
    void theAdminSeesPricesStatusAndThePortalAndTheOperatorSeesRevenueByModule() throws Exception {
        Subscribed s = subscribe("bill-view");
        ApiResponse prices = s.admin().get("/api/v1/admin/billing/prices");
        assertThat(prices.status()).as(prices.body()).isEqualTo(200);
        assertThat(prices.json().get("paidnotes").get("unitAmount").asLong()).isEqualTo(1500);
        assertThat(prices.json().get("paidnotes").get("currency").asString()).isEqualTo("eur");
        assertThat(prices.json().get("paidnotes").get("interval").asString()).isEqualTo("month");
        assertThat(prices.json().get("paidseats").get("perSeat").asBoolean()).isTrue();

        ApiResponse billing = s.admin().get("/api/v1/admin/billing");
        assertThat(billing.json().get("billingEnabled").asBoolean()).isTrue();
        assertThat(billing.json().get("status").asString()).isEqualTo("active");
        assertThat(billing.json().get("graceUntil").isNull()).isTrue();
        assertThat(billing.json().get("modules").get(0).get("module").asString()).isEqualTo("paidnotes");

        STRIPE.server.stubFor(post(urlPathEqualTo("/v1/billing_portal/sessions")).withRequestBody(containing(s.customer()))
                .willReturn(StripeStub.json(200, StripeStub.fixture("billing_portal_session.json", java.util.Map.of(
                        "customer", s.customer(), "returnUrl", "https://tessera.test/admin/billing")))));
        ApiResponse portal = s.admin().post("/api/v1/admin/billing/portal", "{\"returnUrl\":\"https://tessera.test/admin/billing\"}");
        assertThat(portal.status()).as(portal.body()).isEqualTo(200);
        assertThat(portal.json().get("url").asString()).isEqualTo("https://billing.stripe.com/p/session/test_" + s.customer());
        ApiResponse invalid = s.admin().post("/api/v1/admin/billing/portal", "{\"returnUrl\":\"javascript:alert(1)\"}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("returnUrl");

        ApiResponse overview = kernel.platformApi().get("/api/v1/platform/billing");
        assertThat(overview.status()).as(overview.body()).isEqualTo(200);
        JsonNode line = null;
        for (JsonNode tenant : overview.json().get("tenants")) {
            if ("bill-view".equals(tenant.get("slug").asString())) {
                line = tenant;
            }
        }
        assertThat(line).as(overview.body()).isNotNull();
        assertThat(line.get("status").asString()).isEqualTo("active");
        assertThat(line.get("mrr").asLong()).isEqualTo(1500);
        assertThat(overview.json().get("modules").toString()).contains("\"module\":\"paidnotes\"");
        assertThat(s.admin().get("/api/v1/platform/billing").status()).isIn(401, 403);
    }

    // --- helpers

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static HttpResponse<String> webhook(String payload, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(kernel.baseUri().resolve(StripeWebhookServlet.PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Waits until the worker finished the event with the expected status (the condition, not a fixed time). */
    private static void awaitEvent(String id, String status) throws InterruptedException {
        Set<String> done = Set.of("PROCESSED", "STALE", "IGNORED", "FAILED");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String current = null;
        while (System.nanoTime() < deadline) {
            current = kernel.queryAsSuperuser("select status from billing_webhook_events where id = ?", id);
            if (current != null && done.contains(current)) {
                break;
            }
            Thread.sleep(25);
        }
        assertThat(current).as("event " + id + ": " + kernel.queryAsSuperuser(
                "select error from billing_webhook_events where id = ?", id)).isEqualTo(status);
    }

    private static String state(TenantRef tenant, String module) {
        return kernel.queryAsSuperuser("select state from tenant_modules where tenant_id = ?::uuid and module_id = ?",
                tenant.id().toString(), module);
    }

    private static long audits(TenantRef tenant, String action) {
        return kernel.countAsSuperuser("select count(*) from audit_log where tenant_id = ?::uuid and action = ?",
                tenant.id().toString(), action);
    }

    private static String checksum(String table, String tenantId) {
        return kernel.queryAsSuperuser("select md5(string_agg(id::text || ':' || code, ',' order by id)) || '/' || count(*)"
                + " from " + table + " where tenant_id = ?::uuid", tenantId);
    }

    private static LoggedRequest only(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        List<LoggedRequest> found = STRIPE.server.findAll(pattern);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static String decoded(LoggedRequest request) {
        return java.net.URLDecoder.decode(request.getBodyAsString().isEmpty() ? request.getUrl() : request.getBodyAsString(),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
