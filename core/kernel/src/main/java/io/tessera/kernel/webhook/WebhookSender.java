package io.tessera.kernel.webhook;

import io.tessera.sdk.event.DomainEventListener;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.security.SystemOnly;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one webhook delivery from the outbox: POSTs the payload, signed, to the subscription's URL (no redirects,
 * 10 s timeouts). Every attempt is logged with its response status in its own transaction, so the log survives the
 * retry. A 2xx marks the delivery delivered; anything else throws, and the outbox retries with back-off (2, 4, 8 … s,
 * at most an hour apart) until {@code tessera.webhooks.max-attempts} (default 8) attempts failed: then the delivery is
 * marked failed (an admin may redeliver it). A URL the SSRF guard refuses at delivery time fails the delivery at once.
 */
@Component
class WebhookSender implements DomainEventListener<WebhookDeliveryDue> {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final JdbcClient jdbc;
    private final WebhookUrls urls;
    private final TransactionTemplate separate;
    private final int maxAttempts;

    WebhookSender(JdbcClient jdbc, WebhookUrls urls, PlatformTransactionManager transactions,
                  @Value("${tessera.webhooks.max-attempts:8}") int maxAttempts) {
        this.jdbc = jdbc;
        this.urls = urls;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.maxAttempts = maxAttempts;
    }

    @Override
    public Class<WebhookDeliveryDue> eventType() {
        return WebhookDeliveryDue.class;
    }

    private record Due(UUID id, String url, String secret, String type, String payload, String state, int round) {
    }

    @Override
    @SystemOnly("the outbox dispatcher, for a delivery a subscription or an admin's redelivery queued")
    public void on(WebhookDeliveryDue event) {
        UUID tenant = Webhooks.tenant();
        Optional<Due> found = jdbc.sql("""
                        select d.id, w.url, w.secret, d.event_type, d.payload, d.state, d.redeliveries
                          from webhook_deliveries d join webhooks w on w.tenant_id = d.tenant_id and w.id = d.webhook_id
                         where d.tenant_id = ? and d.id = ?""")
                .params(tenant, event.deliveryId())
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7)))
                .optional();
        if (found.isEmpty() || !"PENDING".equals(found.get().state())) {
            return; // deleted with its webhook, or already delivered / given up
        }
        Due due = found.get();
        Optional<String> refused = urls.refusal(due.url());
        if (refused.isPresent()) {
            attempt(tenant, due, null, "URL refused: " + refused.get());
            finish(tenant, due.id(), "FAILED");
            return;
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(due.url()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("User-Agent", "Tessera-Webhooks/1")
                .header("Tessera-Event-Type", due.type())
                .header("Tessera-Delivery", due.id().toString())
                .header(WebhookSignature.HEADER, WebhookSignature.header(due.secret(), timestamp, due.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(due.payload()))
                .build();
        Integer status = null;
        String error = null;
        try {
            status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int attempts = attempt(tenant, due, status, error);
        if (status != null && status >= 200 && status < 300) {
            finish(tenant, due.id(), "DELIVERED");
            return;
        }
        String outcome = status != null ? "HTTP " + status : error;
        if (attempts >= maxAttempts) {
            log.warn("Webhook delivery {} to {} failed {} times (last: {}); giving up", due.id(), due.url(), attempts, outcome);
            finish(tenant, due.id(), "FAILED");
            return;
        }
        throw new IllegalStateException("Webhook delivery " + due.id() + " to " + due.url() + " failed (" + outcome
                + "), attempt " + attempts + " of " + maxAttempts + "; the outbox retries it");
    }

    /** Logs an attempt in a transaction of its own (kept when the delivery's transaction rolls back); returns this round's count. */
    private int attempt(UUID tenant, Due due, Integer status, String error) {
        String trimmed = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        return separate.execute(s -> {
            jdbc.sql("insert into webhook_attempts (tenant_id, id, delivery_id, round, attempted_at, status, error) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(tenant, Ids.newId(), due.id(), due.round(), OffsetDateTime.now(ZoneOffset.UTC), status, trimmed).update();
            return jdbc.sql("select count(*) from webhook_attempts where tenant_id = ? and delivery_id = ? and round = ?")
                    .params(tenant, due.id(), due.round()).query(Long.class).single().intValue();
        });
    }

    private void finish(UUID tenant, UUID delivery, String state) {
        jdbc.sql("update webhook_deliveries set state = ?, delivered_at = ? where tenant_id = ? and id = ?")
                .params(state, "DELIVERED".equals(state) ? OffsetDateTime.now(ZoneOffset.UTC) : null, tenant, delivery).update();
    }
}
