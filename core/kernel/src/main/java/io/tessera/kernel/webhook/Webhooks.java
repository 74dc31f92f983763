package io.tessera.kernel.webhook;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.event.EventPublisher;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's webhook subscriptions and their deliveries. */
@Component
class Webhooks {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final WebhookUrls urls;
    private final EventPublisher events;

    Webhooks(JdbcClient jdbc, WebhookUrls urls, EventPublisher events) {
        this.jdbc = jdbc;
        this.urls = urls;
        this.events = events;
    }

    /** A subscription as admins see it (the secret only once, on creation). */
    record Subscription(UUID id, String url, List<String> events, boolean active, Instant createdAt, String secret) {
    }

    /** One attempt to deliver: the response status, or the error when there was no response. */
    record Attempt(Instant at, Integer status, String error) {
    }

    /** A delivery with its attempts, oldest first. */
    record Delivery(UUID id, String eventType, String state, Instant createdAt, Instant deliveredAt, List<Attempt> attempts) {
    }

    static UUID tenant() {
        return TenantContext.tenant().orElseThrow(() -> new IllegalStateException("No tenant in scope")).id();
    }

    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Subscription create(String url, List<String> types) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        urls.refusal(url).ifPresent(why -> errors.add(new ApiProblem.FieldError("url", why)));
        if (url != null && url.length() > 2000) {
            errors.add(new ApiProblem.FieldError("url", "must be at most 2000 characters"));
        }
        Set<String> unique = new LinkedHashSet<>();
        if (types == null || types.isEmpty() || types.size() > 50) {
            errors.add(new ApiProblem.FieldError("events", "must name 1 to 50 event types, e.g. invoice.posted"));
        } else {
            for (int i = 0; i < types.size(); i++) {
                String t = types.get(i);
                if (t == null || !TYPE.matcher(t).matches() || t.length() > 100) {
                    errors.add(new ApiProblem.FieldError("events[" + i + "]", "is not an event type such as invoice.posted"));
                } else {
                    unique.add(t);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The webhook is invalid", errors);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = Ids.newId();
        Instant now = Instant.now();
        jdbc.sql("insert into webhooks (tenant_id, id, url, events, secret, active, created_at) values (?, ?, ?, ?, ?, true, ?)")
                .params(tenant(), id, url.strip(), String.join(",", unique), secret, now.atOffset(ZoneOffset.UTC)).update();
        return new Subscription(id, url.strip(), List.copyOf(unique), true, now, secret);
    }

    @Transactional(readOnly = true)
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public List<Subscription> list() {
        return jdbc.sql("select id, url, events, active, created_at from webhooks where tenant_id = ? order by created_at desc, id desc")
                .param(tenant())
                .query((rs, n) -> new Subscription(rs.getObject(1, UUID.class), rs.getString(2), Arrays.asList(rs.getString(3).split(",")),
                        rs.getBoolean(4), rs.getObject(5, OffsetDateTime.class).toInstant(), null))
                .list();
    }

    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public void delete(UUID id) {
        requireWebhook(id);
        UUID tenant = tenant();
        jdbc.sql("delete from webhook_attempts where tenant_id = ? and delivery_id in "
                + "(select id from webhook_deliveries where tenant_id = ? and webhook_id = ?)").params(tenant, tenant, id).update();
        jdbc.sql("delete from webhook_deliveries where tenant_id = ? and webhook_id = ?").params(tenant, id).update();
        jdbc.sql("delete from webhooks where tenant_id = ? and id = ?").params(tenant, id).update();
    }

    /** A webhook's deliveries, newest first, a page before the delivery {@code before} (keyset), with their attempts. */
    @Transactional(readOnly = true)
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public List<Delivery> deliveries(UUID webhookId, UUID before, int size) {
        requireWebhook(webhookId);
        UUID tenant = tenant();
        List<Object> params = new ArrayList<>(List.of(tenant, webhookId));
        String sql = "select id, event_type, state, created_at, delivered_at from webhook_deliveries where tenant_id = ? and webhook_id = ?";
        if (before != null) {
            sql += " and id < ?";
            params.add(before);
        }
        params.add(size);
        record Row(UUID id, String type, String state, Instant created, Instant delivered) {
        }
        List<Row> rows = jdbc.sql(sql + " order by id desc limit ?").params(params)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class) == null ? null : rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
        Map<UUID, List<Attempt>> attempts = new HashMap<>();
        if (!rows.isEmpty()) {
            List<Object> ids = new ArrayList<>(List.of(tenant));
            rows.forEach(r -> ids.add(r.id()));
            jdbc.sql("select delivery_id, attempted_at, status, error from webhook_attempts where tenant_id = ? and delivery_id in ("
                            + String.join(",", java.util.Collections.nCopies(rows.size(), "?")) + ") order by attempted_at, id")
                    .params(ids)
                    .query((rs, n) -> attempts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Attempt(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getObject(3, Integer.class),
                                    rs.getString(4))))
                    .list();
        }
        return rows.stream().map(r -> new Delivery(r.id(), r.type(), r.state(), r.created(), r.delivered(),
                attempts.getOrDefault(r.id(), List.of()))).toList();
    }

    /** Sends a delivery again (its attempts so far stay in the log). */
    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public void redeliver(UUID webhookId, UUID deliveryId) {
        requireWebhook(webhookId);
        int updated = jdbc.sql("update webhook_deliveries set state = 'PENDING', delivered_at = null, redeliveries = redeliveries + 1 "
                        + "where tenant_id = ? and webhook_id = ? and id = ?")
                .params(tenant(), webhookId, deliveryId).update();
        if (updated == 0) {
            throw ApiProblem.notFound("Delivery", deliveryId);
        }
        events.publish(new WebhookDeliveryDue(deliveryId));
    }

    private void requireWebhook(UUID id) {
        if (jdbc.sql("select count(*) from webhooks where tenant_id = ? and id = ?").params(tenant(), id).query(Long.class).single() == 0) {
            throw ApiProblem.notFound("Webhook", id);
        }
    }
}
