package io.tessera.tenants.billing;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.tenancy.TransactionSettings;
import io.tessera.sdk.security.SystemOnly;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stripe's webhook events, stored by id before anything else ({@code insert … on conflict do nothing}: a duplicate
 * delivery stores nothing), then claimed by the worker in small batches ({@code for update skip locked}, so several
 * nodes share the work) with a lease: an event whose worker died is claimed again when its lease runs out.
 */
class WebhookInbox {

    static final Duration LEASE = Duration.ofMinutes(5);
    static final int MAX_ATTEMPTS = 8;

    /** A claimed event. */
    record Claimed(String id, String type, long created, String payload, int attempts) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final TransactionSettings settings;

    WebhookInbox(JdbcClient jdbc, TransactionTemplate tx, TransactionSettings settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
    }

    /**
     * Stores an event unless one with its id is stored already.
     *
     * @return whether it was new
     */
    @SystemOnly("the webhook endpoint, for a signature-verified event")
    boolean store(String id, String type, String apiVersion, long created, boolean livemode, String payload) {
        Timestamp now = Timestamp.from(Instant.now());
        String columns = "(id, type, api_version, created, livemode, payload, status, attempts, available_at, received_at)";
        return TenantContext.callWithoutTenant(() -> tx.execute(s -> {
            if (settings.postgres()) {
                return jdbc.sql("insert into billing_webhook_events " + columns
                                + " values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?) on conflict (id) do nothing")
                        .params(id, type, apiVersion, created, livemode, payload, now, now).update() == 1;
            }
            try {
                return jdbc.sql("insert into billing_webhook_events " + columns + " values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                        .params(id, type, apiVersion, created, livemode, payload, now, now).update() == 1;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }));
    }

    /** Claims up to {@code limit} due events (pending, or processing with an expired lease), oldest first. */
    @SystemOnly("the webhook worker")
    List<Claimed> claim(int limit) {
        return TenantContext.callWithoutTenant(() -> tx.execute(s -> {
            Timestamp now = Timestamp.from(Instant.now());
            List<Claimed> due = jdbc.sql("select id, type, created, payload, attempts from billing_webhook_events"
                            + " where status in ('PENDING', 'PROCESSING') and available_at <= ? order by received_at, id"
                            + " fetch first " + limit + " rows only for update" + (settings.postgres() ? " skip locked" : ""))
                    .param(now)
                    .query((rs, row) -> new Claimed(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getInt(5) + 1))
                    .list();
            Timestamp lease = Timestamp.from(now.toInstant().plus(LEASE));
            for (Claimed c : due) {
                jdbc.sql("update billing_webhook_events set status = 'PROCESSING', attempts = attempts + 1, available_at = ?"
                        + " where id = ?").params(lease, c.id()).update();
            }
            return due;
        }));
    }

    /** Marks an event done ({@code PROCESSED}, {@code STALE}, {@code IGNORED}). */
    @SystemOnly("the webhook worker")
    void finish(String id, String status) {
        TenantContext.callWithoutTenant(() -> tx.execute(s -> jdbc.sql(
                        "update billing_webhook_events set status = ?, processed_at = ?, error = null where id = ?")
                .params(status, Timestamp.from(Instant.now()), id).update()));
    }

    /** Puts a failed event back with a growing delay, or gives up ({@code FAILED}) after {@link #MAX_ATTEMPTS}. */
    @SystemOnly("the webhook worker")
    void failed(Claimed event, String error) {
        String status = event.attempts() >= MAX_ATTEMPTS ? "FAILED" : "PENDING";
        Instant next = Instant.now().plusSeconds(15L << Math.min(event.attempts(), 10));
        String message = error == null ? "unknown" : error.length() > 1900 ? error.substring(0, 1900) : error;
        TenantContext.callWithoutTenant(() -> tx.execute(s -> jdbc.sql(
                        "update billing_webhook_events set status = ?, available_at = ?, error = ? where id = ?")
                .params(status, Timestamp.from(next), message, event.id()).update()));
    }
}
