package io.tessera.tenants.billing;

import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.tenancy.TransactionSettings;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.security.SystemOnly;
import io.tessera.tenants.billing.BillingStore.ItemRow;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily heal for missed webhooks: for each tenant with a Stripe customer, reads its subscriptions from Stripe and
 * applies the current one as if an event had just arrived (so the grace period also runs out without any event), then
 * retries item removals Stripe refused earlier, asks for a seat sync where a per-seat quantity differs from the active
 * members, and ends the trials that ran out. Idempotent: nodes that run it at once apply the same state, one after
 * the other (the tenant's subscription row is locked).
 */
class BillingReconciliation {

    private static final Logger log = LoggerFactory.getLogger(BillingReconciliation.class);

    /** What a run did. */
    record Report(int tenants, int applied, int failed) {
    }

    private final StripeGateway stripe;
    private final SubscriptionSync sync;
    private final ModuleBilling billing;
    private final SeatSync seats;
    private final TrialEnds trials;
    private final TransactionTemplate tx;
    private final TransactionSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    BillingReconciliation(StripeGateway stripe, SubscriptionSync sync, ModuleBilling billing, SeatSync seats,
                          TrialEnds trials, TransactionTemplate tx, TransactionSettings settings, JdbcClient jdbc,
                          Clock clock) {
        this.seats = seats;
        this.trials = trials;
        this.stripe = stripe;
        this.sync = sync;
        this.billing = billing;
        this.tx = tx;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Customer(UUID tenant, String slug, String customerId, String subscriptionId) {
    }

    /**
     * Reconciles every tenant with Stripe.
     *
     * @return counts
     */
    @SystemOnly("the scheduler, daily")
    Report run() {
        List<Customer> customers = TenantContext.callWithoutTenant(() -> tx.execute(s -> {
            settings.setLocal("app.scheduler", "on");
            return jdbc.sql("""
                            select c.tenant_id, t.slug, c.stripe_customer_id, s.stripe_subscription_id
                              from billing_customers c join tenants t on t.id = c.tenant_id
                              left join billing_subscriptions s on s.tenant_id = c.tenant_id
                             order by c.tenant_id""")
                    .query((rs, row) -> new Customer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4)))
                    .list();
        }));
        int applied = 0;
        int failed = 0;
        for (Customer customer : customers) {
            try {
                TenantContext.callWithoutTenant(() -> {
                    reconcile(customer);
                    return null;
                });
                applied++;
            } catch (RuntimeException e) {
                failed++;
                log.error("Billing reconciliation of tenant {} failed", customer.slug(), e);
            }
        }
        TrialEnds.Report ended = trials.run(clock.instant());
        log.info("Billing reconciliation: {} tenants, {} reconciled, {} failed; trials ended: {}", customers.size(), applied,
                failed, ended);
        return new Report(customers.size(), applied, failed);
    }

    private void reconcile(Customer customer) {
        List<Subscription> subscriptions = stripe.subscriptionsOf(customer.customerId());
        Optional<Subscription> current = subscriptions.stream()
                .filter(s -> s.getId().equals(customer.subscriptionId())).findFirst()
                .or(() -> subscriptions.stream().max(Comparator.comparing(Subscription::getCreated)));
        current.ifPresent(s -> sync.apply(s, clock.instant().getEpochSecond()));
        TenantRef tenant = new TenantRef(customer.tenant(), customer.slug());
        // per-seat quantities that missed a member change (or on a database without the memberships trigger)
        TenantContext.callAs(tenant, null, () -> seats.requestIfDiffers(tenant));
        List<ItemRow> removing = TenantContext.callAs(tenant, null, () -> tx.execute(s ->
                new BillingStore(jdbc).items(customer.tenant()).stream().filter(i -> "REMOVING".equals(i.state())).toList()));
        for (ItemRow item : removing) {
            boolean stillThere = current.map(s -> s.getItems().getData().stream().map(SubscriptionItem::getId)
                    .anyMatch(item.stripeItemId()::equals)).orElse(false);
            TenantContext.callAs(tenant, null, () -> {
                if (stillThere) {
                    billing.removeItem(stripe, tenant, item);
                } else {
                    tx.executeWithoutResult(s -> new BillingStore(jdbc).deleteItem(customer.tenant(), item.moduleId()));
                }
                return null;
            });
        }
    }
}
