package io.tessera.plugins.accounting;

import static io.tessera.plugins.accounting.LedgerIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbound webhooks with the real accounting plugin: a confirmed invoice reaches a local receiver (JDK HttpServer on an
 * ephemeral port; the operator property allows its loopback address) signed as documented; a 500 is retried by the
 * outbox; every attempt is logged with its status; a delivery can be redelivered.
 */
class WebhooksIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .property("tessera.events.poll-interval", "200ms")
            .property("tessera.webhooks.allow-private-urls", "true")
            .build();

    private record Received(Map<String, String> headers, String body) {
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger FAILURES_LEFT = new AtomicInteger(1);
    private static HttpServer receiver;
    private static ApiClient api;

    @BeforeAll
    static void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream()
                        .collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> e.getValue().getFirst()));
                RECEIVED.add(new Received(headers, body));
                int status = FAILURES_LEFT.getAndDecrement() > 0 ? 500 : 200;
                exchange.sendResponseHeaders(status, -1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        receiver.start();
        api = Ledgers.tenantWithAccounting(kernel, "hooks");
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
    }

    @Test
    void deliveriesAreSignedRetriedAfterA500LoggedAndRedeliverable() throws Exception {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        ApiResponse created = api.post("/api/v1/admin/webhooks", """
                {"url":"%s","events":["invoice.posted","payment.received"]}""".formatted(url));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String webhook = created.json().get("id").asString();
        String secret = created.json().get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        JsonNode listed = api.get("/api/v1/admin/webhooks").json().get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("secret").isNull()).isTrue();

        String party = api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Hook Customer\"}").json().get("id").asString();
        ApiResponse invoice = api.post("/api/v1/accounting/invoices", """
                {"kind":"customer","partyId":"%s","date":"2026-05-01","lines":[
                  {"description":"Widget","quantity":"2","unitPrice":"50","taxRate":"10"}]}""".formatted(party));
        String invoiceId = invoice.json().get("id").asString();
        assertThat(api.post("/api/v1/accounting/invoices/" + invoiceId + "/confirm", "").status()).isEqualTo(200);

        // first attempt answered 500, the outbox retries, the second is accepted
        await(() -> RECEIVED.size() >= 2, "a retry after the 500");
        Received first = RECEIVED.get(0);
        Received second = RECEIVED.get(1);
        assertThat(second.headers().get("tessera-delivery")).isEqualTo(first.headers().get("tessera-delivery"));
        assertThat(second.headers().get("tessera-event-type")).isEqualTo("invoice.posted");
        assertThat(verifies(secret, second)).isTrue();
        assertThat(verifies("whsec_wrong", second)).isFalse();
        JsonNode body = JsonMapper.builder().build().readTree(second.body());
        assertThat(body.get("type").asString()).isEqualTo("invoice.posted");
        assertThat(body.get("tenant").asString()).isEqualTo("hooks");
        assertThat(body.get("data").get("invoiceId").asString()).isEqualTo(invoiceId);
        assertThat(body.get("data").get("total").decimalValue()).isEqualByComparingTo("110.00");

        await(() -> "DELIVERED".equals(delivery(webhook).get("state").asString()), "the delivery to be marked delivered");
        JsonNode delivery = delivery(webhook);
        assertThat(delivery.get("attempts").findValues("status").stream().map(JsonNode::asInt).toList()).containsExactly(500, 200);

        // redelivery: the same delivery again, a third attempt in the log
        String deliveryId = delivery.get("id").asString();
        assertThat(api.post("/api/v1/admin/webhooks/" + webhook + "/deliveries/" + deliveryId + "/redeliver", "").status()).isEqualTo(202);
        await(() -> RECEIVED.size() >= 3, "the redelivery");
        assertThat(RECEIVED.get(2).headers().get("tessera-delivery")).isEqualTo(deliveryId);
        await(() -> delivery(webhook).get("attempts").size() == 3 && "DELIVERED".equals(delivery(webhook).get("state").asString()),
                "the redelivery to be logged");

        // refusals
        ApiResponse bad = api.post("/api/v1/admin/webhooks", "{\"url\":\"ftp://x\",\"events\":[\"Invoice Posted\"]}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("url", "events[0]");
        ApiClient other = Ledgers.tenantWithAccounting(kernel, "hooks-other");
        assertThat(other.get("/api/v1/admin/webhooks/" + webhook + "/deliveries").status()).isEqualTo(404);
        assertProblem(other.post("/api/v1/admin/webhooks/" + webhook + "/deliveries/" + deliveryId + "/redeliver", ""), 404, null);
        assertThat(api.get("/api/v1/admin/webhooks/" + UUID.randomUUID() + "/deliveries").status()).isEqualTo(404);
    }

    private static JsonNode delivery(String webhook) {
        JsonNode items = api.get("/api/v1/admin/webhooks/" + webhook + "/deliveries").json().get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /** The documented scheme: Tessera-Signature: t=<unix>,v1=hex(HMAC-SHA256(secret, t + "." + body)). */
    private static boolean verifies(String secret, Received received) throws Exception {
        Map<String, String> parts = java.util.Arrays.stream(received.headers().get("tessera-signature").split(","))
                .map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0], p -> p[1]));
        long t = Long.parseLong(parts.get("t"));
        assertThat(Math.abs(Instant.now().getEpochSecond() - t)).isLessThan(300);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((t + "." + received.body()).getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected, HexFormat.of().parseHex(parts.get("v1")));
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what + "; received " + RECEIVED.size());
            }
            Thread.sleep(100);
        }
    }
}
