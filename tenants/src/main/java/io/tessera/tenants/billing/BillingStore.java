package io.tessera.tenants.billing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The billing tables of one tenant. Every statement names the tenant (row-level security is the second guard); the
 * caller holds the transaction, in the tenant's scope.
 */
final class BillingStore {

    /** The tenant's subscription as last applied. */
    record SubscriptionRow(String stripeId, String status, long lastEventCreated, Instant pastDueSince,
                           Instant currentPeriodEnd) {
    }

    /** A paid module's item; {@code REMOVING} while the admin's detach waits for Stripe. */
    record ItemRow(String moduleId, String stripeItemId, String priceId, Long unitAmount, String currency, long quantity,
                   String state) {
    }

    private final JdbcClient jdbc;

    BillingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> customerId(UUID tenant) {
        return jdbc.sql("select stripe_customer_id from billing_customers where tenant_id = ?").param(tenant)
                .query(String.class).optional();
    }

    void insertCustomer(UUID tenant, String customerId) {
        jdbc.sql("insert into billing_customers (tenant_id, stripe_customer_id, created_at) values (?, ?, ?)")
                .params(tenant, customerId, Timestamp.from(Instant.now())).update();
    }

    Optional<SubscriptionRow> subscription(UUID tenant, boolean lock) {
        return jdbc.sql("select stripe_subscription_id, status, last_event_created, past_due_since, current_period_end"
                        + " from billing_subscriptions where tenant_id = ?" + (lock ? " for update" : ""))
                .param(tenant)
                .query((rs, row) -> new SubscriptionRow(rs.getString(1), rs.getString(2), rs.getLong(3),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))))
                .optional();
    }

    void saveSubscription(UUID tenant, String stripeId, String status, long lastEventCreated, Instant pastDueSince,
                          Instant currentPeriodEnd) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("""
                        update billing_subscriptions set stripe_subscription_id = ?, status = ?, last_event_created = ?,
                               past_due_since = ?, current_period_end = ?, synced_at = ? where tenant_id = ?""")
                .params(stripeId, status, lastEventCreated, timestamp(pastDueSince), timestamp(currentPeriodEnd), now, tenant)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into billing_subscriptions (tenant_id, stripe_subscription_id, status, last_event_created,
                                   past_due_since, current_period_end, synced_at) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenant, stripeId, status, lastEventCreated, timestamp(pastDueSince), timestamp(currentPeriodEnd), now)
                    .update();
        }
    }

    List<ItemRow> items(UUID tenant) {
        return jdbc.sql("""
                        select module_id, stripe_item_id, price_id, unit_amount, currency, quantity, state
                          from billing_items where tenant_id = ? order by module_id""")
                .param(tenant)
                .query((rs, row) -> new ItemRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4, Long.class), rs.getString(5), rs.getLong(6), rs.getString(7)))
                .list();
    }

    void saveItem(UUID tenant, ItemRow item) {
        int updated = jdbc.sql("""
                        update billing_items set stripe_item_id = ?, price_id = ?, unit_amount = ?, currency = ?, quantity = ?,
                               state = ? where tenant_id = ? and module_id = ?""")
                .params(item.stripeItemId(), item.priceId(), item.unitAmount(), item.currency(), item.quantity(),
                        item.state(), tenant, item.moduleId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into billing_items (tenant_id, module_id, stripe_item_id, price_id, unit_amount, currency,
                                   quantity, state) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenant, item.moduleId(), item.stripeItemId(), item.priceId(), item.unitAmount(), item.currency(),
                            item.quantity(), item.state())
                    .update();
        }
    }

    void deleteItem(UUID tenant, String moduleId) {
        jdbc.sql("delete from billing_items where tenant_id = ? and module_id = ?").params(tenant, moduleId).update();
    }

    List<String> lapsed(UUID tenant) {
        return jdbc.sql("select module_id from billing_lapsed_modules where tenant_id = ? order by lapsed_at, module_id")
                .param(tenant).query(String.class).list();
    }

    void addLapsed(UUID tenant, List<String> modules) {
        Timestamp now = Timestamp.from(Instant.now());
        for (String module : modules) {
            jdbc.sql("insert into billing_lapsed_modules (tenant_id, module_id, lapsed_at) values (?, ?, ?)")
                    .params(tenant, module, now).update();
        }
    }

    void clearLapsed(UUID tenant) {
        jdbc.sql("delete from billing_lapsed_modules where tenant_id = ?").param(tenant).update();
    }

    /** A Checkout session opened for a first paid module. */
    record CheckoutRow(String sessionId, String moduleId, List<String> paidModules, String status, String url,
                       Instant createdAt) {
    }

    void insertCheckout(UUID tenant, String sessionId, String moduleId, List<String> paidModules, String url, Instant now) {
        jdbc.sql("""
                        insert into billing_checkouts (tenant_id, session_id, module_id, paid_modules, url, status, created_at)
                        values (?, ?, ?, ?, ?, 'OPEN', ?)""")
                .params(tenant, sessionId, moduleId, String.join(",", paidModules), url, Timestamp.from(now)).update();
    }

    /** The session, locked until the transaction ends (its completion is applied once). */
    Optional<CheckoutRow> checkoutForUpdate(UUID tenant, String sessionId) {
        return jdbc.sql("""
                        select session_id, module_id, paid_modules, status, url, created_at from billing_checkouts
                         where tenant_id = ? and session_id = ? for update""")
                .params(tenant, sessionId)
                .query(BillingStore::checkout)
                .optional();
    }

    void closeCheckout(UUID tenant, String sessionId, String status, Instant now) {
        jdbc.sql("update billing_checkouts set status = ?, closed_at = ? where tenant_id = ? and session_id = ?")
                .params(status, Timestamp.from(now), tenant, sessionId).update();
    }

    /** The tenant's open Checkout sessions, newest first. */
    List<CheckoutRow> openCheckouts(UUID tenant) {
        return jdbc.sql("""
                        select session_id, module_id, paid_modules, status, url, created_at from billing_checkouts
                         where tenant_id = ? and status = 'OPEN' order by created_at desc""")
                .param(tenant)
                .query(BillingStore::checkout)
                .list();
    }

    /** A module's trial; {@code outcome} is null while it runs. */
    record TrialRow(String moduleId, Instant startedAt, Instant endsAt, String outcome) {
    }

    List<TrialRow> trials(UUID tenant) {
        return jdbc.sql("""
                        select module_id, started_at, ends_at, outcome from billing_trials
                         where tenant_id = ? order by module_id""")
                .param(tenant)
                .query((rs, row) -> new TrialRow(rs.getString(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)),
                        rs.getString(4)))
                .list();
    }

    void insertTrial(UUID tenant, String moduleId, Instant startedAt, Instant endsAt) {
        jdbc.sql("insert into billing_trials (tenant_id, module_id, started_at, ends_at) values (?, ?, ?, ?)")
                .params(tenant, moduleId, Timestamp.from(startedAt), Timestamp.from(endsAt)).update();
    }

    /** Ends a running trial; false when it had ended already (another node got there first). */
    boolean endTrial(UUID tenant, String moduleId, String outcome, Instant now) {
        return jdbc.sql("""
                        update billing_trials set outcome = ?, ended_at = ?
                         where tenant_id = ? and module_id = ? and outcome is null""")
                .params(outcome, Timestamp.from(now), tenant, moduleId).update() == 1;
    }

    /** Asks the seat worker to bring the per-seat quantities to the active members (what the trigger does on PostgreSQL). */
    void requestSeatSync(UUID tenant, Instant now) {
        int updated = jdbc.sql("""
                        update billing_seat_changes set generation = generation + 1, attempts = 0, available_at = ?, error = null
                         where tenant_id = ?""")
                .params(Timestamp.from(now), tenant).update();
        if (updated == 0) {
            jdbc.sql("insert into billing_seat_changes (tenant_id, generation, attempts, available_at) values (?, 1, 0, ?)")
                    .params(tenant, Timestamp.from(now)).update();
        }
    }

    /** Seats of a per-seat module: the tenant's active members. */
    long activeMembers(UUID tenant) {
        return jdbc.sql("select count(*) from memberships where tenant_id = ? and status = 'ACTIVE'").param(tenant)
                .query(Long.class).single();
    }

    private static CheckoutRow checkout(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CheckoutRow(rs.getString(1), rs.getString(2), List.of(rs.getString(3).split(",")), rs.getString(4),
                rs.getString(5), instant(rs.getTimestamp(6)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
