package io.tessera.tenants.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stripe's HTTP API on a WireMock server, answered from the hand-written fixtures of the pinned API version
 * ({@code src/test/resources/stripe/<Stripe.API_VERSION>/}), and webhook payloads signed with stripe-java's own helpers.
 */
public final class StripeStub {

    public static final String FIXTURES = "/stripe/" + Stripe.API_VERSION + "/";
    public static final String WEBHOOK_SECRET = "whsec_test_current";
    public static final String OLD_WEBHOOK_SECRET = "whsec_test_rotated_out";

    /** A subscription item of a paid module as Stripe has it. */
    public record Item(String id, String module, String price, long amount, long quantity) {
    }

    public final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    public StripeStub() {
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    public static String fixture(String name, Map<String, String> values) {
        try (InputStream in = StripeStub.class.getResourceAsStream(FIXTURES + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + FIXTURES + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : values.entrySet()) {
                text = text.replace("{{" + e.getKey() + "}}", e.getValue());
            }
            if (text.contains("{{")) {
                throw new IllegalStateException("Fixture " + name + " has unfilled placeholders: " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_" + UUID.randomUUID()).withBody(body);
    }

    public static String priceObject(String priceId, String module, long amount) {
        return fixture("price.json", Map.of("price", priceId, "lookup", "module." + module, "amount", String.valueOf(amount)));
    }

    /** GET /v1/prices?lookup_keys[]=module.<id> answers the module's price. */
    public void price(String module, String priceId, long amount) {
        server.stubFor(get(urlMatching("/v1/prices\\?.*module\\." + module + "(&.*)?"))
                .willReturn(json(200, fixture("price_list.json", Map.of("prices", priceObject(priceId, module, amount))))));
    }

    /**
     * POST /v1/customers for this tenant answers a new customer, and GET of it answers that customer without a payment
     * method (until {@link #paymentMethod} gives it one).
     */
    public void customer(UUID tenant, String customerId) {
        server.stubFor(post(urlPathEqualTo("/v1/customers")).withRequestBody(containing(tenant.toString()))
                .willReturn(json(200, customerObject(tenant, customerId, null))));
        paymentMethod(tenant, customerId, null);
    }

    /** GET /v1/customers/<id> answers the customer with this default payment method ({@code null}: none). */
    public void paymentMethod(UUID tenant, String customerId, String paymentMethod) {
        server.stubFor(get(urlPathEqualTo("/v1/customers/" + customerId))
                .willReturn(json(200, customerObject(tenant, customerId, paymentMethod))));
    }

    private static String customerObject(UUID tenant, String customerId, String paymentMethod) {
        return fixture("customer.json", Map.of("customer", customerId, "tenant", tenant.toString(), "name", "Tenant",
                "paymentMethod", paymentMethod == null ? "null" : "\"" + paymentMethod + "\""));
    }

    /** A Checkout session object: {@code subscription} and {@code url} may be null. */
    public static String session(String id, UUID tenant, String customer, String module, String status,
                                 String subscription, String url) {
        return fixture("checkout_session.json", Map.of("session", id, "tenant", tenant.toString(), "customer", customer,
                "module", module, "status", status, "paymentStatus", "complete".equals(status) ? "paid" : "unpaid",
                "subscription", subscription == null ? "null" : "\"" + subscription + "\"",
                "url", url == null ? "null" : "\"" + url + "\"", "base", "http://127.0.0.1"));
    }

    /** POST /v1/checkout/sessions for this tenant opens the session; GET of it answers it open. */
    public void checkoutOpened(UUID tenant, String customer, String sessionId, String module) {
        String url = checkoutUrl(sessionId);
        server.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).withRequestBody(containing(tenant.toString()))
                .willReturn(json(200, session(sessionId, tenant, customer, module, "open", null, url))));
        server.stubFor(get(urlPathEqualTo("/v1/checkout/sessions/" + sessionId))
                .willReturn(json(200, session(sessionId, tenant, customer, module, "open", null, url))));
    }

    /** GET of the session answers it as it ended: {@code complete} with its subscription, or {@code expired}. */
    public void checkoutEnded(UUID tenant, String customer, String sessionId, String module, String status,
                              String subscription) {
        server.stubFor(get(urlPathEqualTo("/v1/checkout/sessions/" + sessionId))
                .willReturn(json(200, session(sessionId, tenant, customer, module, status, subscription, null))));
    }

    public static String checkoutUrl(String sessionId) {
        return "https://checkout.stripe.com/c/pay/" + sessionId;
    }

    /** An event about a Checkout session. */
    public static String sessionEvent(String eventId, String type, long created, String sessionJson) {
        return fixture("event_subscription.json", Map.of("event", eventId, "type", type, "created", String.valueOf(created),
                "object", sessionJson));
    }

    public static String item(String subscription, Item item) {
        return fixture("subscription_item.json", Map.of("item", item.id(), "subscription", subscription,
                "priceObject", priceObject(item.price(), item.module(), item.amount()),
                "quantity", String.valueOf(item.quantity())));
    }

    public static String subscription(UUID tenant, String customer, String id, String status, long created, List<Item> items) {
        return fixture("subscription.json", Map.of("subscription", id, "customer", customer, "tenant", tenant.toString(),
                "status", status, "created", String.valueOf(created),
                "items", items.stream().map(i -> item(id, i)).collect(Collectors.joining(","))));
    }

    /** POST /v1/subscriptions for this tenant answers a new active subscription with the items. */
    public void subscriptionCreated(UUID tenant, String customer, String id, List<Item> items) {
        server.stubFor(post(urlPathEqualTo("/v1/subscriptions")).withRequestBody(containing(tenant.toString()))
                .willReturn(json(200, subscription(tenant, customer, id, "active", 1785000000L, items))));
    }

    /** GET of the subscription and the customer's list answer this state (what the worker and reconciliation read). */
    public void subscriptionState(UUID tenant, String customer, String id, String status, List<Item> items) {
        String body = subscription(tenant, customer, id, status, 1785000000L, items);
        server.stubFor(get(urlPathEqualTo("/v1/subscriptions/" + id)).willReturn(json(200, body)));
        server.stubFor(get(urlMatching("/v1/subscriptions\\?.*customer=" + customer + "(&.*)?"))
                .willReturn(json(200, fixture("subscription_list.json", Map.of("subscriptions", body)))));
    }

    /** POST /v1/subscription_items adding this price to this subscription answers the item. */
    public void itemAdded(String subscription, Item item) {
        server.stubFor(itemAddedRequest(subscription, item).willReturn(json(200, item(subscription, item))));
    }

    /** The request that adds this price to this subscription, for a stub of one's own. */
    public static MappingBuilder itemAddedRequest(String subscription, Item item) {
        return post(urlPathEqualTo("/v1/subscription_items"))
                .withRequestBody(containing("subscription=" + subscription))
                .withRequestBody(containing("price=" + item.price()));
    }

    /** DELETE /v1/subscription_items/<id> answers the deleted item. */
    public void itemDeleted(String itemId) {
        server.stubFor(delete(urlPathEqualTo("/v1/subscription_items/" + itemId))
                .willReturn(json(200, fixture("deleted_subscription_item.json", Map.of("item", itemId)))));
    }

    /** An event about the subscription object as it was then. */
    public static String subscriptionEvent(String eventId, String type, long created, String subscriptionJson) {
        return fixture("event_subscription.json", Map.of("event", eventId, "type", type, "created", String.valueOf(created),
                "object", subscriptionJson));
    }

    /** An invoice event of the subscription. */
    public static String invoiceEvent(String eventId, String type, long created, UUID tenant, String customer, String subscription,
                               boolean paid) {
        String invoice = fixture("invoice.json", Map.of("subscription", subscription, "customer", customer,
                "tenant", tenant.toString(), "paid", paid ? "1500" : "0", "invoiceStatus", paid ? "paid" : "open"));
        return fixture("event_subscription.json", Map.of("event", eventId, "type", type, "created", String.valueOf(created),
                "object", invoice));
    }

    /** A Stripe-Signature header for the payload, made now or at the given time (epoch seconds). */
    public static String sign(String payload, String secret, long timestamp) {
        try {
            return Webhook.Signature.generateSignatureHeader(payload, secret, timestamp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        server.stop();
    }
}
