package io.tessera.tenants.billing;

import com.stripe.model.Price;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.model.checkout.Session;
import io.tessera.kernel.audit.AuditLogService;
import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.module.ModuleLifecycle;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.security.SystemOnly;
import io.tessera.tenants.billing.BillingStore.CheckoutRow;
import io.tessera.tenants.billing.BillingStore.ItemRow;
import java.time.Clock;
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
 * Applies a Stripe Checkout session of a first paid module, as Stripe has it now: once {@code complete}, the subscription
 * it created and its items are stored and the module the admin enabled is enabled (with what it requires, trials of the
 * closure started); an {@code expired} session enables nothing. The tenant's session row is locked and must still be
 * {@code OPEN}, so a session is applied once however many events report it.
 */
class CheckoutCompletion {

    private static final Logger log = LoggerFactory.getLogger(CheckoutCompletion.class);

    /** What applying did. */
    enum Outcome { ENABLED, EXPIRED, ALREADY_CLOSED, NOT_COMPLETE, UNKNOWN }

    private final BillingProperties properties;
    private final ModuleLifecycle lifecycle;
    private final ModuleAccess access;
    private final ModuleBilling billing;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final BillingStore store;
    private final AuditLogService audit;
    private final Clock clock;

    CheckoutCompletion(BillingProperties properties, ModuleLifecycle lifecycle, ModuleAccess access, ModuleBilling billing,
                       TransactionTemplate tx, JdbcClient jdbc, AuditLogService audit, Clock clock) {
        this.properties = properties;
        this.lifecycle = lifecycle;
        this.access = access;
        this.billing = billing;
        this.tx = tx;
        this.jdbc = jdbc;
        this.store = new BillingStore(jdbc);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Applies the session.
     *
     * @param session      the session as just read from Stripe
     * @param subscription the subscription it created (read from Stripe), or {@code null} when it has none
     * @param eventCreated when the event was created (epoch seconds)
     * @return what happened
     */
    @SystemOnly("the webhook worker")
    Outcome apply(Session session, Subscription subscription, long eventCreated) {
        String tenantId = session.getClientReferenceId();
        Optional<TenantRef> tenant = tenantId == null ? Optional.empty() : tenant(UUID.fromString(tenantId));
        if (tenant.isEmpty()) {
            log.warn("Stripe checkout session {} names no known tenant ({}); ignored", session.getId(), tenantId);
            return Outcome.UNKNOWN;
        }
        return TenantContext.callAs(tenant.get(), null, () -> tx.execute(s -> applyInTenant(tenant.get(), session,
                subscription, eventCreated)));
    }

    private Outcome applyInTenant(TenantRef tenant, Session session, Subscription subscription, long eventCreated) {
        Optional<CheckoutRow> row = store.checkoutForUpdate(tenant.id(), session.getId());
        if (row.isEmpty()) {
            log.warn("Tenant {}: Stripe checkout session {} was not opened by Tessera; ignored", tenant.slug(), session.getId());
            return Outcome.UNKNOWN;
        }
        if (!"OPEN".equals(row.get().status())) {
            return Outcome.ALREADY_CLOSED;
        }
        Instant now = clock.instant();
        if ("expired".equals(session.getStatus())) {
            store.closeCheckout(tenant.id(), session.getId(), "EXPIRED", now);
            audit.record("Billing", row.get().moduleId(), "CHECKOUT_EXPIRED", Map.of("session", session.getId()));
            return Outcome.EXPIRED;
        }
        if (!"complete".equals(session.getStatus()) || subscription == null) {
            return Outcome.NOT_COMPLETE;
        }
        List<String> paid = row.get().paidModules();
        long last = Math.max(eventCreated, store.subscription(tenant.id(), true)
                .map(BillingStore.SubscriptionRow::lastEventCreated).orElse(0L));
        Instant periodEnd = subscription.getItems().getData().stream().map(SubscriptionItem::getCurrentPeriodEnd)
                .filter(x -> x != null).max(Long::compare).map(Instant::ofEpochSecond).orElse(null);
        store.saveSubscription(tenant.id(), subscription.getId(), subscription.getStatus(), last, null, periodEnd);
        List<ItemRow> items = new ArrayList<>();
        for (SubscriptionItem item : subscription.getItems().getData()) {
            Price price = item.getPrice();
            Optional<String> module = price == null || price.getLookupKey() == null ? Optional.empty()
                    : properties.moduleOf(price.getLookupKey());
            if (module.isPresent() && paid.contains(module.get())) {
                ItemRow stored = new ItemRow(module.get(), item.getId(), price.getId(), price.getUnitAmount(),
                        price.getCurrency(), item.getQuantity() == null ? 1 : item.getQuantity(), "ACTIVE");
                store.saveItem(tenant.id(), stored);
                items.add(stored);
            }
        }
        Set<String> before = access.enabled();
        List<String> enabled = lifecycle.enable(row.get().moduleId(), false);
        Set<String> tried = new java.util.HashSet<>();
        store.trials(tenant.id()).forEach(t -> tried.add(t.moduleId()));
        billing.startTrials(tenant, enabled.stream().filter(m -> !before.contains(m) && !paid.contains(m)
                && properties.paid(m).map(p -> p.trialDays() > 0).orElse(false) && !tried.contains(m)).toList());
        store.closeCheckout(tenant.id(), session.getId(), "COMPLETED", now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("session", session.getId());
        details.put("modules", paid);
        details.put("items", items.stream().map(ItemRow::stripeItemId).toList());
        details.put("enabled", enabled);
        audit.record("Billing", row.get().moduleId(), "MODULE_SUBSCRIBED", details);
        log.info("Tenant {}: checkout {} completed, enabled {}", tenant.slug(), session.getId(), enabled);
        return Outcome.ENABLED;
    }

    private Optional<TenantRef> tenant(UUID id) {
        return TenantContext.callWithoutTenant(() -> tx.execute(s -> jdbc.sql("select slug from tenants where id = ?")
                .param(id).query(String.class).optional().map(slug -> new TenantRef(id, slug))));
    }
}
