package io.tessera.plugins.mrp.planning;

import io.tessera.plugins.mrp.common.Numbers;
import io.tessera.plugins.mrp.production.ManufacturingOrders;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Planned orders of the current tenant: listed by run and product (keyset), confirmed one at a time — a {@code make}
 * one becomes a confirmed manufacturing order, a {@code buy} one a draft purchase order when purchasing is there;
 * either way it is confirmed, so later runs keep it.
 */
public class PlannedOrders {

    private static final int MAX_PAGE = 500;

    private final TenantJdbc db;
    private final ManufacturingOrders orders;
    private final Purchasing purchasing;

    PlannedOrders(TenantJdbc db, ManufacturingOrders orders) {
        this.db = db;
        this.orders = orders;
        this.purchasing = new Purchasing.None();
    }

    /**
     * Planned orders by id, a page at a time.
     *
     * @param runId     only this run's, or {@code null}
     * @param productId only this product's, or {@code null}
     * @param after     the last id of the previous page, or {@code null}
     * @param size      the page size (at most 500)
     * @return the planned orders with their pegs
     */
    public List<PlannedOrder> list(UUID runId, UUID productId, UUID after, int size) {
        return db.tx().read(() -> {
            List<UUID> ids = db.sql().sql("""
                    select id from mrp_planned_orders where tenant_id = ? and (cast(? as uuid) is null or run_id = ?)
                      and (cast(? as uuid) is null or product_id = ?) and (cast(? as uuid) is null or id > ?)
                    order by id fetch first %d rows only""".formatted(Math.clamp(size, 1, MAX_PAGE)))
                    .param(db.tenant()).param(runId).param(runId).param(productId).param(productId).param(after)
                    .param(after).query(UUID.class).list();
            return load(ids);
        });
    }

    /** Planned orders by id with their pegs, in id order: two queries. */
    private List<PlannedOrder> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, PlannedOrder> found = new LinkedHashMap<>();
        db.sql().sql("""
                select id, run_id, product_id, kind, quantity, release_date, due_date, state, order_id
                from mrp_planned_orders where tenant_id = ? and id = any(?) order by id""")
                .param(db.tenant()).param(db.uuids(ids)).query((ResultSet rs) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    found.put(id, new PlannedOrder(id, rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                            rs.getString(4).toLowerCase(Locale.ROOT), Numbers.plain(rs.getBigDecimal(5)),
                            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                            rs.getString(8).toLowerCase(Locale.ROOT), rs.getObject(9, UUID.class), List.of()));
                });
        Map<UUID, List<PlannedOrder.Peg>> pegs = new HashMap<>();
        db.sql().sql("""
                select planned_order_id, kind, source_id, need_date, quantity from mrp_planned_pegs
                where tenant_id = ? and planned_order_id = any(?) order by planned_order_id, seq""")
                .param(db.tenant()).param(db.uuids(ids)).query((ResultSet rs) -> {
                    pegs.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new PlannedOrder.Peg(rs.getString(2), rs.getObject(3, UUID.class),
                                    rs.getObject(4, LocalDate.class), Numbers.plain(rs.getBigDecimal(5))));
                });
        return found.values().stream().map(p -> new PlannedOrder(p.id(), p.runId(), p.productId(), p.kind(),
                p.quantity(), p.releaseDate(), p.dueDate(), p.state(), p.orderId(),
                List.copyOf(pegs.getOrDefault(p.id(), List.of())))).toList();
    }

    /**
     * Confirms a planned order: a {@code make} one creates a confirmed manufacturing order (components reserved), a
     * {@code buy} one a draft purchase order when purchasing is enabled. Re-runs keep it.
     *
     * @param id the planned order
     * @return it, confirmed
     * @throws ApiProblem 404 when the tenant has none with that id, 409 when it is confirmed already
     */
    @RequiresPermission("mrp.write")
    public PlannedOrder confirm(UUID id) {
        return db.tx().write(() -> {
            record Row(UUID product, String kind, BigDecimal quantity, LocalDate due, String state) {
            }
            Row row = db.sql().sql("""
                    select product_id, kind, quantity, due_date, state from mrp_planned_orders
                    where tenant_id = ? and id = ? for update""").param(db.tenant()).param(id)
                    .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getBigDecimal(3),
                            rs.getObject(4, LocalDate.class), rs.getString(5))).optional()
                    .orElseThrow(() -> ApiProblem.notFound("Planned order", id));
            if (!row.state().equals("PLANNED")) {
                throw ApiProblem.conflict("Planned order " + id + " is confirmed already");
            }
            UUID order = row.kind().equals("MAKE") ? orders.createConfirmed(row.product(), row.quantity(), row.due())
                    : purchasing.draftOrder(row.product(), row.quantity(), row.due()).orElse(null);
            db.sql().sql("update mrp_planned_orders set state = 'CONFIRMED', order_id = ? where tenant_id = ? and id = ?")
                    .param(order).param(db.tenant()).param(id).update();
            return load(List.of(id)).getFirst();
        });
    }
}
