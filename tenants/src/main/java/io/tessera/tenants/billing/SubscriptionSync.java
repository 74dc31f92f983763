package io.tessera.tenants.billing;

import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import io.tessera.kernel.audit.AuditLogService;
import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.module.ModuleLifecycle;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.security.SystemOnly;
import io.tessera.tenants.billing.BillingStore.ItemRow;
import io.tessera.tenants.billing.BillingStore.SubscriptionRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a subscription as Stripe has it now to the tenant's modules (D5: a lapse detaches, never deletes):
 * {@code trialing | active} keep the paid modules enabled; {@code past_due} keeps them for the grace period (a banner);
 * {@code unpaid | paused | incomplete_expired | canceled}, or the grace running out, detach them through the kernel's
 * lifecycle, with the modules that require them, and remember which; paid again, exactly those are enabled again. The
 * tenant's subscription row is locked while applying, so concurrent events apply one after the other, and an event older
 * than the last one applied changes nothing.
 */
class SubscriptionSync {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionSync.class);

    static final Set<String> LAPSED = Set.of("unpaid", "paused", "incomplete_expired", "canceled");
    static final Set<String> PAYING = Set.of("trialing", "active", "past_due");

    /** What applying did. */
    enum Outcome { APPLIED, STALE, UNKNOWN_TENANT }

    private final BillingProperties properties;
    private final ModuleLifecycle lifecycle;
    private final ModuleAccess access;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final BillingStore store;
    private final AuditLogService audit;
    private final Clock clock;

    SubscriptionSync(BillingProperties properties, ModuleLifecycle lifecycle, ModuleAccess access, TransactionTemplate tx,
                     JdbcClient jdbc, AuditLogService audit, Clock clock) {
        this.properties = properties;
        this.lifecycle = lifecycle;
        this.access = access;
        this.tx = tx;
        this.jdbc = jdbc;
        this.store = new BillingStore(jdbc);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Applies the subscription to its tenant (named by its {@code tenant_id} metadata).
     *
     * @param subscription the subscription as just read from Stripe
     * @param eventCreated when the event that prompted this was created (epoch seconds); older than the last applied
     *                     one → nothing happens
     * @return what happened
     */
    @SystemOnly("the webhook worker and the daily reconciliation")
    Outcome apply(Subscription subscription, long eventCreated) {
        String tenantId = subscription.getMetadata() == null ? null : subscription.getMetadata().get("tenant_id");
        Optional<TenantRef> tenant = tenantId == null ? Optional.empty() : tenant(UUID.fromString(tenantId));
        if (tenant.isEmpty()) {
            log.warn("Stripe subscription {} names no known tenant (metadata tenant_id {}); ignored", subscription.getId(),
                    tenantId);
            return Outcome.UNKNOWN_TENANT;
        }
        return TenantContext.callAs(tenant.get(), null, () -> tx.execute(s -> applyInTenant(tenant.get(), subscription,
                eventCreated)));
    }

    private Outcome applyInTenant(TenantRef tenant, Subscription subscription, long eventCreated) {
        UUID id = tenant.id();
        Optional<SubscriptionRow> stored = store.subscription(id, true);
        if (stored.isPresent() && stored.get().stripeId().equals(subscription.getId())
                && eventCreated < stored.get().lastEventCreated()) {
            return Outcome.STALE;
        }
        if (stored.isPresent() && !stored.get().stripeId().equals(subscription.getId())
                && !ModuleBilling.ENDED.contains(stored.get().status()) && ModuleBilling.ENDED.contains(subscription.getStatus())) {
            // an old, ended subscription of the tenant's: the current one stands
            return Outcome.STALE;
        }
        String status = subscription.getStatus();
        Instant now = clock.instant();
        Instant pastDueSince = "past_due".equals(status)
                ? stored.map(SubscriptionRow::pastDueSince).filter(x -> x != null).orElse(now) : null;
        Instant periodEnd = subscription.getItems().getData().stream().map(SubscriptionItem::getCurrentPeriodEnd)
                .filter(x -> x != null).max(Long::compare).map(Instant::ofEpochSecond).orElse(null);
        long last = Math.max(eventCreated, stored.map(SubscriptionRow::lastEventCreated).orElse(0L));
        store.saveSubscription(id, subscription.getId(), status, last, pastDueSince, periodEnd);

        Set<String> enabled = access.enabled();
        List<ItemRow> items = store.items(id);
        Map<String, SubscriptionItem> inStripe = new LinkedHashMap<>();
        for (SubscriptionItem item : subscription.getItems().getData()) {
            inStripe.put(item.getId(), item);
        }
        boolean ended = ModuleBilling.ENDED.contains(status);
        for (ItemRow item : items) {
            SubscriptionItem current = inStripe.get(item.stripeItemId());
            if ("REMOVING".equals(item.state())) {
                continue;
            }
            if (current == null || ended) {
                // the item is gone (removed in Stripe, or the subscription ended): that module is no longer paid for
                store.deleteItem(id, item.moduleId());
                if (!ended && enabled.contains(item.moduleId())) {
                    List<String> detached = lifecycle.detach(item.moduleId(), true);
                    audit.record("Billing", item.moduleId(), "MODULE_ITEM_REMOVED", Map.of("detached", detached));
                }
            } else if (current.getQuantity() != null && current.getQuantity() != item.quantity()) {
                store.saveItem(id, new ItemRow(item.moduleId(), item.stripeItemId(), item.priceId(), item.unitAmount(),
                        item.currency(), current.getQuantity(), item.state()));
            }
        }

        boolean graceOver = pastDueSince != null
                && !now.isBefore(pastDueSince.plus(Duration.ofDays(properties.graceDays())));
        if (LAPSED.contains(status) || graceOver) {
            lapse(tenant, items, enabled, status, graceOver);
            if (ended) {
                // the subscription is over: nothing comes back by itself; the admin enables modules again (a new one)
                store.clearLapsed(id);
            }
        } else if (PAYING.contains(status)) {
            restore(tenant, status);
        }
        return Outcome.APPLIED;
    }

    private void lapse(TenantRef tenant, List<ItemRow> items, Set<String> enabled, String status, boolean graceOver) {
        List<String> detached = new ArrayList<>();
        for (ItemRow item : items) {
            if (enabled.contains(item.moduleId()) && !detached.contains(item.moduleId())) {
                detached.addAll(lifecycle.detach(item.moduleId(), true));
            }
        }
        if (detached.isEmpty()) {
            return;
        }
        store.addLapsed(tenant.id(), detached);
        audit.record("Billing", tenant.slug(), "MODULES_LAPSED", Map.of("status", status, "graceOver", graceOver,
                "detached", detached));
        log.warn("Tenant {}: subscription {}{}, modules detached (data kept): {}", tenant.slug(), status,
                graceOver ? " past its grace period" : "", detached);
    }

    private void restore(TenantRef tenant, String status) {
        List<String> lapsed = store.lapsed(tenant.id());
        if (lapsed.isEmpty()) {
            return;
        }
        List<String> enabled = new ArrayList<>();
        for (String module : lapsed) {
            enabled.addAll(lifecycle.enable(module, false));
        }
        store.clearLapsed(tenant.id());
        audit.record("Billing", tenant.slug(), "MODULES_RESTORED", Map.of("status", status, "enabled", enabled));
        log.info("Tenant {}: subscription {} again, modules enabled again: {}", tenant.slug(), status, enabled);
    }

    private Optional<TenantRef> tenant(UUID id) {
        return TenantContext.callWithoutTenant(() -> tx.execute(s -> jdbc.sql("select slug from tenants where id = ?")
                .param(id).query(String.class).optional().map(slug -> new TenantRef(id, slug))));
    }
}
