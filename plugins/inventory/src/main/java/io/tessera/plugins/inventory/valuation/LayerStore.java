package io.tessera.plugins.inventory.valuation;

import io.tessera.plugins.inventory.common.AppendOnly;
import io.tessera.plugins.inventory.common.Dialect;
import io.tessera.sdk.persistence.TenantJdbc;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The valuation's tables. A product's state row is the lock that serialises its valuations (locked in product id
 * order, so two validations never wait on each other crosswise); layers are appended, and only FIFO consumption
 * changes a layer's remaining quantity and value. Every statement names the tenant; writes are batched. Call inside
 * the validation's transaction.
 */
class LayerStore {

    private final TenantJdbc db;

    LayerStore(TenantJdbc db) {
        this.db = db;
    }

    /**
     * Locks the products' state rows (creating missing ones) in product id order and reads them.
     *
     * @param productIds the products
     * @return their states
     */
    Map<UUID, ProductState> lockStates(Collection<UUID> productIds) {
        List<UUID> sorted = productIds.stream().distinct().sorted().toList();
        db.jdbc().batchUpdate(Dialect.of(db).insertIfAbsent("inv_valuation_products",
                List.of("tenant_id", "product_id", "quantity", "amount", "last_unit_cost"), List.of("tenant_id", "product_id")),
                sorted.stream().map(p -> new Object[] {db.tenant(), p, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO}).toList());
        Map<UUID, ProductState> states = new HashMap<>();
        db.sql().sql("select product_id, quantity, amount, last_unit_cost from inv_valuation_products "
                        + "where tenant_id = :tenant and product_id in (:ids) order by product_id for update")
                .param("tenant", db.tenant()).param("ids", sorted)
                .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), new ProductState(rs.getBigDecimal(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4))))
                .list().forEach(e -> states.put(e.getKey(), e.getValue()));
        return states;
    }

    /**
     * The open FIFO layers of products, oldest first.
     *
     * @param productIds the products
     * @return open layers per product (a product without any is absent)
     */
    Map<UUID, List<OpenLayer>> openLayers(Collection<UUID> productIds) {
        Map<UUID, List<OpenLayer>> open = new HashMap<>();
        if (productIds.isEmpty()) {
            return open;
        }
        db.sql().sql("select product_id, id, remaining_qty, remaining_value from inv_valuation_layers "
                        + "where tenant_id = :tenant and product_id in (:ids) and remaining_qty <> 0 order by product_id, seq")
                .param("tenant", db.tenant()).param("ids", List.copyOf(productIds))
                .query((rs, i) -> {
                    open.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new OpenLayer(rs.getObject(2, UUID.class), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                    return null;
                }).list();
        return open;
    }

    /**
     * The incoming or outgoing layer of each of the given moves (what a return is valued against).
     *
     * @param moveIds the original moves
     * @return per move: its layer id and unit cost (moves without a layer are absent)
     */
    Map<UUID, OriginalLayer> originals(Collection<UUID> moveIds) {
        Map<UUID, OriginalLayer> found = new LinkedHashMap<>();
        if (moveIds.isEmpty()) {
            return found;
        }
        db.sql().sql("select move_id, id, quantity, amount from inv_valuation_layers "
                        + "where tenant_id = :tenant and move_id in (:ids) and kind in ('IN', 'OUT')")
                .param("tenant", db.tenant()).param("ids", List.copyOf(moveIds))
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                    rs.getBigDecimal(3), rs.getBigDecimal(4)})
                .list().forEach(r -> found.put((UUID) r[0], new OriginalLayer((UUID) r[1],
                        CostMath.unitCost(((BigDecimal) r[3]).abs(), ((BigDecimal) r[2]).abs()))));
        return found;
    }

    /** A move's layer and the unit cost it was valued at. */
    record OriginalLayer(UUID layerId, BigDecimal unitCost) {
    }

    /**
     * Appends layers (in list order, which is their FIFO order) and records what consumption took from open layers,
     * and the products' new states, in three batches.
     *
     * @param layers   the new layers
     * @param takes    what was taken from layers open before
     * @param states   the products' states after
     * @param entryId  the journal entry they were posted with, or {@code null}
     * @param source   the stock document's kind
     * @param sourceId the stock document
     */
    void write(List<Layer> layers, List<Take> takes, Map<UUID, ProductState> states, UUID entryId, String source,
               UUID sourceId) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>(layers.size());
        for (Layer l : layers) {
            rows.add(new Object[] {db.tenant(), l.id(), l.moveId(), l.productId(), l.date(), now, l.kind(), l.costMethod(),
                l.counterpart(), l.quantity(), l.unitCost(), l.value(), l.remainingQty(), l.remainingValue(), l.variance(),
                l.inventoryAccount(), entryId, source, sourceId});
        }
        db.jdbc().batchUpdate("insert into inv_valuation_layers (tenant_id, id, move_id, product_id, layer_date, created_at, "
                + "kind, cost_method, counterpart, quantity, unit_cost, amount, remaining_qty, remaining_value, variance, "
                + "inventory_account, entry_id, source, source_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        if (!takes.isEmpty()) {
            // only towards zero, never past it (the PostgreSQL trigger's rule, checked here on every database)
            int[] counts = db.jdbc().batchUpdate("update inv_valuation_layers set remaining_qty = remaining_qty - ?, "
                    + "remaining_value = remaining_value - ? where tenant_id = ? and id = ? and remaining_qty is not null "
                    + "and sign(remaining_qty - ?) * sign(remaining_qty) >= 0 and abs(remaining_qty - ?) <= abs(remaining_qty)",
                    takes.stream().map(t -> new Object[] {t.quantity(), t.value(), db.tenant(), t.layerId(), t.quantity(),
                        t.quantity()}).toList());
            AppendOnly.requireEachChanged(counts, i -> "valuation layer " + takes.get(i).layerId());
        }
        db.jdbc().batchUpdate("update inv_valuation_products set quantity = ?, amount = ?, last_unit_cost = ? "
                        + "where tenant_id = ? and product_id = ?",
                states.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> new Object[] {e.getValue().quantity(),
                    e.getValue().value(), e.getValue().lastUnitCost(), db.tenant(), e.getKey()}).toList());
    }
}
