package io.tessera.plugins.inventory.replenishment;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.SupplierInfo;
import io.tessera.plugins.inventory.api.Replenishment;
import io.tessera.plugins.inventory.api.ReplenishmentSuggestion;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The published {@link Replenishment}: for each rule whose projected stock is below its minimum, order up to the
 * maximum rounded up to the rule's multiple; with a preferred supplier, that quantity in the supplier's unit raised to
 * its minimum and rounded up to its order multiple, and the supplier's lead time. Figures come from one query for all
 * rules; catalog is asked for the products in one call and for suppliers only of the products to order.
 */
public class Planner implements Replenishment {

    private final TenantJdbc db;
    private final RuleStock stock;
    private final Suppliers suppliers;
    private final Catalog catalog;
    private final Warehouses warehouses;

    Planner(TenantJdbc db, RuleStock stock, Suppliers suppliers, Catalog catalog, Warehouses warehouses) {
        this.db = db;
        this.stock = stock;
        this.suppliers = suppliers;
        this.catalog = catalog;
        this.warehouses = warehouses;
    }

    @Override
    public Map<UUID, java.math.BigDecimal> minimums(UUID warehouseId) {
        return db.tx().read(() -> {
            UUID warehouse = warehouseId == null ? warehouses.defaultWarehouse().id() : warehouses.find(warehouseId)
                    .orElseThrow(() -> FieldErrors.notFound("warehouseId", "Warehouse", warehouseId)).id();
            Map<UUID, java.math.BigDecimal> result = new java.util.HashMap<>();
            db.sql().sql("select product_id, min_qty from inv_reorder_rules where tenant_id = ? and warehouse_id = ?")
                    .param(db.tenant()).param(warehouse)
                    .query((java.sql.ResultSet rs) -> {
                        result.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
                    });
            return result;
        });
    }

    @Override
    public List<ReplenishmentSuggestion> suggestions(UUID warehouseId) {
        return db.tx().read(() -> {
            if (warehouseId != null && warehouses.find(warehouseId).isEmpty()) {
                throw FieldErrors.notFound("warehouseId", "Warehouse", warehouseId);
            }
            List<RuleFigures> below = stock.figures(warehouseId).stream()
                    .filter(f -> f.projected().compareTo(f.rule().min()) < 0).toList();
            if (below.isEmpty()) {
                return List.of();
            }
            Map<UUID, ProductInfo> products = catalog.products(below.stream().map(f -> f.rule().productId()).distinct().toList());
            List<ReplenishmentSuggestion> out = new ArrayList<>(below.size());
            for (RuleFigures f : below) {
                ProductInfo product = products.get(f.rule().productId());
                if (product != null && product.active()) {
                    out.add(suggest(f, product));
                }
            }
            return out;
        });
    }

    private ReplenishmentSuggestion suggest(RuleFigures f, ProductInfo product) {
        ReorderRule rule = f.rule();
        BigDecimal quantity = OrderQuantity.roundUp(rule.max().subtract(f.projected()), rule.multiple());
        Optional<SupplierInfo> supplier = suppliers.preferred(rule.productId());
        UUID supplierId = null;
        BigDecimal supplierQuantity = null;
        String supplierUom = null;
        int lead = rule.leadTimeDays();
        if (supplier.isPresent()) {
            SupplierInfo s = supplier.get();
            supplierId = s.partyId();
            supplierUom = s.uom();
            supplierQuantity = OrderQuantity.forSupplier(suppliers.convert(quantity, product.baseUom(), s.uom()),
                    s.minimumQuantity(), s.orderMultiple());
            quantity = suppliers.convert(supplierQuantity, s.uom(), product.baseUom());
            lead = s.leadTimeDays();
        }
        return new ReplenishmentSuggestion(rule.id(), rule.productId(), rule.warehouseId(), f.onHand(), f.reserved(),
                f.incoming(), f.outgoing(), f.projected(), rule.min(), rule.max(), quantity, supplierId,
                supplierQuantity, supplierUom, lead);
    }
}
