package io.tessera.tenants.billing;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.tenancy.TransactionSettings;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.tenants.billing.BillingStore.ItemRow;
import io.tessera.tenants.billing.BillingStore.SubscriptionRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import com.stripe.model.Price;
import io.tessera.sdk.web.ApiProblem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** What billing shows: the tenant admin's plan, and the platform operator's overview across tenants. */
@Service
public class BillingOverview {

    /**
     * The tenant's billing.
     *
     * @param billingEnabled   whether billing is on for this server
     * @param status           the subscription's Stripe status, or {@code null} without one
     * @param pastDueSince     since when a payment is missing
     * @param graceUntil       when paid modules are detached unless paid (past due only)
     * @param currentPeriodEnd when the current period ends (the next invoice)
     * @param modules          the paid modules the tenant has, with prices in minor units
     * @param lapsed           modules a lapse detached, enabled again once paid
     * @param trials           the modules on trial now
     * @param checkoutPending  modules waiting for a Stripe Checkout session to complete
     */
    public record TenantBilling(boolean billingEnabled, String status, Instant pastDueSince, Instant graceUntil,
                                Instant currentPeriodEnd, List<PaidItem> modules, List<String> lapsed, List<Trial> trials,
                                List<String> checkoutPending) {
    }

    /**
     * A paid module on trial: no charge until it ends; then it is billed, or detached (data kept) without a payment
     * method.
     *
     * @param module   module id
     * @param endsAt   when the trial ends
     * @param daysLeft days left, a started day counting as one (0 once it has ended)
     */
    public record Trial(String module, Instant endsAt, long daysLeft) {
    }

    /**
     * A paid module of a tenant.
     *
     * @param module     module id
     * @param unitAmount price per unit in the currency's minor units
     * @param currency   ISO currency, lower case as Stripe has it
     * @param quantity   units (seats for a per-seat module)
     * @param removing   whether the admin detached it and Stripe has not confirmed the removal yet
     */
    public record PaidItem(String module, Long unitAmount, String currency, long quantity, boolean removing) {
    }

    /**
     * One tenant in the platform overview.
     *
     * @param slug   tenant
     * @param status subscription status
     * @param mrr    monthly amount in minor units, per currency of its items (one currency per tenant in practice)
     */
    public record TenantLine(String slug, String status, long mrr, String currency) {
    }

    /**
     * Monthly recurring revenue of a module.
     *
     * @param module   module id
     * @param currency currency
     * @param amount   minor units
     * @param tenants  tenants paying it
     */
    public record ModuleRevenue(String module, String currency, long amount, long tenants) {
    }

    /**
     * The platform overview.
     *
     * @param tenants tenants with a subscription
     * @param modules revenue per module
     */
    public record Platform(List<TenantLine> tenants, List<ModuleRevenue> modules) {
    }

    /**
     * The price of a paid module, as Stripe has it.
     *
     * @param module     module id
     * @param unitAmount minor units per unit
     * @param currency   ISO currency, lower case
     * @param interval   billing interval (month, year)
     * @param perSeat    whether the quantity is the tenant's active members
     */
    public record ModulePrice(String module, Long unitAmount, String currency, String interval, boolean perSeat) {
    }

    private static final Duration PRICE_CACHE = Duration.ofMinutes(10);

    private final ObjectProvider<StripeGateway> stripe;
    /** Prices are the platform's catalogue, the same for every tenant. */
    private final Map<String, Cached> prices = new ConcurrentHashMap<>();

    private record Cached(ModulePrice price, Instant until) {
    }

    private final ModuleBilling billing;
    private final BillingProperties properties;
    private final TransactionTemplate tx;
    private final TransactionSettings settings;
    private final JdbcClient jdbc;
    private final BillingStore store;
    private final Clock clock = Clock.systemUTC();

    BillingOverview(ModuleBilling billing, BillingProperties properties, TransactionTemplate tx, TransactionSettings settings,
                    JdbcClient jdbc, ObjectProvider<StripeGateway> stripe) {
        this.billing = billing;
        this.stripe = stripe;
        this.properties = properties;
        this.tx = tx;
        this.settings = settings;
        this.jdbc = jdbc;
        this.store = new BillingStore(jdbc);
    }

    /**
     * The current tenant's billing.
     *
     * @return plan, status, grace, modules
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public TenantBilling tenant() {
        UUID tenant = TenantContext.tenant().map(TenantRef::id).orElseThrow();
        return tx.execute(s -> {
            Optional<SubscriptionRow> subscription = store.subscription(tenant, false);
            Instant pastDue = subscription.map(SubscriptionRow::pastDueSince).orElse(null);
            Instant graceUntil = pastDue == null ? null : pastDue.plus(Duration.ofDays(properties.graceDays()));
            List<PaidItem> items = store.items(tenant).stream().map(BillingOverview::paid).toList();
            Instant now = clock.instant();
            List<Trial> trials = store.trials(tenant).stream().filter(t -> t.outcome() == null)
                    .map(t -> new Trial(t.moduleId(), t.endsAt(), daysLeft(now, t.endsAt()))).toList();
            List<String> pending = store.openCheckouts(tenant).stream().map(BillingStore.CheckoutRow::moduleId).distinct()
                    .toList();
            return new TenantBilling(billing.enabled(), subscription.map(SubscriptionRow::status).orElse(null), pastDue,
                    graceUntil, subscription.map(SubscriptionRow::currentPeriodEnd).orElse(null), items, store.lapsed(tenant),
                    trials, pending);
        });
    }

    /**
     * Every tenant's subscription status and monthly amount, and the monthly revenue per module (items of active,
     * trialing and past-due subscriptions).
     *
     * @return the overview
     */
    @RequiresPermission(KernelPermissions.PLATFORM)
    public Platform platform() {
        return TenantContext.callWithoutTenant(() -> tx.execute(s -> {
            settings.setLocal("app.scheduler", "on");
            List<TenantLine> tenants = jdbc.sql("""
                            select t.slug, s.status, coalesce(sum(i.unit_amount * i.quantity), 0), min(i.currency)
                              from billing_subscriptions s join tenants t on t.id = s.tenant_id
                              left join billing_items i on i.tenant_id = s.tenant_id and i.state = 'ACTIVE'
                             group by t.slug, s.status order by t.slug""")
                    .query((rs, row) -> new TenantLine(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                    .list();
            List<ModuleRevenue> modules = jdbc.sql("""
                            select i.module_id, i.currency, sum(i.unit_amount * i.quantity), count(distinct i.tenant_id)
                              from billing_items i join billing_subscriptions s on s.tenant_id = i.tenant_id
                             where i.state = 'ACTIVE' and s.status in ('active', 'trialing', 'past_due')
                             group by i.module_id, i.currency order by i.module_id, i.currency""")
                    .query((rs, row) -> new ModuleRevenue(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                    .list();
            return new Platform(tenants, modules);
        }));
    }

    /**
     * The prices of the paid modules (for the marketplace), cached for ten minutes; empty while billing is off.
     *
     * @return prices by module id
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Map<String, ModulePrice> prices() {
        StripeGateway gateway = stripe.getIfAvailable();
        if (gateway == null) {
            return Map.of();
        }
        Map<String, ModulePrice> found = new TreeMap<>();
        Instant now = Instant.now();
        for (Map.Entry<String, BillingProperties.PaidModule> module : properties.modules().entrySet()) {
            Cached cached = prices.get(module.getKey());
            if (cached == null || cached.until().isBefore(now)) {
                Price price = gateway.price(module.getKey(), properties.lookupKey(module.getKey()));
                cached = new Cached(new ModulePrice(module.getKey(), price.getUnitAmount(), price.getCurrency(),
                        price.getRecurring() == null ? null : price.getRecurring().getInterval(), module.getValue().perSeat()),
                        now.plus(PRICE_CACHE));
                prices.put(module.getKey(), cached);
            }
            found.put(module.getKey(), cached.price());
        }
        return found;
    }

    /**
     * A Stripe Billing Portal address for the tenant (payment methods, invoices), returning to the given address.
     *
     * @param returnUrl where the portal sends the admin back
     * @return the portal address
     * @throws ApiProblem 409 while billing is off or the tenant has no Stripe customer yet
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public String portal(String returnUrl) {
        StripeGateway gateway = stripe.getIfAvailable();
        if (gateway == null) {
            throw ApiProblem.conflict("Billing is off on this server");
        }
        if (returnUrl == null || !(returnUrl.startsWith("https://") || returnUrl.startsWith("http://"))) {
            throw ApiProblem.invalid("returnUrl", "must be an http(s) address");
        }
        UUID tenant = TenantContext.tenant().map(TenantRef::id).orElseThrow();
        String customer = tx.execute(s -> store.customerId(tenant)).orElseThrow(() ->
                ApiProblem.conflict("No paid module yet: the billing portal opens once the first one is enabled"));
        return gateway.portal(customer, returnUrl);
    }

    /** Days from now until the end, a started day counting as one (1 on the last day; 0 once it has ended). */
    static long daysLeft(Instant now, Instant end) {
        long seconds = Duration.between(now, end).toSeconds();
        return seconds <= 0 ? 0 : (seconds + 86_399) / 86_400;
    }

    private static PaidItem paid(ItemRow item) {
        return new PaidItem(item.moduleId(), item.unitAmount(), item.currency(), item.quantity(), "REMOVING".equals(item.state()));
    }
}
