package io.tessera.plugins.sales.order;

import io.tessera.plugins.accounting.api.Invoicing;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Customer credit limits: confirming an order whose total, with the customer's open receivables in accounting (every
 * invoice of the party, whichever module made it, drafts with their total, less open credit notes) and the not yet
 * invoiced part of its open orders (returned quantities left out), would exceed its limit is refused (409) unless the user holds
 * {@code sales.override-credit}. Only amounts in the limit's currency count.
 */
class CreditCheck {

    static final String OVERRIDE = "sales.override-credit";

    private final TenantJdbc db;
    private final ModuleServices modules;
    private final CurrentUser user;

    CreditCheck(TenantJdbc db, ModuleServices modules, CurrentUser user) {
        this.db = db;
        this.modules = modules;
        this.user = user;
    }

    /** A party's limit and how much of it is used. */
    record Usage(BigDecimal limit, String currency, BigDecimal openReceivables, BigDecimal openOrders) {
        BigDecimal used() {
            return openReceivables.add(openOrders);
        }
    }

    /** Refuses an order of {@code total} that would take the party over its limit (unless the user may override). */
    void check(UUID partyId, String currency, BigDecimal total) {
        Optional<Usage> usage = usage(partyId);
        if (usage.isEmpty() || !usage.get().currency().equals(currency)) {
            return;
        }
        Usage u = usage.get();
        BigDecimal after = u.used().add(total);
        if (after.compareTo(u.limit()) > 0 && !user.hasPermission(OVERRIDE)) {
            throw new ApiProblem(409, "Credit limit exceeded: the customer's limit is " + plain(u.limit()) + " " + currency
                    + "; open receivables " + plain(u.openReceivables()) + " and open orders " + plain(u.openOrders())
                    + " plus this order's " + plain(total) + " make " + plain(after)
                    + ". Someone holding sales.override-credit can confirm it.", List.of(),
                    Map.of("creditLimit", u.limit(), "creditUsed", u.used(), "orderTotal", total));
        }
    }

    /** The party's limit and usage, or empty when it has no limit. */
    Optional<Usage> usage(UUID partyId) {
        Optional<Map.Entry<BigDecimal, String>> limit = db.sql().sql("select credit_limit, currency from sal_credit_limits "
                        + "where tenant_id = ? and party_id = ?")
                .params(db.tenant(), partyId)
                .query((rs, n) -> Map.entry(rs.getBigDecimal(1), rs.getString(2))).optional();
        if (limit.isEmpty()) {
            return Optional.empty();
        }
        String currency = limit.get().getValue();
        BigDecimal openOrders = db.sql().sql("""
                        select coalesce(sum((l.ordered - l.returned - l.invoiced + l.credited) * l.base_unit_price * (100 + l.tax_rate) / 100), 0)
                          from sal_order_lines l join sal_orders o on o.tenant_id = l.tenant_id and o.id = l.order_id
                         where o.tenant_id = ? and o.party_id = ? and o.state = 'OPEN' and o.currency = ?""")
                .params(db.tenant(), partyId, currency).query(BigDecimal.class).single();
        // every open receivable of the party in accounting, whichever module made the invoice (drafts with their total)
        Invoicing invoicing = modules.find(Invoicing.class).orElseThrow(() -> ApiProblem.conflict("Accounting is not enabled"));
        BigDecimal receivables = invoicing.openReceivables(partyId).getOrDefault(currency, BigDecimal.ZERO);
        return Optional.of(new Usage(limit.get().getKey(), currency, receivables, openOrders.setScale(2, RoundingMode.HALF_UP)));
    }

    /** Sets (or, with {@code null}, removes) a party's credit limit. */
    @RequiresPermission("sales.manage")
    void set(UUID partyId, BigDecimal limit, String currency) {
        db.sql().sql("delete from sal_credit_limits where tenant_id = ? and party_id = ?").params(db.tenant(), partyId).update();
        if (limit != null) {
            db.sql().sql("insert into sal_credit_limits (tenant_id, party_id, credit_limit, currency) values (?, ?, ?, ?)")
                    .params(db.tenant(), partyId, limit, currency).update();
        }
    }

    private static String plain(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
