package io.tessera.tenants.billing;

import com.stripe.model.Price;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.audit.AuditLogService;
import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.module.ModuleLifecycle;
import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.security.SystemOnly;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.tenants.billing.BillingStore.ItemRow;
import io.tessera.tenants.billing.BillingStore.SubscriptionRow;
import com.stripe.model.checkout.Session;
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
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enabling and detaching modules when billing may be on (D5, D11): the marketplace's entry point. Free modules, and every
 * module while billing is off, go straight to the kernel's {@link ModuleLifecycle}. A paid module goes through Stripe
 * first — an item on the tenant's one subscription, its proration invoiced and paid at once — and is enabled only if
 * Stripe accepted; if the database then fails, the item is removed again. Detaching commits first and then removes the
 * item; a removal Stripe refuses is retried by the daily reconciliation. Each change is audited.
 */
@Service
public class ModuleBilling {

    private static final Logger log = LoggerFactory.getLogger(ModuleBilling.class);

    /** Statuses in which the tenant must pay before adding anything. */
    static final Set<String> BLOCKED = Set.of("unpaid", "paused", "incomplete");

    /** Stripe's Checkout sessions expire after 24 hours; one opened less than this long ago is offered again. */
    private static final Duration CHECKOUT_REUSE = Duration.ofHours(23);

    /** Statuses after which the subscription is over: the next paid module starts a new one. */
    static final Set<String> ENDED = Set.of("canceled", "incomplete_expired");

    private final BillingProperties properties;
    private final ObjectProvider<StripeGateway> stripe;
    private final ModuleLifecycle lifecycle;
    private final ModuleAccess access;
    private final TransactionTemplate tx;
    private final BillingStore store;
    private final AuditLogService audit;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    ModuleBilling(BillingProperties properties, ObjectProvider<StripeGateway> stripe, ModuleLifecycle lifecycle,
                  ModuleAccess access, TransactionTemplate tx, JdbcClient jdbc, AuditLogService audit) {
        this.properties = properties;
        this.stripe = stripe;
        this.lifecycle = lifecycle;
        this.access = access;
        this.tx = tx;
        this.jdbc = jdbc;
        this.store = new BillingStore(jdbc);
        this.audit = audit;
    }

    /**
     * Whether billing is on (a Stripe API key is configured).
     *
     * @return whether modules can be paid
     */
    public boolean enabled() {
        return stripe.getIfAvailable() != null;
    }

    /**
     * What enabling a module did: either the modules it enabled, or — for a tenant's first paid module while its Stripe
     * customer has no payment method — the Stripe Checkout page the admin must complete first (nothing is enabled until
     * Stripe reports the session completed).
     *
     * @param enabled     the modules that were not enabled before, dependencies first (empty while checkout is pending)
     * @param checkoutUrl the Stripe Checkout page to send the admin to, or {@code null}
     * @param trials      the modules whose trial this started (no charge until it ends)
     */
    public record Enabling(List<String> enabled, String checkoutUrl, List<String> trials) {

        /**
         * Whether the admin must complete a Stripe Checkout first.
         *
         * @return true when {@link #checkoutUrl()} is set
         */
        public boolean checkoutPending() {
            return checkoutUrl != null;
        }
    }

    /**
     * Enables the module and what it requires for the current tenant; the paid ones among them are added to the tenant's
     * subscription first, all or nothing. A paid module with trial days that the tenant has not tried yet starts its
     * trial instead (no Stripe call). A tenant's first paid module while its customer has no payment method goes through
     * a Stripe Checkout session: nothing is enabled before Stripe reports it completed.
     *
     * @param id         module id
     * @param returnBase the application's base address (Checkout returns to its Billing or Modules page)
     * @return what was enabled, or the Checkout page
     * @throws ApiProblem 402 when Stripe declines the payment (nothing enabled), 502 when Stripe fails
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Enabling enable(String id, String returnBase) {
        StripeGateway gateway = stripe.getIfAvailable();
        if (gateway == null) {
            return new Enabling(lifecycle.enable(id, false), null, List.of());
        }
        TenantRef tenant = TenantContext.tenant().orElseThrow();
        List<String> closure = lifecycle.closure(id).stream().map(InstalledModule::id).toList();
        Current current = tx.execute(s -> new Current(access.enabled(), store.customerId(tenant.id()),
                store.subscription(tenant.id(), false), store.activeMembers(tenant.id()), tenantName(tenant.id()),
                store.trials(tenant.id()).stream().map(BillingStore.TrialRow::moduleId).collect(Collectors.toSet())));
        List<String> paid = closure.stream().filter(m -> !current.enabled().contains(m) && properties.paid(m).isPresent())
                .toList();
        List<String> trials = paid.stream().filter(m -> properties.paid(m).orElseThrow().trialDays() > 0
                && !current.triedModules().contains(m)).toList();
        List<String> charged = paid.stream().filter(m -> !trials.contains(m)).toList();
        if (charged.isEmpty()) {
            return tx.execute(s -> {
                List<String> newlyEnabled = lifecycle.enable(id, false);
                startTrials(tenant, trials);
                return new Enabling(newlyEnabled, null, trials);
            });
        }
        Optional<SubscriptionRow> live = current.subscription().filter(s -> !ENDED.contains(s.status()));
        if (live.isPresent() && BLOCKED.contains(live.get().status())) {
            throw new ApiProblem(402, "The subscription is " + live.get().status() + ": pay the open invoice (Billing page) "
                    + "before adding a paid module");
        }
        String operation = UUID.randomUUID().toString();
        if (live.isEmpty() && (current.customer().isEmpty() || !gateway.hasPaymentMethod(current.customer().get()))) {
            return checkout(gateway, tenant, id, charged, current, operation, returnBase);
        }
        Added added = new Added();
        try {
            added.customer = current.customer().orElseThrow();
            String subscriptionId = live.map(SubscriptionRow::stripeId).orElse(null);
            for (String module : charged) {
                Price price = gateway.price(module, properties.lookupKey(module));
                long quantity = seats(module, current.members());
                String key = "tessera:" + tenant.id() + ":" + module + ":enable:" + operation;
                SubscriptionItem item;
                if (subscriptionId == null) {
                    added.subscription = gateway.createSubscription(added.customer, tenant, price.getId(), quantity, key);
                    subscriptionId = added.subscription.getId();
                    item = added.subscription.getItems().getData().getFirst();
                } else {
                    item = gateway.addItem(subscriptionId, price.getId(), quantity, key);
                }
                added.items.add(new ItemRow(module, item.getId(), price.getId(), price.getUnitAmount(), price.getCurrency(),
                        quantity, "ACTIVE"));
            }
        } catch (RuntimeException e) {
            undo(gateway, tenant, id, added, operation, e);
            throw e;
        }
        try {
            return tx.execute(s -> {
                List<String> newlyEnabled = lifecycle.enable(id, false);
                if (added.subscription != null) {
                    store.saveSubscription(tenant.id(), added.subscription.getId(), added.subscription.getStatus(),
                            0, null, null);
                }
                added.items.forEach(item -> store.saveItem(tenant.id(), item));
                startTrials(tenant, trials);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("modules", charged);
                details.put("items", added.items.stream().map(ItemRow::stripeItemId).toList());
                details.put("prices", added.items.stream().map(ItemRow::priceId).toList());
                audit.record("Billing", id, "MODULE_SUBSCRIBED", details);
                return new Enabling(newlyEnabled, null, trials);
            });
        } catch (RuntimeException e) {
            undo(gateway, tenant, id, added, operation, e);
            throw e;
        }
    }

    /**
     * The first paid module without a payment method: a Checkout session for the paid modules of the closure (the
     * customer created first if need be), remembered so that its completion enables exactly this.
     */
    private Enabling checkout(StripeGateway gateway, TenantRef tenant, String id, List<String> charged, Current current,
                              String operation, String returnBase) {
        if (returnBase == null || !(returnBase.startsWith("https://") || returnBase.startsWith("http://"))) {
            throw new IllegalArgumentException("Checkout needs the application's http(s) base address, not " + returnBase);
        }
        // the admin clicked again while a session for this module is open: the same page (no second subscription)
        Instant now = clock.instant();
        Optional<String> open = tx.execute(s -> store.openCheckouts(tenant.id())).stream()
                .filter(c -> c.moduleId().equals(id) && c.url() != null && c.createdAt().isAfter(now.minus(CHECKOUT_REUSE)))
                .map(BillingStore.CheckoutRow::url).findFirst();
        if (open.isPresent()) {
            return new Enabling(List.of(), open.get(), List.of());
        }
        String customer = current.customer().orElseGet(() -> gateway.createCustomer(tenant, current.name()));
        List<StripeGateway.Line> lines = new ArrayList<>();
        for (String module : charged) {
            lines.add(new StripeGateway.Line(gateway.price(module, properties.lookupKey(module)).getId(),
                    seats(module, current.members())));
        }
        String base = returnBase.endsWith("/") ? returnBase.substring(0, returnBase.length() - 1) : returnBase;
        Session session = gateway.checkout(customer, tenant, id, lines, base + "/admin/billing?checkout={CHECKOUT_SESSION_ID}",
                base + "/admin/modules", "tessera:" + tenant.id() + ":" + id + ":checkout:" + operation);
        tx.executeWithoutResult(s -> {
            if (current.customer().isEmpty()) {
                store.insertCustomer(tenant.id(), customer);
            }
            store.insertCheckout(tenant.id(), session.getId(), id, charged, session.getUrl(), clock.instant());
            audit.record("Billing", id, "CHECKOUT_STARTED", Map.of("session", session.getId(), "modules", charged));
        });
        return new Enabling(List.of(), session.getUrl(), List.of());
    }

    /** The quantity of a module's item: the active members for a per-seat module, else one. */
    private long seats(String module, long members) {
        return properties.paid(module).map(BillingProperties.PaidModule::perSeat).orElse(false) ? Math.max(1, members) : 1;
    }

    /** Starts the trials of modules just enabled (in the caller's transaction): no Stripe item until they end. */
    @SystemOnly("enable above and a completed checkout, in their transactions")
    void startTrials(TenantRef tenant, List<String> modules) {
        Instant now = clock.instant();
        for (String module : modules) {
            int days = properties.paid(module).orElseThrow().trialDays();
            Instant ends = now.plus(Duration.ofDays(days));
            store.insertTrial(tenant.id(), module, now, ends);
            audit.record("Billing", module, "TRIAL_STARTED", Map.of("days", days, "endsAt", ends.toString()));
        }
    }

    /**
     * Detaches the module (and with cascade its enabled dependents) for the current tenant, keeping their data, then
     * removes the paid ones' items from the subscription (unused time credited).
     *
     * @param id      module id
     * @param cascade whether enabled modules that require it are detached too
     * @return the detached modules, the module itself last
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public List<String> detach(String id, boolean cascade) {
        StripeGateway gateway = stripe.getIfAvailable();
        if (gateway == null) {
            return lifecycle.detach(id, cascade);
        }
        TenantRef tenant = TenantContext.tenant().orElseThrow();
        List<ItemRow> removing = new ArrayList<>();
        List<String> detached = tx.execute(s -> {
            List<String> modules = lifecycle.detach(id, cascade);
            for (ItemRow item : store.items(tenant.id())) {
                if (modules.contains(item.moduleId()) && "ACTIVE".equals(item.state())) {
                    ItemRow marked = new ItemRow(item.moduleId(), item.stripeItemId(), item.priceId(), item.unitAmount(),
                            item.currency(), item.quantity(), "REMOVING");
                    store.saveItem(tenant.id(), marked);
                    removing.add(marked);
                }
            }
            return modules;
        });
        for (ItemRow item : removing) {
            removeItem(gateway, tenant, item);
        }
        return detached;
    }

    /** Removes a detached module's item from Stripe and forgets it; when Stripe refuses, reconciliation tries again. */
    @SystemOnly("detach above (a call within the bean) and the daily reconciliation")
    void removeItem(StripeGateway gateway, TenantRef tenant, ItemRow item) {
        try {
            gateway.removeItem(item.stripeItemId(), true, "tessera:" + tenant.id() + ":" + item.moduleId() + ":detach:"
                    + item.stripeItemId());
        } catch (ApiProblem e) {
            log.error("Tenant {}: removing the item {} of module {} failed; the daily reconciliation retries it",
                    tenant.slug(), item.stripeItemId(), item.moduleId(), e);
            tx.executeWithoutResult(s -> audit.record("Billing", item.moduleId(), "MODULE_UNSUBSCRIBE_PENDING",
                    Map.of("item", item.stripeItemId(), "error", e.getMessage())));
            return;
        }
        tx.executeWithoutResult(s -> {
            store.deleteItem(tenant.id(), item.moduleId());
            audit.record("Billing", item.moduleId(), "MODULE_UNSUBSCRIBED", Map.of("item", item.stripeItemId()));
        });
    }

    /** Takes back in Stripe what an enable added before it failed (no proration: nothing was used). */
    private void undo(StripeGateway gateway, TenantRef tenant, String id, Added added, String operation, RuntimeException cause) {
        if (added.subscription == null && added.items.isEmpty()) {
            return;
        }
        String key = "tessera:" + tenant.id() + ":" + id + ":undo:" + operation;
        try {
            if (added.subscription != null) {
                gateway.cancel(added.subscription.getId(), key);
            } else {
                for (ItemRow item : added.items) {
                    gateway.removeItem(item.stripeItemId(), false, key + ":" + item.stripeItemId());
                }
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            log.error("Tenant {}: enabling '{}' failed and taking back its Stripe items {} failed too; the daily "
                    + "reconciliation removes them", tenant.slug(), id, added.items, e);
        }
        tx.executeWithoutResult(s -> audit.record("Billing", id, "MODULE_SUBSCRIPTION_UNDONE",
                Map.of("items", added.items.stream().map(ItemRow::stripeItemId).toList(),
                        "reason", String.valueOf(cause.getMessage()))));
    }

    private String tenantName(UUID tenant) {
        return jdbc.sql("select name from tenants where id = ?").param(tenant).query(String.class).single();
    }

    private record Current(Set<String> enabled, Optional<String> customer, Optional<SubscriptionRow> subscription,
                           long members, String name, Set<String> triedModules) {
    }

    /** What an enable added in Stripe so far. */
    private static final class Added {
        private String customer;
        private Subscription subscription;
        private final List<ItemRow> items = new ArrayList<>();
    }
}
