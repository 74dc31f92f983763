package io.tessera.plugins.purchasing.replenish;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.Products;
import io.tessera.plugins.catalog.api.SupplierInfo;
import io.tessera.plugins.catalog.api.Units;
import io.tessera.plugins.purchasing.common.PurchasingPermissions;
import io.tessera.plugins.purchasing.order.OrderStore;
import io.tessera.plugins.purchasing.order.OrderView;
import io.tessera.plugins.purchasing.order.Orders;
import io.tessera.plugins.purchasing.order.Requests;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.security.SystemOnly;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns reorder suggestions into draft purchase orders, one per preferred supplier, each line in the supplier's unit at
 * its price, raised to its minimum quantity and rounded up to its order multiple. Idempotent: what open orders bring
 * that inventory does not count as incoming yet (drafts; confirmed orders are expected receipts in inventory) is netted
 * first, under a lock on the tenant's purchasing
 * settings, so running it twice — or concurrently, or on a repeated event — drafts nothing more.
 */
public class DraftOrders {

    private final TenantJdbc db;
    private final ModuleServices services;
    private final SuggestionSource source;
    private final Orders orders;
    private final OrderStore store;

    DraftOrders(TenantJdbc db, ModuleServices services, SuggestionSource source, Orders orders, OrderStore store) {
        this.db = db;
        this.services = services;
        this.source = source;
        this.orders = orders;
        this.store = store;
    }

    /**
     * Drafts orders for inventory's current suggestions.
     *
     * @return the orders drafted and the products skipped
     */
    @RequiresPermission(PurchasingPermissions.WRITE)
    public Drafted draft() {
        return db.tx().write(() -> {
            List<Suggestion> suggestions = source.suggestions().orElseThrow(() -> ApiProblem.conflict(
                    "Replenishment needs the inventory module: enable it to get reorder suggestions"));
            return run(suggestions);
        });
    }

    /**
     * Drafts orders for the suggestions of a {@code ReplenishmentSuggested} event.
     *
     * @param suggestions the event's suggestions
     * @return the orders drafted and the products skipped
     */
    @SystemOnly("the ReplenishmentSuggested event delivery")
    Drafted fromEvent(List<Suggestion> suggestions) {
        return db.tx().write(() -> run(suggestions));
    }

    private Drafted run(List<Suggestion> suggestions) {
        db.sql().sql("select tenant_id from pur_settings where tenant_id = ? for update").param(db.tenant())
                .query(UUID.class).optional();
        List<UUID> productIds = suggestions.stream().map(Suggestion::productId).distinct().toList();
        Map<UUID, BigDecimal> open = onOrder(productIds);
        Map<UUID, ProductInfo> products = products().findAll(productIds);
        Map<UUID, List<Requests.Line>> bySupplier = new LinkedHashMap<>();
        List<Drafted.Skipped> skipped = new ArrayList<>();
        for (Suggestion s : suggestions) {
            ProductInfo product = products.get(s.productId());
            if (product == null) {
                continue;
            }
            if (s.supplierId() == null) {
                skipped.add(new Drafted.Skipped(s.productId(), product.sku() + " has no supplier in the catalog"));
                continue;
            }
            BigDecimal onOrder = open.getOrDefault(s.productId(), BigDecimal.ZERO);
            BigDecimal needed = s.quantity().subtract(onOrder);
            if (needed.signum() <= 0) {
                skipped.add(new Drafted.Skipped(s.productId(), product.sku() + " is already on order ("
                        + onOrder.stripTrailingZeros().toPlainString() + " " + product.baseUom() + ")"));
                continue;
            }
            BigDecimal quantity = onOrder.signum() == 0 && s.supplierQuantity() != null ? s.supplierQuantity()
                    : supplierQuantity(product, s, needed);
            bySupplier.computeIfAbsent(s.supplierId(), k -> new ArrayList<>())
                    .add(new Requests.Line(s.productId(), quantity, s.supplierUom(), null, null));
        }
        List<OrderView> created = new ArrayList<>();
        for (Map.Entry<UUID, List<Requests.Line>> e : bySupplier.entrySet()) {
            UUID id = orders.insert(new Requests.Order(e.getKey(), null, LocalDate.now(), "Drafted from reorder suggestions",
                    e.getValue()));
            created.add(store.find(id));
        }
        return new Drafted(created, skipped);
    }

    /**
     * Σ ordered − received per product of what inventory's suggestions do not count yet, in one query: draft orders, and
     * confirmed lines inventory does not expect (confirmed orders announce their stocked lines as expected receipts, which
     * inventory counts as incoming — netting them here too would count them twice).
     */
    private Map<UUID, BigDecimal> onOrder(List<UUID> productIds) {
        Map<UUID, BigDecimal> open = new HashMap<>();
        if (productIds.isEmpty()) {
            return open;
        }
        Object[] ids = productIds.toArray();
        db.sql().sql("""
                        select l.product_id, sum(l.base_qty - l.received_qty) as open_qty
                        from pur_order_lines l join pur_orders o on o.tenant_id = l.tenant_id and o.id = l.order_id
                        where l.tenant_id = ? and l.product_id = any(?)
                          and (o.state = 'DRAFT' or (o.state = 'CONFIRMED' and (o.expected_receipt_id is null or not l.stocked)))
                        group by l.product_id""")
                .param(db.tenant()).param(db.jdbc().execute((java.sql.Connection c) -> c.createArrayOf("uuid", ids)))
                .query((rs, n) -> open.put(rs.getObject("product_id", UUID.class), rs.getBigDecimal("open_qty"))).list();
        return open;
    }

    /** The still-needed base quantity in the supplier's unit, raised to its minimum and rounded up to its multiple. */
    private BigDecimal supplierQuantity(ProductInfo product, Suggestion s, BigDecimal needed) {
        SupplierInfo supplier = products().suppliers(product.id()).stream()
                .filter(i -> i.partyId().equals(s.supplierId())).findFirst().orElse(null);
        String uom = s.supplierUom() != null ? s.supplierUom() : product.purchaseUom();
        BigDecimal q = uom.equals(product.baseUom()) ? needed : units().convert(needed, product.baseUom(), uom, 6);
        if (supplier == null) {
            return q;
        }
        if (supplier.minimumQuantity() != null && q.compareTo(supplier.minimumQuantity()) < 0) {
            q = supplier.minimumQuantity();
        }
        BigDecimal multiple = supplier.orderMultiple();
        if (multiple != null && multiple.signum() > 0) {
            q = q.divide(multiple, 0, RoundingMode.CEILING).multiply(multiple);
        }
        return q;
    }

    private Products products() {
        return services.find(Products.class).orElseThrow(() -> new IllegalStateException(
                "The catalog module is not enabled for this tenant, although purchasing requires it"));
    }

    private Units units() {
        return services.find(Units.class).orElseThrow(() -> new IllegalStateException(
                "The catalog module is not enabled for this tenant, although purchasing requires it"));
    }
}
