package io.tessera.kernel.webhook;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.events.PublishHook;
import io.tessera.sdk.event.DomainEvent;
import io.tessera.sdk.event.EventPublisher;
import io.tessera.sdk.event.WebhookEvent;
import io.tessera.sdk.persistence.Ids;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns every published domain event marked {@link WebhookEvent} into one delivery per active subscription of the
 * tenant that names its type, in the publishing transaction (so a rolled-back document sends nothing), and queues each
 * delivery in the outbox. Events without the annotation, and tenants without subscriptions, cost nothing more than the
 * annotation check and one indexed query.
 */
@Component
class WebhookFanOut implements PublishHook {

    private final JdbcClient jdbc;
    private final ObjectProvider<EventPublisher> events;
    private final ObjectMapper json;

    WebhookFanOut(JdbcClient jdbc, ObjectProvider<EventPublisher> events, ObjectMapper json) {
        this.jdbc = jdbc;
        this.events = events;
        this.json = json;
    }

    @Override
    public void published(DomainEvent event) {
        WebhookEvent type = event.getClass().getAnnotation(WebhookEvent.class);
        if (type == null) {
            return;
        }
        UUID tenant = Webhooks.tenant();
        List<UUID> subscribed = jdbc.sql("select id, events from webhooks where tenant_id = ? and active")
                .param(tenant)
                .query((rs, n) -> Arrays.asList(rs.getString(2).split(",")).contains(type.value()) ? rs.getObject(1, UUID.class) : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
        if (subscribed.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", Ids.newId());
        body.put("type", type.value());
        body.put("createdAt", now.toString());
        body.put("tenant", TenantContext.tenant().orElseThrow().slug());
        body.put("data", event);
        String payload = json.writeValueAsString(body);
        List<UUID> deliveries = new ArrayList<>();
        for (UUID webhook : subscribed) {
            UUID delivery = Ids.newId();
            deliveries.add(delivery);
            jdbc.sql("insert into webhook_deliveries (tenant_id, id, webhook_id, event_type, payload, state, created_at, redeliveries) "
                            + "values (?, ?, ?, ?, ?, 'PENDING', ?, 0)")
                    .params(tenant, delivery, webhook, type.value(), payload, now.atOffset(ZoneOffset.UTC)).update();
        }
        EventPublisher publisher = events.getObject();
        deliveries.forEach(d -> publisher.publish(new WebhookDeliveryDue(d)));
    }
}
