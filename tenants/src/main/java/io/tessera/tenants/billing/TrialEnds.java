package io.tessera.tenants.billing;

import com.stripe.model.Price;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import io.tessera.kernel.audit.AuditLogService;
import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.module.ModuleLifecycle;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.tenancy.TransactionSettings;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.security.SystemOnly;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.tenants.billing.BillingStore.ItemRow;
import io.tessera.tenants.billing.BillingStore.SubscriptionRow;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends the trials that ran out: a module whose tenant has a payment method (and a subscription Stripe does not block)
 * is billed — its item added to the subscription, or a new subscription started, paid at once — with the idempotency
 * key {@code tessera:<tenant>:<module>:trial-end:<trial start>}; without a payment method, or when Stripe declines, it
 * is detached through the lifecycle with the modules that require it (data kept, D5). A module the admin detached
 * during its trial just ends it. When Stripe cannot be reached the trial stays due and the next run tries again.
 * Runs on {@code tessera.billing.trial-check-interval} (hourly) with the server's clock; tests hand it the instant.
 */
class TrialEnds {

    private static final Logger log = LoggerFactory.getLogger(TrialEnds.class);

    /** What a run did. */
    record Report(int billed, int detached, int ended, int failed) {
    }

    private record Due(UUID tenant, String slug, String module, Instant startedAt) {
    }

    private final BillingProperties properties;
    private final StripeGateway stripe;
    private final ModuleLifecycle lifecycle;
    private final ModuleAccess access;
    private final TransactionTemplate tx;
    private final TransactionSettings settings;
    private final JdbcClient jdbc;
    private final BillingStore store;
    private final AuditLogService audit;
    private final Clock clock;

    TrialEnds(BillingProperties properties, StripeGateway stripe, ModuleLifecycle lifecycle, ModuleAccess access,
              TransactionTemplate tx, TransactionSettings settings, JdbcClient jdbc, AuditLogService audit, Clock clock) {
        this.properties = properties;
        this.stripe = stripe;
        this.lifecycle = lifecycle;
        this.access = access;
        this.tx = tx;
        this.settings = settings;
        this.jdbc = jdbc;
        this.store = new BillingStore(jdbc);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Ends the trials due now on the server's clock.
     *
     * @return counts
     */
    @SystemOnly("the scheduler")
    Report run() {
        return run(clock.instant());
    }

    /**
     * Ends the trials due at the given instant.
     *
     * @param now the instant that counts as now
     * @return counts
     */
    @SystemOnly("the scheduler and tests that drive the clock")
    Report run(Instant now) {
        List<Due> due = TenantContext.callWithoutTenant(() -> tx.execute(s -> {
            settings.setLocal("app.scheduler", "on");
            return jdbc.sql("""
                            select b.tenant_id, t.slug, b.module_id, b.started_at
                              from billing_trials b join tenants t on t.id = b.tenant_id
                             where b.outcome is null and b.ends_at <= ? order by b.ends_at, b.tenant_id, b.module_id""")
                    .param(Timestamp.from(now))
                    .query((rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant()))
                    .list();
        }));
        int billed = 0;
        int detached = 0;
        int ended = 0;
        int failed = 0;
        for (Due trial : due) {
            try {
                String outcome = TenantContext.callAs(new TenantRef(trial.tenant(), trial.slug()), null,
                        () -> end(trial, now));
                switch (outcome) {
                    case "BILLED" -> billed++;
                    case "DETACHED" -> detached++;
                    default -> ended++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.error("Tenant {}: ending the trial of '{}' failed; the next run tries again", trial.slug(),
                        trial.module(), e);
            }
        }
        return new Report(billed, detached, ended, failed);
    }

    private String end(Due trial, Instant now) {
        record State(boolean enabled, Optional<String> customer, Optional<SubscriptionRow> subscription, long members) {
        }
        State state = tx.execute(s -> new State(access.enabled().contains(trial.module()), store.customerId(trial.tenant()),
                store.subscription(trial.tenant(), false).filter(r -> !ModuleBilling.ENDED.contains(r.status())),
                store.activeMembers(trial.tenant())));
        if (!state.enabled()) {
            tx.executeWithoutResult(s -> store.endTrial(trial.tenant(), trial.module(), "ENDED", now));
            return "ENDED";
        }
        boolean blocked = state.subscription().map(r -> ModuleBilling.BLOCKED.contains(r.status())).orElse(false);
        boolean canPay = !blocked && state.customer().isPresent() && stripe.hasPaymentMethod(state.customer().get());
        if (canPay) {
            try {
                bill(trial, state.customer().get(), state.subscription(), state.members(), now);
                return "BILLED";
            } catch (ApiProblem e) {
                if (e.status() != 402) {
                    throw e;
                }
                log.warn("Tenant {}: the trial of '{}' ended and Stripe declined the payment: {}", trial.slug(),
                        trial.module(), e.getMessage());
            }
        }
        return tx.execute(s -> {
            List<String> detached = lifecycle.detach(trial.module(), true);
            if (store.endTrial(trial.tenant(), trial.module(), "DETACHED", now)) {
                audit.record("Billing", trial.module(), "TRIAL_EXPIRED", Map.of("detached", detached,
                        "paymentMethod", canPay));
            }
            return "DETACHED";
        });
    }

    private void bill(Due trial, String customer, Optional<SubscriptionRow> live, long members, Instant now) {
        Price price = stripe.price(trial.module(), properties.lookupKey(trial.module()));
        long quantity = properties.paid(trial.module()).orElseThrow().perSeat() ? Math.max(1, members) : 1;
        String key = "tessera:" + trial.tenant() + ":" + trial.module() + ":trial-end:" + trial.startedAt().getEpochSecond();
        Subscription created = null;
        SubscriptionItem item;
        if (live.isEmpty()) {
            created = stripe.createSubscription(customer, new TenantRef(trial.tenant(), trial.slug()), price.getId(), quantity,
                    key);
            item = created.getItems().getData().getFirst();
        } else {
            item = stripe.addItem(live.get().stripeId(), price.getId(), quantity, key);
        }
        Subscription subscription = created;
        tx.executeWithoutResult(s -> {
            if (subscription != null) {
                store.saveSubscription(trial.tenant(), subscription.getId(), subscription.getStatus(), 0, null, null);
            }
            store.saveItem(trial.tenant(), new ItemRow(trial.module(), item.getId(), price.getId(), price.getUnitAmount(),
                    price.getCurrency(), quantity, "ACTIVE"));
            if (store.endTrial(trial.tenant(), trial.module(), "BILLED", now)) {
                audit.record("Billing", trial.module(), "TRIAL_BILLED", Map.of("item", item.getId(), "price", price.getId()));
            }
        });
    }
}
