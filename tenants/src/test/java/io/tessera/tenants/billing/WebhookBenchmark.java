package io.tessera.tenants.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.sdk.TenantRef;
import io.tessera.tenants.LifecyclePlugins;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Not a test: {@code mvn -pl tenants -Pbench verify -Dtest=WebhookBenchmark}. Webhook throughput on PostgreSQL with Stripe
 * stubbed by WireMock: events/s stored (answered 200 by the endpoint, 8 senders) against the duplicate path measured in
 * the same run (same verification, nothing stored), events/s applied (stored → processed by the worker, each
 * re-reading its subscription from the stub), and the latency from receipt to the module's state change (lapse →
 * detached, paid → enabled again), per tenant.
 */
class WebhookBenchmark {

    static final StripeStub STRIPE = new StripeStub();
    static final int TENANTS = Integer.getInteger("billing.bench.tenants", 20);
    static final int EVENTS = Integer.getInteger("billing.bench.events", 2000);
    static final int SENDERS = 8;

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .plugin(LifecyclePlugins.module("paidnotes", null, 3, false))
            .property("tessera.billing.stripe.api-key", "sk_test_bench")
            .property("tessera.billing.stripe.api-base", STRIPE.base())
            .property("tessera.billing.stripe.webhook-secret", StripeStub.WEBHOOK_SECRET)
            .property("tessera.billing.modules.paidnotes.per-seat", "false")
            .build();

    @AfterAll
    static void stop() {
        STRIPE.stop();
    }

    private record Tenant(TenantRef ref, String customer, String subscription, StripeStub.Item item) {
    }

    @Test
    void throughputAndLatency() throws Exception {
        STRIPE.price("paidnotes", "price_notes", 1500);
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            String slug = "bench-" + i;
            ApiClient admin = kernel.provisionTenant(slug, "correct-horse-battery");
            TenantRef ref = kernel.tenant(slug);
            Tenant t = new Tenant(ref, "cus_" + slug, "sub_" + slug, new StripeStub.Item("si_" + slug, "paidnotes", "price_notes", 1500, 1));
            // a customer with a card on file: the subscription is created directly, not through Checkout
            kernel.queryAsSuperuser("insert into billing_customers (tenant_id, stripe_customer_id, created_at)"
                    + " values (?::uuid, ?, now()) returning tenant_id", ref.id().toString(), t.customer());
            STRIPE.paymentMethod(ref.id(), t.customer(), "pm_card_visa");
            STRIPE.subscriptionCreated(ref.id(), t.customer(), t.subscription(), List.of(t.item()));
            STRIPE.subscriptionState(ref.id(), t.customer(), t.subscription(), "active", List.of(t.item()));
            assertThat(admin.put("/api/v1/admin/modules/paidnotes", "").status()).isEqualTo(200);
            tenants.add(t);
        }
        long base = Instant.now().getEpochSecond();
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            Tenant t = tenants.get(i % TENANTS);
            payloads.add(StripeStub.subscriptionEvent("evt_bench_" + i, "customer.subscription.updated", base + i,
                    StripeStub.subscription(t.ref().id(), t.customer(), t.subscription(), "active", 1785000000L, List.of(t.item()))));
        }

        try (HttpClient client = HttpClient.newHttpClient()) {
            // warm-up and baseline: duplicates of one stored event (verification and a no-op insert)
            String duplicate = payloads.getFirst();
            send(client, List.of(duplicate));
            double duplicatesPerSecond = EVENTS / seconds(() -> send(client, Collections.nCopies(EVENTS, duplicate)));
            awaitDone(1);

            long started = System.nanoTime();
            double storeSeconds = seconds(() -> send(client, payloads.subList(1, EVENTS)));
            awaitDone(EVENTS);
            double applySeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("BENCH webhooks: %d events over %d tenants, %d senders%n", EVENTS, TENANTS, SENDERS);
            System.out.printf("BENCH stored: %.0f events/s (duplicates baseline %.0f/s, ratio %.2f)%n",
                    (EVENTS - 1) / storeSeconds, duplicatesPerSecond, ((EVENTS - 1) / storeSeconds) / duplicatesPerSecond);
            System.out.printf("BENCH applied: %.0f events/s (receipt of the first to the last processed, %.1f s)%n",
                    (EVENTS - 1) / applySeconds, applySeconds);

            List<Double> lapse = new ArrayList<>();
            List<Double> restore = new ArrayList<>();
            for (int i = 0; i < TENANTS; i++) {
                Tenant t = tenants.get(i);
                STRIPE.subscriptionState(t.ref().id(), t.customer(), t.subscription(), "unpaid", List.of(t.item()));
                lapse.add(latency(client, t, "evt_lapse_" + i, base + EVENTS + i, "unpaid", "DETACHED"));
                STRIPE.subscriptionState(t.ref().id(), t.customer(), t.subscription(), "active", List.of(t.item()));
                restore.add(latency(client, t, "evt_paid_" + i, base + EVENTS + TENANTS + i, "active", "ENABLED"));
            }
            System.out.printf("BENCH receipt -> detached: p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d tenants)%n",
                    pct(lapse, 50), pct(lapse, 95), pct(lapse, 100), TENANTS);
            System.out.printf("BENCH receipt -> enabled again: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                    pct(restore, 50), pct(restore, 95), pct(restore, 100));
        }
    }

    private double latency(HttpClient client, Tenant t, String id, long created, String status, String expected) throws Exception {
        String payload = StripeStub.subscriptionEvent(id, "customer.subscription.updated", created,
                StripeStub.subscription(t.ref().id(), t.customer(), t.subscription(), status, 1785000000L, List.of(t.item())));
        long start = System.nanoTime();
        send(client, List.of(payload));
        String sql = "select state from tenant_modules where tenant_id = ?::uuid and module_id = 'paidnotes'";
        while (!expected.equals(kernel.queryAsSuperuser(sql, t.ref().id().toString()))) {
            Thread.onSpinWait();
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static void send(HttpClient client, List<String> payloads) {
        try (ExecutorService pool = Executors.newFixedThreadPool(SENDERS)) {
            List<Future<Integer>> sent = new ArrayList<>();
            for (String payload : payloads) {
                sent.add(pool.submit(() -> client.send(HttpRequest.newBuilder(kernel.baseUri().resolve(StripeWebhookServlet.PATH))
                        .header("Content-Type", "application/json")
                        .header("Stripe-Signature", StripeStub.sign(payload, StripeStub.WEBHOOK_SECRET, Instant.now().getEpochSecond()))
                        .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode()));
            }
            for (Future<Integer> f : sent) {
                assertThat(f.get()).isEqualTo(200);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitDone(long count) throws InterruptedException {
        while (kernel.countAsSuperuser("select count(*) from billing_webhook_events where status in ('PROCESSED', 'STALE')") < count) {
            Thread.sleep(20);
        }
        assertThat(kernel.countAsSuperuser("select count(*) from billing_webhook_events where status not in ('PROCESSED', 'STALE')"))
                .isZero();
    }

    private static double seconds(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
