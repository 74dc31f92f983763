package io.tessera.tenants.billing;

import com.stripe.model.Subscription;
import com.stripe.model.checkout.Session;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.tenants.billing.WebhookInbox.Claimed;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Processes stored webhook events, and the tenants' seat changes ({@link SeatSync}), on one background thread per node: for an event about a subscription (or an invoice
 * or checkout session of one) it reads the subscription from Stripe — so the order events arrive in does not matter —
 * and applies it. Woken by the endpoint after each stored event, and polls once a second for retries and for events
 * other nodes stored.
 */
class WebhookWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookInbox inbox;
    private final StripeGateway stripe;
    private final SubscriptionSync sync;
    private final CheckoutCompletion checkouts;
    private final SeatSync seats;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean running;
    private boolean nudged;
    private Thread thread;

    WebhookWorker(WebhookInbox inbox, StripeGateway stripe, SubscriptionSync sync, CheckoutCompletion checkouts,
                  SeatSync seats) {
        this.inbox = inbox;
        this.stripe = stripe;
        this.sync = sync;
        this.checkouts = checkouts;
        this.seats = seats;
    }

    /** Wakes the worker: an event was stored. */
    void nudge() {
        lock.lock();
        try {
            nudged = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("stripe-webhooks").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        nudge();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            int processed = 0;
            try {
                processed = drain();
            } catch (RuntimeException e) {
                log.error("Claiming Stripe webhook events failed; retrying in {}", POLL, e);
            }
            try {
                processed += seats.drain();
            } catch (RuntimeException e) {
                log.error("Claiming seat changes failed; retrying in {}", POLL, e);
            }
            if (processed == 0) {
                await();
            }
        }
    }

    /** Processes one batch; returns how many events it claimed. */
    int drain() {
        List<Claimed> batch = inbox.claim(20);
        for (Claimed event : batch) {
            process(event);
        }
        return batch.size();
    }

    private void process(Claimed event) {
        try {
            String status = TenantContext.callWithoutTenant(() -> handle(event));
            inbox.finish(event.id(), status);
        } catch (RuntimeException e) {
            log.error("Stripe event {} ({}) failed on attempt {}", event.id(), event.type(), event.attempts(), e);
            inbox.failed(event, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private String handle(Claimed event) {
        if (event.type().equals("checkout.session.completed") || event.type().equals("checkout.session.expired")) {
            return checkout(event);
        }
        String subscriptionId = subscriptionId(event.payload());
        if (subscriptionId == null) {
            return "IGNORED";
        }
        Subscription subscription = stripe.subscription(subscriptionId);
        return switch (sync.apply(subscription, event.created())) {
            case APPLIED -> "PROCESSED";
            case STALE -> "STALE";
            case UNKNOWN_TENANT -> "IGNORED";
        };
    }

    /**
     * A Checkout session completed or expired: the session and its subscription are read from Stripe and applied once
     * (the tenant's session row must still be open), then the subscription is applied like any other.
     */
    private String checkout(Claimed event) {
        String sessionId = id(JSON.readTree(event.payload()).path("data").path("object").path("id"));
        if (sessionId == null) {
            return "IGNORED";
        }
        Session session = stripe.checkoutSession(sessionId);
        Subscription subscription = session.getSubscription() == null ? null : stripe.subscription(session.getSubscription());
        return switch (checkouts.apply(session, subscription, event.created())) {
            case ENABLED, EXPIRED -> "PROCESSED";
            case ALREADY_CLOSED -> "STALE";
            case NOT_COMPLETE, UNKNOWN -> "IGNORED";
        };
    }

    /** The subscription an event is about: the object itself, or an invoice's or checkout session's subscription. */
    static String subscriptionId(String payload) {
        JsonNode object = JSON.readTree(payload).path("data").path("object");
        String kind = object.path("object").asString("");
        return switch (kind) {
            case "subscription" -> id(object.path("id"));
            case "invoice" -> {
                String viaParent = id(object.path("parent").path("subscription_details").path("subscription"));
                yield viaParent != null ? viaParent : id(object.path("subscription"));
            }
            case "checkout.session" -> id(object.path("subscription"));
            default -> null;
        };
    }

    private static String id(JsonNode node) {
        if (node.isObject()) {
            return id(node.path("id"));
        }
        return node.isString() ? node.asString() : null;
    }

    private void await() {
        lock.lock();
        try {
            if (!nudged && running) {
                wake.await(POLL.toMillis(), TimeUnit.MILLISECONDS);
            }
            nudged = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }
}
