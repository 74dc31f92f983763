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

    /** Seats of a per-seat module: the tenant's active members. */
    long activeMembers(UUID tenant) {
        return jdbc.sql("select count(*) from memberships where tenant_id = ? and status = 'ACTIVE'").param(tenant)
                .query(Long.class).single();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
