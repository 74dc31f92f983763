package io.tessera.tenants.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rest of billing per module (issue 16), against Stripe's HTTP API stubbed by WireMock on PostgreSQL with real plugin
 * jars: a first paid module without a payment method goes through Stripe Checkout and is enabled once, only when the
 * session completes; per-seat quantities follow the members, healing after Stripe fails; a module's trial starts
 * without a charge and ends billed or detached (the test hands the trial job the instant: no sleeping).
 */
class BillingCheckoutTrialSeatsIT {

    static final String PASSWORD = "correct-horse-battery";
    static final StripeStub STRIPE = new StripeStub();

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .plugin(LifecyclePlugins.module("paidnotes", null, 3, false),
                    LifecyclePlugins.module("paidseats", null, 1, false),
                    LifecyclePlugins.module("paidtrial", null, 2, false),
                    LifecyclePlugins.module("trialaddon", "paidtrial", 1, false))
            .property("tessera.billing.stripe.api-key", "sk_test_billing_checkout_it")
            .property("tessera.billing.stripe.api-base", STRIPE.base())
            .property("tessera.billing.stripe.webhook-secret", StripeStub.WEBHOOK_SECRET)
            // Stripe's own retries off: a 503 reaches Tessera's outbox at once
            .property("tessera.billing.stripe.max-network-retries", "0")
            .property("tessera.billing.modules.paidnotes.per-seat", "false")
            .property("tessera.billing.modules.paidseats.per-seat", "true")
            .property("tessera.billing.modules.paidtrial.trial-days", "14")
            .build();

    static {
        STRIPE.price("paidnotes", "price_notes", 1500);
        STRIPE.price("paidseats", "price_seats", 400);
        STRIPE.price("paidtrial", "price_trial", 900);
    }

    @AfterAll
    static void stopStripe() {
        STRIPE.stop();
    }

    private record Tenant(ApiClient admin, TenantRef ref, String customer) {
    }

    private Tenant tenant(String slug) {
        ApiClient admin = kernel.provisionTenant(slug, PASSWORD);
        TenantRef ref = kernel.tenant(slug);
        STRIPE.customer(ref.id(), "cus_" + slug);
        return new Tenant(admin, ref, "cus_" + slug);
    }

    /** Enables the module through Checkout: 202 with the session's page, then the completed session's event. */
    private void checkout(Tenant t, String module, String subscription, List<Item> items) throws Exception {
        String session = "cs_" + t.ref().slug() + "_" + module;
        STRIPE.checkoutOpened(t.ref().id(), t.customer(), session, module);
        ApiResponse started = t.admin().put("/api/v1/admin/modules/" + module, "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        STRIPE.subscriptionState(t.ref().id(), t.customer(), subscription, "active", items);
        STRIPE.checkoutEnded(t.ref().id(), t.customer(), session, module, "complete", subscription);
        String event = "evt_done_" + session;
        String payload = completed(event, t, session, module, subscription);
        assertThat(webhook(payload).statusCode()).isEqualTo(200);
        awaitEvent(event, "PROCESSED");
    }

    @Test
    void aFirstPaidModuleWithoutAPaymentMethodIsEnabledOnceWhenItsCheckoutCompletes() throws Exception {
        Tenant t = tenant("co-done");
        String session = "cs_co_done";
        STRIPE.checkoutOpened(t.ref().id(), t.customer(), session, "paidnotes");

        ApiResponse started = t.admin().put("/api/v1/admin/modules/paidnotes", "");

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("checkoutUrl").asString()).isEqualTo(StripeStub.checkoutUrl(session));
        LoggedRequest opened = only(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))
                .withRequestBody(containing(t.ref().id().toString())));
        assertThat(decoded(opened)).contains("mode=subscription", "line_items[0][price]=price_notes",
                "client_reference_id=" + t.ref().id(), "metadata[module]=paidnotes");
        assertThat(opened.getHeader("Idempotency-Key")).matches("tessera:" + t.ref().id() + ":paidnotes:checkout:[0-9a-f-]{36}");
        assertThat(state(t.ref(), "paidnotes")).as("nothing enabled before the session completes").isNull();
        ApiResponse reopened = t.admin().put("/api/v1/admin/modules/paidnotes", "");
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(202);
        assertThat(reopened.json().get("checkoutUrl").asString()).as("the open session again, not a second one")
                .isEqualTo(StripeStub.checkoutUrl(session));
        assertThat(STRIPE.server.findAll(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))
                .withRequestBody(containing(t.ref().id().toString())))).hasSize(1);
        assertThat(t.admin().get("/api/v1/admin/billing").json().get("checkoutPending").toString()).contains("paidnotes");
        assertThat(kernel.countAsSuperuser("select count(*) from billing_items where tenant_id = ?::uuid",
                t.ref().id().toString())).isZero();

        // the session completes; Stripe sends its event once, twice and five times in parallel, and a second event
        Item notes = new Item("si_notes_co_done", "paidnotes", "price_notes", 1500, 1);
        STRIPE.subscriptionState(t.ref().id(), t.customer(), "sub_co_done", "active", List.of(notes));
        STRIPE.checkoutEnded(t.ref().id(), t.customer(), session, "paidnotes", "complete", "sub_co_done");
        String payload = completed("evt_co_done_1", t, session, "paidnotes", "sub_co_done");
        assertThat(webhook(payload).statusCode()).isEqualTo(200);
        assertThat(webhook(payload).body()).contains("\"duplicate\":true");
        try (ExecutorService pool = Executors.newFixedThreadPool(5)) {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                responses.add(pool.submit(() -> webhook(payload)));
            }
            for (Future<HttpResponse<String>> response : responses) {
                assertThat(response.get().statusCode()).isEqualTo(200);
            }
        }
        awaitEvent("evt_co_done_1", "PROCESSED");
        String again = completed("evt_co_done_2", t, session, "paidnotes", "sub_co_done");
        assertThat(webhook(again).statusCode()).isEqualTo(200);
        awaitEvent("evt_co_done_2", "STALE");

        assertThat(state(t.ref(), "paidnotes")).isEqualTo("ENABLED");
        assertThat(audits(t.ref(), "MODULE_SUBSCRIBED")).isEqualTo(1);
        assertThat(kernel.queryAsSuperuser("select stripe_item_id || ' ' || price_id from billing_items"
                + " where tenant_id = ?::uuid and module_id = 'paidnotes'", t.ref().id().toString()))
                .isEqualTo("si_notes_co_done price_notes");
        assertThat(kernel.queryAsSuperuser("select status || ' ' || stripe_subscription_id from billing_subscriptions"
                + " where tenant_id = ?::uuid", t.ref().id().toString())).isEqualTo("active sub_co_done");
        assertThat(kernel.queryAsSuperuser("select status from billing_checkouts where session_id = ?", session))
                .isEqualTo("COMPLETED");
        assertThat(t.admin().get("/api/v1/admin/billing").json().get("checkoutPending").size()).isZero();
    }

    @Test
    void anExpiredCheckoutEnablesNothing() throws Exception {
        Tenant t = tenant("co-expired");
        String session = "cs_co_expired";
        STRIPE.checkoutOpened(t.ref().id(), t.customer(), session, "paidnotes");
        assertThat(t.admin().put("/api/v1/admin/modules/paidnotes", "").status()).isEqualTo(202);

        STRIPE.checkoutEnded(t.ref().id(), t.customer(), session, "paidnotes", "expired", null);
        String expired = StripeStub.sessionEvent("evt_co_expired", "checkout.session.expired", now(),
                StripeStub.session(session, t.ref().id(), t.customer(), "paidnotes", "expired", null, null));
        assertThat(webhook(expired).statusCode()).isEqualTo(200);
        awaitEvent("evt_co_expired", "PROCESSED");
        // a forged or confused "completed" for the same session: Stripe, read again, says expired
        String late = completed("evt_co_late", t, session, "paidnotes", "sub_never");
        assertThat(webhook(late).statusCode()).isEqualTo(200);
        awaitEvent("evt_co_late", "STALE");

        assertThat(state(t.ref(), "paidnotes")).isNull();
        assertThat(kernel.queryAsSuperuser("select status from billing_checkouts where session_id = ?", session))
                .isEqualTo("EXPIRED");
        assertThat(kernel.countAsSuperuser("select count(*) from billing_items where tenant_id = ?::uuid",
                t.ref().id().toString())).isZero();
        assertThat(audits(t.ref(), "CHECKOUT_EXPIRED")).isEqualTo(1);
    }

    @Test
    void perSeatQuantityFollowsTheMembersAndHealsAfterStripeAnswers503() throws Exception {
        Tenant t = tenant("seats");
        Item seats = new Item("si_seats_seats", "paidseats", "price_seats", 400, 1);
        checkout(t, "paidseats", "sub_seats", List.of(seats));
        assertThat(quantity(t.ref(), "paidseats")).isEqualTo(1);
        String itemPath = "/v1/subscription_items/" + seats.id();
        String scenario = "seats 503 once";
        STRIPE.server.stubFor(post(urlPathEqualTo(itemPath)).inScenario(scenario).whenScenarioStateIs(STARTED)
                .willReturn(StripeStub.json(503, StripeStub.fixture("error_api.json", Map.of()))).willSetStateTo("up"));
        STRIPE.server.stubFor(post(urlPathEqualTo(itemPath)).inScenario(scenario).whenScenarioStateIs("up")
                .willReturn(StripeStub.json(200, StripeStub.item("sub_seats", seats))));

        // a member joins: Stripe fails first, the outbox tries again and the quantity becomes 2
        UUID joined = kernel.createUser("joined@seats.test", PASSWORD, Set.of("admin"), t.ref());
        await(() -> quantity(t.ref(), "paidseats") == 2, "quantity 2 after the member joined");
        List<LoggedRequest> attempts = STRIPE.server.findAll(postRequestedFor(urlPathEqualTo(itemPath)));
        assertThat(attempts).hasSize(2);
        assertThat(decoded(attempts.get(1))).contains("quantity=2", "proration_behavior=create_prorations");
        assertThat(attempts.get(0).getHeader("Idempotency-Key")).isEqualTo(attempts.get(1).getHeader("Idempotency-Key"))
                .matches("tessera:" + t.ref().id() + ":paidseats:seats:\\d+:2");

        // deactivated: back to 1; reactivated: 2 again
        ApiResponse deactivated = t.admin().delete("/api/v1/admin/users/" + joined);
        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        await(() -> quantity(t.ref(), "paidseats") == 1, "quantity 1 after the deactivation");
        ApiResponse reactivated = t.admin().post("/api/v1/admin/users/" + joined + "/reactivate", "");
        assertThat(reactivated.status()).as(reactivated.body()).isEqualTo(200);
        await(() -> quantity(t.ref(), "paidseats") == 2, "quantity 2 after the reactivation");

        List<String> sent = STRIPE.server.findAll(postRequestedFor(urlPathEqualTo(itemPath))).stream()
                .map(r -> decoded(r).replaceAll(".*quantity=(\\d+).*", "$1")).toList();
        assertThat(sent).containsExactly("2", "2", "1", "2");
        assertThat(audits(t.ref(), "SEATS_CHANGED")).isEqualTo(3);
        await(() -> kernel.countAsSuperuser("select count(*) from billing_seat_changes where tenant_id = ?::uuid",
                t.ref().id().toString()) == 0, "the seat outbox drained");
    }

    @Test
    void theReconciliationAsksForASeatSyncWhenAQuantityDiffers() throws Exception {
        Tenant t = tenant("seats-heal");
        Item seats = new Item("si_seats_heal", "paidseats", "price_seats", 400, 1);
        checkout(t, "paidseats", "sub_seats_heal", List.of(seats));
        STRIPE.server.stubFor(post(urlPathEqualTo("/v1/subscription_items/" + seats.id()))
                .willReturn(StripeStub.json(200, StripeStub.item("sub_seats_heal", seats))));
        // a member added behind the trigger's back (as if the change had been lost)
        kernel.createUser("quiet@seats-heal.test", PASSWORD, Set.of("admin"), t.ref());
        await(() -> quantity(t.ref(), "paidseats") == 2, "quantity 2 after the member joined");
        kernel.queryAsSuperuser("update billing_items set quantity = 1 where tenant_id = ?::uuid returning 1",
                t.ref().id().toString());
        STRIPE.subscriptionState(t.ref().id(), t.customer(), "sub_seats_heal", "active", List.of(seats));

        TenantContext.callWithoutTenant(() -> kernel.bean(BillingReconciliation.class).run());

        await(() -> quantity(t.ref(), "paidseats") == 2, "quantity healed to 2");
    }

    @Test
    void aTrialStartsWithoutChargeShowsDaysLeftAndWithoutAPaymentMethodEndsDetachedWithItsDataKept() throws Exception {
        Tenant t = tenant("trial-off");

        ApiResponse enabled = t.admin().put("/api/v1/admin/modules/trialaddon", "");

        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        assertThat(enabled.json().get("trials").toString()).isEqualTo("[\"paidtrial\"]");
        assertThat(requestsAbout(t)).as("a trial makes no Stripe call").isZero();
        assertThat(state(t.ref(), "paidtrial")).isEqualTo("ENABLED");
        assertThat(state(t.ref(), "trialaddon")).isEqualTo("ENABLED");
        ApiResponse billing = t.admin().get("/api/v1/admin/billing");
        assertThat(billing.json().get("trials").get(0).get("module").asString()).isEqualTo("paidtrial");
        assertThat(billing.json().get("trials").get(0).get("daysLeft").asLong()).isEqualTo(14);
        Instant ends = trialEnd(t.ref(), "paidtrial");
        TrialEnds trials = kernel.bean(TrialEnds.class);

        assertThat(TenantContext.callWithoutTenant(() -> trials.run(ends.minusSeconds(1))).detached()).isZero();
        assertThat(state(t.ref(), "paidtrial")).isEqualTo("ENABLED");

        TrialEnds.Report report = TenantContext.callWithoutTenant(() -> trials.run(ends));

        assertThat(report.detached()).isEqualTo(1);
        assertThat(state(t.ref(), "paidtrial")).isEqualTo("DETACHED");
        assertThat(state(t.ref(), "trialaddon")).isEqualTo("DETACHED");
        assertThat(kernel.countAsSuperuser("select count(*) from paidtrial_items where tenant_id = ?::uuid",
                t.ref().id().toString())).as("data kept").isEqualTo(2);
        assertThat(audits(t.ref(), "TRIAL_EXPIRED")).isEqualTo(1);
        assertThat(requestsAbout(t)).as("nor does its end without a customer").isZero();
        assertThat(TenantContext.callWithoutTenant(() -> trials.run(ends.plusSeconds(3600))).detached())
                .as("a trial ends once").isZero();

        // one trial per tenant and module: enabling it again is paid (Checkout, no payment method yet)
        STRIPE.checkoutOpened(t.ref().id(), t.customer(), "cs_trial_again", "paidtrial");
        assertThat(t.admin().put("/api/v1/admin/modules/paidtrial", "").status()).isEqualTo(202);
    }

    @Test
    void aTrialEndingWithAPaymentMethodIsBilled() throws Exception {
        Tenant t = tenant("trial-paid");
        Item notes = new Item("si_notes_trial_paid", "paidnotes", "price_notes", 1500, 1);
        checkout(t, "paidnotes", "sub_trial_paid", List.of(notes));
        STRIPE.paymentMethod(t.ref().id(), t.customer(), "pm_card_visa");
        ApiResponse enabled = t.admin().put("/api/v1/admin/modules/paidtrial", "");
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        assertThat(STRIPE.server.findAll(postRequestedFor(urlPathEqualTo("/v1/subscription_items"))
                .withRequestBody(containing("subscription=sub_trial_paid")))).isEmpty();
        Item trial = new Item("si_trial_paid", "paidtrial", "price_trial", 900, 1);
        STRIPE.itemAdded("sub_trial_paid", trial);
        Instant ends = trialEnd(t.ref(), "paidtrial");

        TrialEnds.Report report = TenantContext.callWithoutTenant(() -> kernel.bean(TrialEnds.class).run(ends.plusSeconds(60)));

        assertThat(report.billed()).as(report.toString()).isEqualTo(1);
        LoggedRequest added = only(postRequestedFor(urlPathEqualTo("/v1/subscription_items"))
                .withRequestBody(containing("subscription=sub_trial_paid")));
        assertThat(decoded(added)).contains("subscription=sub_trial_paid", "price=price_trial",
                "proration_behavior=always_invoice", "payment_behavior=error_if_incomplete");
        assertThat(added.getHeader("Idempotency-Key"))
                .isEqualTo("tessera:" + t.ref().id() + ":paidtrial:trial-end:" + trialStart(t.ref(), "paidtrial").getEpochSecond());
        assertThat(state(t.ref(), "paidtrial")).isEqualTo("ENABLED");
        assertThat(kernel.queryAsSuperuser("select stripe_item_id from billing_items where tenant_id = ?::uuid"
                + " and module_id = 'paidtrial'", t.ref().id().toString())).isEqualTo("si_trial_paid");
        assertThat(audits(t.ref(), "TRIAL_BILLED")).isEqualTo(1);
        assertThat(STRIPE.server.findAll(getRequestedFor(urlPathEqualTo("/v1/customers/" + t.customer())))).isNotEmpty();
    }

    // --- helpers

    private static String completed(String event, Tenant t, String session, String module, String subscription) {
        return StripeStub.sessionEvent(event, "checkout.session.completed", now(),
                StripeStub.session(session, t.ref().id(), t.customer(), module, "complete", subscription, null));
    }

    /** Stripe requests that name the tenant or its customer (other tests' tenants share the stub). */
    private static long requestsAbout(Tenant t) {
        return STRIPE.server.getAllServeEvents().stream().map(e -> e.getRequest().getUrl() + " " + e.getRequest().getBodyAsString())
                .filter(r -> r.contains(t.ref().id().toString()) || r.contains(t.customer())).count();
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static HttpResponse<String> webhook(String payload) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(kernel.baseUri().resolve(StripeWebhookServlet.PATH))
                .header("Content-Type", "application/json")
                .header("Stripe-Signature", StripeStub.sign(payload, StripeStub.WEBHOOK_SECRET, now()))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Waits for the condition (polling, 60 s at most: the machine may be loaded), then fails naming it. */
    private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(50);
        }
        assertThat(condition.get()).as(what).isTrue();
    }

    private static void awaitEvent(String id, String status) throws InterruptedException {
        Set<String> done = Set.of("PROCESSED", "STALE", "IGNORED", "FAILED");
        await(() -> done.contains(String.valueOf(kernel.queryAsSuperuser(
                "select status from billing_webhook_events where id = ?", id))), "event " + id + " done");
        assertThat(kernel.queryAsSuperuser("select status from billing_webhook_events where id = ?", id))
                .as(kernel.queryAsSuperuser("select error from billing_webhook_events where id = ?", id)).isEqualTo(status);
    }

    private static long quantity(TenantRef tenant, String module) {
        return kernel.countAsSuperuser("select quantity from billing_items where tenant_id = ?::uuid and module_id = ?",
                tenant.id().toString(), module);
    }

    private static Instant trialEnd(TenantRef tenant, String module) {
        return Instant.ofEpochSecond(kernel.countAsSuperuser("select ceil(extract(epoch from ends_at))::bigint from billing_trials"
                + " where tenant_id = ?::uuid and module_id = ?", tenant.id().toString(), module));
    }

    private static Instant trialStart(TenantRef tenant, String module) {
        return Instant.ofEpochSecond(kernel.countAsSuperuser("select floor(extract(epoch from started_at))::bigint from billing_trials"
                + " where tenant_id = ?::uuid and module_id = ?", tenant.id().toString(), module));
    }

    private static String state(TenantRef tenant, String module) {
        return kernel.queryAsSuperuser("select state from tenant_modules where tenant_id = ?::uuid and module_id = ?",
                tenant.id().toString(), module);
    }

    private static long audits(TenantRef tenant, String action) {
        return kernel.countAsSuperuser("select count(*) from audit_log where tenant_id = ?::uuid and action = ?",
                tenant.id().toString(), action);
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
