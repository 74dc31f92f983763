package io.tessera.tenants.billing;

import io.tessera.kernel.audit.AuditLogService;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.tenancy.TransactionSettings;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.security.SystemOnly;
import io.tessera.tenants.billing.BillingStore.ItemRow;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-seat quantities follow the members. A change of a tenant's active members (joined, left, deactivated,
 * reactivated) leaves a row in {@code billing_seat_changes} in the member's own transaction (a trigger on PostgreSQL; the
 * reconciliation everywhere); this outbox's worker sets every per-seat item's quantity in Stripe to the active members
 * counted then, with the idempotency key {@code tessera:<tenant>:<module>:seats:<generation>:<quantity>} (the
 * generation counts the tenant's changes) and Stripe's default proration. A call Stripe refuses or cannot answer leaves
 * the row for another attempt after a growing delay, so the quantity heals once Stripe answers. The row is claimed with
 * a lease and no lock is held while Stripe is called; it is deleted only if no newer change arrived meanwhile.
 */
class SeatSync {

    private static final Logger log = LoggerFactory.getLogger(SeatSync.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration MAX_DELAY = Duration.ofMinutes(30);

    private record Claimed(UUID tenant, String slug, long generation, int attempts) {
    }

    private final BillingProperties properties;
    private final StripeGateway stripe;
    private final TransactionTemplate tx;
    private final TransactionSettings settings;
    private final JdbcClient jdbc;
    private final BillingStore store;
    private final AuditLogService audit;
    private final Clock clock;

    SeatSync(BillingProperties properties, StripeGateway stripe, TransactionTemplate tx, TransactionSettings settings,
             JdbcClient jdbc, AuditLogService audit, Clock clock) {
        this.properties = properties;
        this.stripe = stripe;
        this.tx = tx;
        this.settings = settings;
        this.jdbc = jdbc;
        this.store = new BillingStore(jdbc);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Brings the due tenants' per-seat quantities to their active members.
     *
     * @return how many tenants were claimed
     */
    @SystemOnly("the webhook worker's thread")
    int drain() {
        List<Claimed> claimed = claim(10);
        for (Claimed change : claimed) {
            try {
                TenantContext.callAs(new TenantRef(change.tenant(), change.slug()), null, () -> {
                    sync(change);
                    return null;
                });
                done(change);
            } catch (RuntimeException e) {
                Duration delay = delay(change.attempts());
                log.error("Tenant {}: setting the per-seat quantities failed (attempt {}); retrying in {}", change.slug(),
                        change.attempts(), delay, e);
                retry(change, delay, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return claimed.size();
    }

    /** 2 s, 4 s, 8 s … up to 30 minutes. */
    static Duration delay(int attempts) {
        Duration delay = Duration.ofSeconds(1L << Math.min(Math.max(attempts, 1), 20));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private List<Claimed> claim(int limit) {
        Instant now = clock.instant();
        return TenantContext.callWithoutTenant(() -> tx.execute(s -> {
            settings.setLocal("app.scheduler", "on");
            record Due(UUID tenant, long generation, int attempts) {
            }
            List<Due> rows = jdbc.sql("select tenant_id, generation, attempts from billing_seat_changes where available_at <= ?"
                            + " order by available_at fetch first " + limit + " rows only for update"
                            + (settings.postgres() ? " skip locked" : ""))
                    .param(Timestamp.from(now))
                    .query((rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getLong(2), rs.getInt(3) + 1))
                    .list();
            if (rows.isEmpty()) {
                return List.<Claimed>of();
            }
            Map<UUID, String> slugs = jdbc.sql("select id, slug from tenants where id in (:ids)")
                    .param("ids", rows.stream().map(Due::tenant).toList())
                    .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            List<Claimed> due = rows.stream().filter(r -> slugs.containsKey(r.tenant()))
                    .map(r -> new Claimed(r.tenant(), slugs.get(r.tenant()), r.generation(), r.attempts())).toList();
            for (Claimed change : due) {
                jdbc.sql("update billing_seat_changes set attempts = attempts + 1, available_at = ? where tenant_id = ?")
                        .params(Timestamp.from(now.plus(LEASE)), change.tenant()).update();
            }
            return due;
        }));
    }

    private void sync(Claimed change) {
        record Seats(List<ItemRow> items, long members) {
        }
        Seats seats = tx.execute(s -> new Seats(store.items(change.tenant()), store.activeMembers(change.tenant())));
        long quantity = Math.max(1, seats.members());
        List<String> changed = new ArrayList<>();
        for (ItemRow item : seats.items()) {
            boolean perSeat = properties.paid(item.moduleId()).map(BillingProperties.PaidModule::perSeat).orElse(false);
            if (!perSeat || !"ACTIVE".equals(item.state()) || item.quantity() == quantity) {
                continue;
            }
            stripe.setQuantity(item.stripeItemId(), quantity, "tessera:" + change.tenant() + ":" + item.moduleId()
                    + ":seats:" + change.generation() + ":" + quantity);
            tx.executeWithoutResult(s -> {
                store.saveItem(change.tenant(), new ItemRow(item.moduleId(), item.stripeItemId(), item.priceId(),
                        item.unitAmount(), item.currency(), quantity, item.state()));
                audit.record("Billing", item.moduleId(), "SEATS_CHANGED", Map.of("item", item.stripeItemId(),
                        "from", item.quantity(), "to", quantity));
            });
            changed.add(item.moduleId());
        }
        if (!changed.isEmpty()) {
            log.info("Tenant {}: {} seats for {}", change.slug(), quantity, changed);
        }
    }

    /** Done: forgotten unless a newer change arrived while Stripe was called (then it runs again at once). */
    private void done(Claimed change) {
        TenantContext.callWithoutTenant(() -> tx.execute(s -> {
            settings.setLocal("app.scheduler", "on");
            int deleted = jdbc.sql("delete from billing_seat_changes where tenant_id = ? and generation = ?")
                    .params(change.tenant(), change.generation()).update();
            if (deleted == 0) {
                jdbc.sql("update billing_seat_changes set available_at = ? where tenant_id = ?")
                        .params(Timestamp.from(clock.instant()), change.tenant()).update();
            }
            return null;
        }));
    }

    private void retry(Claimed change, Duration delay, String error) {
        TenantContext.callWithoutTenant(() -> tx.execute(s -> {
            settings.setLocal("app.scheduler", "on");
            jdbc.sql("update billing_seat_changes set available_at = ?, error = ? where tenant_id = ? and generation = ?")
                    .params(Timestamp.from(clock.instant().plus(delay)), error.length() > 2000 ? error.substring(0, 2000)
                            : error, change.tenant(), change.generation())
                    .update();
            return null;
        }));
    }

    /**
     * Asks for a seat check of the current tenant when a per-seat item's quantity differs from its active members (the
     * reconciliation's heal, and the only trigger on databases without the memberships trigger).
     *
     * @param tenant the tenant
     * @return whether a change was requested
     */
    @SystemOnly("the daily reconciliation, in the tenant's scope")
    boolean requestIfDiffers(TenantRef tenant) {
        return Boolean.TRUE.equals(tx.execute(s -> {
            long quantity = Math.max(1, store.activeMembers(tenant.id()));
            boolean differs = store.items(tenant.id()).stream().anyMatch(i -> "ACTIVE".equals(i.state())
                    && properties.paid(i.moduleId()).map(BillingProperties.PaidModule::perSeat).orElse(false)
                    && i.quantity() != quantity);
            if (differs) {
                store.requestSeatSync(tenant.id(), clock.instant());
            }
            return differs;
        }));
    }
}
