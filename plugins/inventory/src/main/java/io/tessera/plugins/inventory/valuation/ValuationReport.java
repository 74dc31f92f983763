package io.tessera.plugins.inventory.valuation;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.common.Numbers;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The stock valuation as of a date (sums of the layers dated on or before it, per product, paged by product id) and
 * its reconciliation with the ledger: per stock account, the layers' value against the account's posted balance.
 * Reads only; call inside a transaction.
 */
public class ValuationReport {

    private final TenantJdbc db;
    private final Catalog catalog;
    private final ObjectProvider<GeneralLedger> ledger;

    ValuationReport(TenantJdbc db, Catalog catalog, ObjectProvider<GeneralLedger> ledger) {
        this.db = db;
        this.catalog = catalog;
        this.ledger = ledger;
    }

    /**
     * One product's stock and value.
     *
     * @param productId the product
     * @param sku       its SKU
     * @param name      its name
     * @param quantity  quantity in its base unit
     * @param value     value in the base currency
     */
    public record Line(UUID productId, String sku, String name, BigDecimal quantity, BigDecimal value) {
    }

    /**
     * A page of the valuation.
     *
     * @param asOf       the date
     * @param lines      products with stock or value, by product id
     * @param totalValue the value of all products (not only this page's)
     * @param products   how many products have stock or value
     * @param next       the {@code after} of the next page, or {@code null} on the last one
     */
    public record Page(LocalDate asOf, List<Line> lines, BigDecimal totalValue, long products, UUID next) {
    }

    /**
     * A page of the valuation as of a date, with the totals over all products.
     *
     * @param asOf  the date
     * @param after the last product id of the previous page, or null
     * @param size  the page size
     * @return the page
     */
    public Page valuation(LocalDate asOf, UUID after, int size) {
        List<Object[]> rows = db.sql().sql("""
                        select product_id, sum(quantity), sum(amount) from inv_valuation_layers
                         where tenant_id = :tenant and layer_date <= :asOf and (cast(:after as uuid) is null or product_id > :after)
                         group by product_id having sum(quantity) <> 0 or sum(amount) <> 0
                         order by product_id limit :limit
                        """)
                .param("tenant", db.tenant()).param("asOf", asOf).param("after", after).param("limit", size + 1)
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getBigDecimal(2), rs.getBigDecimal(3)})
                .list();
        UUID next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = (UUID) rows.getLast()[0];
        }
        Set<UUID> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add((UUID) r[0]));
        Map<UUID, ProductInfo> products = ids.isEmpty() ? Map.of() : catalog.products(ids);
        int digits = digits();
        List<Line> lines = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            ProductInfo p = products.get((UUID) r[0]);
            lines.add(new Line((UUID) r[0], p == null ? null : p.sku(), p == null ? null : p.name(), Numbers.quantity((BigDecimal) r[1]),
                    Numbers.amount((BigDecimal) r[2], digits)));
        }
        Object[] totals = db.sql().sql("""
                        select coalesce(sum(v), 0), count(*) from (
                          select sum(amount) as v from inv_valuation_layers where tenant_id = :tenant and layer_date <= :asOf
                           group by product_id having sum(quantity) <> 0 or sum(amount) <> 0) t
                        """)
                .param("tenant", db.tenant()).param("asOf", asOf)
                .query((rs, i) -> new Object[] {rs.getBigDecimal(1), rs.getLong(2)}).single();
        return new Page(asOf, lines, Numbers.amount((BigDecimal) totals[0], digits), (Long) totals[1], next);
    }

    /** The base currency's minor-unit digits (those the layers are rounded to), 2 without accounting. */
    private int digits() {
        GeneralLedger general = ledger.getIfAvailable();
        return (general == null ? Optional.<LedgerBooks>empty() : general.books()).map(LedgerBooks::digits).orElse(2);
    }

    /**
     * One stock account in the reconciliation.
     *
     * @param account       the account code
     * @param layersValue   the sum of the layers booked to it
     * @param ledgerBalance its posted balance (debit minus credit)
     * @param difference    ledger balance minus layers value: zero when they agree
     */
    public record AccountLine(String account, BigDecimal layersValue, BigDecimal ledgerBalance, BigDecimal difference) {
    }

    /**
     * The reconciliation.
     *
     * @param asOf          the date
     * @param accounts      per stock account
     * @param unpostedValue the value of layers written while accounting was not enabled (on no account)
     * @param agree         whether every account's difference is zero
     */
    public record Reconciliation(LocalDate asOf, List<AccountLine> accounts, BigDecimal unpostedValue, boolean agree) {
    }

    /**
     * The layers against the stock accounts' ledger balances as of a date.
     *
     * @param asOf the date
     * @return the reconciliation
     * @throws ApiProblem 409 when accounting is not enabled for the tenant
     */
    public Reconciliation reconciliation(LocalDate asOf) {
        GeneralLedger general = ledger.getIfAvailable();
        Optional<LedgerBooks> books = general == null ? Optional.empty() : general.books();
        if (books.isEmpty()) {
            throw ApiProblem.conflict("Accounting is not enabled for this tenant: there is no ledger to reconcile the "
                    + "stock valuation with");
        }
        Map<String, BigDecimal> layers = new LinkedHashMap<>();
        BigDecimal[] unposted = {BigDecimal.ZERO};
        db.sql().sql("""
                        select inventory_account, sum(amount) from inv_valuation_layers
                         where tenant_id = :tenant and layer_date <= :asOf group by inventory_account order by inventory_account
                        """)
                .param("tenant", db.tenant()).param("asOf", asOf)
                .query((rs, i) -> {
                    if (rs.getString(1) == null) {
                        unposted[0] = rs.getBigDecimal(2);
                    } else {
                        layers.put(rs.getString(1), rs.getBigDecimal(2));
                    }
                    return null;
                }).list();
        layers.putIfAbsent(books.get().code(null, StockAccount.INVENTORY), BigDecimal.ZERO);
        Map<String, BigDecimal> balances = books.get().balances(layers.keySet(), asOf);
        List<AccountLine> lines = new ArrayList<>();
        boolean agree = true;
        for (Map.Entry<String, BigDecimal> e : layers.entrySet()) {
            BigDecimal balance = balances.getOrDefault(e.getKey(), BigDecimal.ZERO);
            BigDecimal difference = balance.subtract(e.getValue());
            agree &= difference.signum() == 0;
            int digits = books.get().digits();
            lines.add(new AccountLine(e.getKey(), Numbers.amount(e.getValue(), digits), Numbers.amount(balance, digits),
                    Numbers.amount(difference, digits)));
        }
        return new Reconciliation(asOf, lines, Numbers.amount(unposted[0], books.get().digits()), agree);
    }
}
