package io.tessera.plugins.mrp.production;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.ProductType;
import io.tessera.plugins.inventory.api.DemandLine;
import io.tessera.plugins.inventory.api.ProductionMove;
import io.tessera.plugins.inventory.api.Stock;
import io.tessera.plugins.mrp.bom.Bom;
import io.tessera.plugins.mrp.bom.Boms;
import io.tessera.plugins.mrp.common.Catalog;
import io.tessera.plugins.mrp.common.Inventory;
import io.tessera.plugins.mrp.common.Numbers;
import io.tessera.plugins.mrp.routing.Routing;
import io.tessera.plugins.mrp.routing.Routings;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Manufacturing orders of the current tenant. Every operation is one transaction: producing consumes every component
 * line through inventory (in product order, so concurrent orders lock stock in one order), puts the product into
 * stock at material + operation cost, closes the production's work in progress in the ledger where accounting is
 * enabled, and splits a backorder off a partial quantity — or does none of it.
 */
public class ManufacturingOrders {

    /** The module name that inventory records as the origin of reservations and moves. */
    static final String MODULE = "mrp";
    private static final int MAX_PAGE = 500;

    private final TenantJdbc db;
    private final Catalog catalog;
    private final Inventory inventory;
    private final Boms boms;
    private final Routings routings;
    private final ObjectProvider<WorkInProgress> workInProgress;

    ManufacturingOrders(TenantJdbc db, Catalog catalog, Inventory inventory, Boms boms, Routings routings,
                        ObjectProvider<WorkInProgress> workInProgress) {
        this.db = db;
        this.catalog = catalog;
        this.inventory = inventory;
        this.boms = boms;
        this.routings = routings;
        this.workInProgress = workInProgress;
    }

    /**
     * Creates a draft order with the component lines of its BOM for the quantity.
     *
     * @param request the order
     * @return it, a draft
     */
    @RequiresPermission("mrp.write")
    public ManufacturingOrder create(OrderRequest request) {
        return db.tx().write(() -> {
            FieldErrors problems = new FieldErrors();
            ProductInfo product = null;
            if (request.productId() == null) {
                problems.add("productId", "is required");
            } else {
                product = catalog.products(List.of(request.productId())).get(request.productId());
                if (product == null) {
                    throw FieldErrors.notFound("productId", "Product", request.productId());
                }
            }
            if (request.quantity() == null || request.quantity().signum() <= 0) {
                problems.add("quantity", "must be positive");
            }
            Bom bom = null;
            if (request.bomId() != null) {
                bom = boms.load(List.of(request.bomId())).get(request.bomId());
                if (bom == null) {
                    throw FieldErrors.notFound("bomId", "BOM", request.bomId());
                }
                if (product != null && !bom.productId().equals(product.id())) {
                    problems.add("bomId", "is a BOM of another product");
                }
            } else if (product != null) {
                bom = boms.active(List.of(product.id())).get(product.id());
                if (bom == null) {
                    problems.add("productId", "has no active bill of materials");
                }
            }
            if (request.warehouseId() != null && product != null) {
                // 404 naming the field when the warehouse is not the tenant's
                try {
                    inventory.stock().availability(product.id(), request.warehouseId());
                } catch (ApiProblem e) {
                    if (e.status() == 404) {
                        throw FieldErrors.notFound("warehouseId", "Warehouse", request.warehouseId());
                    }
                    throw e;
                }
            }
            problems.throwIfAny();
            UUID id = Ids.newId();
            insert(id, bom, request.quantity(), request.due(), request.warehouseId(), null, "DRAFT",
                    lines(bom, request.quantity()));
            return load(List.of(id)).get(id);
        });
    }

    /**
     * Confirms a draft: reserves its components through inventory, as much as is available.
     *
     * @param id the order
     * @return it, confirmed
     */
    @RequiresPermission("mrp.write")
    public ManufacturingOrder confirm(UUID id) {
        return db.tx().write(() -> {
            Row order = lock(id);
            if (!order.state().equals("DRAFT")) {
                throw ApiProblem.conflict("Manufacturing order " + id + " is " + label(order.state()) + ", not a draft");
            }
            reserve(order);
            setState(id, "CONFIRMED");
            return load(List.of(id)).get(id);
        });
    }

    /**
     * Marks a confirmed order as started.
     *
     * @param id the order
     * @return it, in progress
     */
    @RequiresPermission("mrp.write")
    public ManufacturingOrder start(UUID id) {
        return db.tx().write(() -> {
            Row order = lock(id);
            if (!order.state().equals("CONFIRMED")) {
                throw ApiProblem.conflict("Manufacturing order " + id + " is " + label(order.state()) + ", not confirmed");
            }
            setState(id, "IN_PROGRESS");
            return load(List.of(id)).get(id);
        });
    }

    /**
     * Cancels an order that has consumed nothing, releasing its reservations.
     *
     * @param id the order
     * @return it, cancelled
     */
    @RequiresPermission("mrp.write")
    public ManufacturingOrder cancel(UUID id) {
        return db.tx().write(() -> {
            Row order = lock(id);
            if (order.state().equals("DONE") || order.state().equals("CANCELLED")) {
                throw ApiProblem.conflict("Manufacturing order " + id + " is " + label(order.state()) + " already");
            }
            Stock stock = inventory.stock();
            for (ManufacturingOrder.Line line : order.lines()) {
                stock.unreserve(new DemandLine(MODULE, id, line.line()));
            }
            setState(id, "CANCELLED");
            return load(List.of(id)).get(id);
        });
    }

    /**
     * Produces a quantity: consumes each component's share, puts the product into stock at material + operation
     * cost per unit, and finishes the order; less than what is left leaves a confirmed backorder for the rest,
     * which takes over the reservations.
     *
     * @param id      the order
     * @param request what to produce
     * @return the outcome
     * @throws ApiProblem 409 when the order is not confirmed or in progress, or a component is short (saying how
     *                    much is available); 422 for a bad quantity
     */
    @RequiresPermission("mrp.write")
    public Produced produce(UUID id, ProduceRequest request) {
        return db.tx().write(() -> {
            Row order = lock(id);
            if (!order.state().equals("CONFIRMED") && !order.state().equals("IN_PROGRESS")) {
                throw ApiProblem.conflict("Manufacturing order " + id + " is " + label(order.state())
                        + ": only a confirmed or started order produces");
            }
            BigDecimal left = order.quantity().subtract(order.produced());
            BigDecimal qty = request.quantity();
            if (qty == null || qty.signum() <= 0) {
                throw ApiProblem.invalid("quantity", "must be positive");
            }
            if (qty.compareTo(left) > 0) {
                throw ApiProblem.invalid("quantity", "is more than the " + left.stripTrailingZeros().toPlainString()
                        + " left to produce");
            }
            boolean all = qty.compareTo(left) == 0;
            Map<UUID, String> lots = componentLots(request, order);
            Stock stock = inventory.stock();
            BigDecimal material = BigDecimal.ZERO;
            List<Object[]> consumed = new ArrayList<>();
            List<ManufacturingOrder.Line> byProduct = new ArrayList<>(order.lines());
            byProduct.sort(Comparator.comparing((ManufacturingOrder.Line l) -> l.productId().toString())
                    .thenComparingInt(ManufacturingOrder.Line::line));
            Map<Integer, BigDecimal> now = new HashMap<>();
            for (ManufacturingOrder.Line line : byProduct) {
                BigDecimal rest = line.quantity().subtract(line.consumed());
                BigDecimal share = all ? rest : line.quantity().multiply(qty)
                        .divide(order.quantity(), 6, RoundingMode.UP).min(rest);
                if (share.signum() <= 0) {
                    continue;
                }
                ProductionMove move = stock.consume(new DemandLine(MODULE, id, line.line()), line.productId(), share,
                        order.warehouseId(), lots.get(line.productId()));
                material = material.add(move.value());
                now.put(line.line(), share);
                consumed.add(new Object[] {share, db.tenant(), id, line.line()});
            }
            if (!consumed.isEmpty()) {
                db.jdbc().batchUpdate("""
                        update mrp_order_lines set consumed_qty = consumed_qty + ?
                        where tenant_id = ? and order_id = ? and line_no = ?""", consumed);
            }
            Routing routing = order.routingId() == null ? null : routings.routings(List.of(order.routingId()))
                    .get(order.routingId());
            BigDecimal operation = routing == null ? BigDecimal.ZERO : routing.cost(qty).setScale(4, RoundingMode.HALF_UP);
            material = material.setScale(4, RoundingMode.HALF_UP);
            BigDecimal unitCost = material.add(operation).divide(qty, 6, RoundingMode.HALF_UP);
            stock.produce(new DemandLine(MODULE, id, 0), order.productId(), qty, unitCost, order.warehouseId(),
                    request.lot() == null || request.lot().isBlank() ? null : request.lot().strip());
            WorkInProgress wip = workInProgress.getIfAvailable();
            if (wip != null) {
                ProductInfo made = catalog.products(List.of(order.productId())).get(order.productId());
                wip.close(id, LocalDate.now(), material, operation, qty, unitCost,
                        made != null && made.type() == ProductType.STORABLE);
            }

            UUID backorder = null;
            if (all) {
                // consumption from a named lot may leave the line's reservations in other lots: the order is done
                for (ManufacturingOrder.Line line : order.lines()) {
                    stock.unreserve(new DemandLine(MODULE, id, line.line()));
                }
            } else {
                backorder = Ids.newId();
                List<Object[]> rest = new ArrayList<>();
                for (ManufacturingOrder.Line line : order.lines()) {
                    BigDecimal done = line.consumed().add(now.getOrDefault(line.line(), BigDecimal.ZERO));
                    BigDecimal remaining = line.quantity().subtract(done);
                    if (remaining.signum() > 0) {
                        rest.add(new Object[] {db.tenant(), backorder, line.line(), line.productId(), remaining});
                    }
                    stock.unreserve(new DemandLine(MODULE, id, line.line()));
                }
                BigDecimal produced = order.produced().add(qty);
                insert(backorder, order.productId(), order.bomId(), order.quantity().subtract(produced), order.due(),
                        order.warehouseId(), id, "CONFIRMED", rest);
                // the order keeps what it made and consumed; the backorder takes the rest and its reservations
                db.sql().sql("""
                        update mrp_order_lines set quantity = consumed_qty
                        where tenant_id = ? and order_id = ? and consumed_qty > 0""").param(db.tenant()).param(id).update();
                db.sql().sql("delete from mrp_order_lines where tenant_id = ? and order_id = ? and consumed_qty = 0")
                        .param(db.tenant()).param(id).update();
                db.sql().sql("""
                        update mrp_orders set quantity = produced_qty + ? where tenant_id = ? and id = ?""")
                        .param(qty).param(db.tenant()).param(id).update();
                reserve(lock(backorder));
            }
            db.sql().sql("""
                    update mrp_orders set produced_qty = produced_qty + ?, material_cost = material_cost + ?,
                      operation_cost = operation_cost + ?, state = 'DONE', done_at = ? where tenant_id = ? and id = ?""")
                    .param(qty).param(material).param(operation).param(OffsetDateTime.now()).param(db.tenant()).param(id)
                    .update();
            return new Produced(id, qty, material, operation, unitCost, backorder);
        });
    }

    /** The lots named per component, each a component of the order (else one 422 naming every bad entry). */
    private static Map<UUID, String> componentLots(ProduceRequest request, Row order) {
        Map<UUID, String> lots = new HashMap<>();
        if (request.components() == null) {
            return lots;
        }
        FieldErrors problems = new FieldErrors();
        java.util.Set<UUID> components = new java.util.HashSet<>();
        order.lines().forEach(l -> components.add(l.productId()));
        for (int i = 0; i < request.components().size(); i++) {
            ProduceRequest.ComponentLot c = request.components().get(i);
            String field = "components[" + i + "]";
            if (c == null || c.productId() == null) {
                problems.add(field + ".productId", "is required");
            } else if (!components.contains(c.productId())) {
                problems.add(field + ".productId", "is not a component of this order");
            } else if (lots.containsKey(c.productId())) {
                problems.add(field + ".productId", "is named twice");
            }
            if (c == null || c.lot() == null || c.lot().isBlank()) {
                problems.add(field + ".lot", "is required");
            } else if (c.productId() != null) {
                lots.put(c.productId(), c.lot().strip());
            }
        }
        problems.throwIfAny();
        return lots;
    }

    /**
     * One order.
     *
     * @param id the order
     * @return it
     * @throws ApiProblem 404 when the tenant has none with that id
     */
    public ManufacturingOrder find(UUID id) {
        return db.tx().read(() -> Optional.ofNullable(load(List.of(id)).get(id))
                .orElseThrow(() -> ApiProblem.notFound("Manufacturing order", id)));
    }

    /**
     * Orders, newest first, a page at a time (keyset).
     *
     * @param state  only orders in this state ({@code draft}, …), or {@code null}
     * @param before the last id of the previous page, or {@code null}
     * @param size   the page size (at most 500)
     * @return the orders
     */
    public List<ManufacturingOrder> list(String state, UUID before, int size) {
        String s = state == null ? null : state.toUpperCase(Locale.ROOT);
        if (s != null && !List.of("DRAFT", "CONFIRMED", "IN_PROGRESS", "DONE", "CANCELLED").contains(s)) {
            throw ApiProblem.badRequest("state", "must be draft, confirmed, in_progress, done or cancelled");
        }
        return db.tx().read(() -> {
            List<UUID> ids = db.sql().sql("""
                    select id from mrp_orders where tenant_id = ? and (cast(? as varchar) is null or state = ?)
                      and (cast(? as uuid) is null or id < ?) order by id desc fetch first %d rows only"""
                            .formatted(Math.clamp(size, 1, MAX_PAGE)))
                    .param(db.tenant()).param(s).param(s).param(before).param(before).query(UUID.class).list();
            Map<UUID, ManufacturingOrder> orders = load(ids);
            return ids.stream().map(orders::get).toList();
        });
    }

    /**
     * Creates a confirmed order for a planned order: the product's active BOM, reserved at once. Joins the caller's
     * transaction.
     *
     * @param productId the product
     * @param quantity  the quantity
     * @param due       when it is needed
     * @return the order's id
     */
    @RequiresPermission("mrp.write")
    public UUID createConfirmed(UUID productId, BigDecimal quantity, java.time.LocalDate due) {
        return db.tx().write(() -> {
            ManufacturingOrder draft = create(new OrderRequest(productId, quantity, null, due, null));
            confirm(draft.id());
            return draft.id();
        });
    }

    /**
     * Late orders and component shortages for the dashboard, in three queries however many orders.
     *
     * @return the figures
     */
    public OrderFigures figures() {
        return db.tx().read(() -> {
            int late = db.sql().sql("""
                    select count(*) from mrp_orders where tenant_id = ? and state in ('CONFIRMED', 'IN_PROGRESS')
                      and due_date < ?""").param(db.tenant()).param(LocalDate.now()).query(Integer.class).single();
            Map<UUID, BigDecimal> needed = new HashMap<>();
            db.sql().sql("""
                    select l.product_id, sum(l.quantity - l.consumed_qty) from mrp_order_lines l
                    join mrp_orders o on o.tenant_id = l.tenant_id and o.id = l.order_id
                    where l.tenant_id = ? and o.state in ('CONFIRMED', 'IN_PROGRESS') and l.quantity > l.consumed_qty
                    group by l.product_id""").param(db.tenant())
                    .query((ResultSet rs) -> {
                        needed.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
                    });
            Map<UUID, io.tessera.plugins.inventory.api.StockLevel> stock = needed.isEmpty() ? Map.of()
                    : inventory.stock().availability(needed.keySet(), null);
            List<OrderFigures.Shortage> shortages = new ArrayList<>();
            needed.forEach((product, qty) -> {
                BigDecimal onHand = stock.containsKey(product) ? stock.get(product).onHand() : BigDecimal.ZERO;
                if (qty.compareTo(onHand) > 0) {
                    shortages.add(new OrderFigures.Shortage(product, Numbers.plain(qty), Numbers.plain(onHand)));
                }
            });
            shortages.sort(Comparator.comparing(OrderFigures.Shortage::missing).reversed()
                    .thenComparing(s -> s.productId().toString()));
            return new OrderFigures(late, shortages.subList(0, Math.min(10, shortages.size())));
        });
    }

    /**
     * The backorders split off an order, oldest first.
     *
     * @param id the order
     * @return their ids
     */
    public List<UUID> backorders(UUID id) {
        return db.tx().read(() -> db.sql().sql("""
                select id from mrp_orders where tenant_id = ? and backorder_of = ? order by id""")
                .param(db.tenant()).param(id).query(UUID.class).list());
    }

    private void reserve(Row order) {
        Stock stock = inventory.stock();
        List<ManufacturingOrder.Line> byProduct = new ArrayList<>(order.lines());
        byProduct.sort(Comparator.comparing((ManufacturingOrder.Line l) -> l.productId().toString())
                .thenComparingInt(ManufacturingOrder.Line::line));
        for (ManufacturingOrder.Line line : byProduct) {
            BigDecimal rest = line.quantity().subtract(line.consumed());
            if (rest.signum() > 0) {
                stock.reserve(new DemandLine(MODULE, order.id(), line.line()), line.productId(), rest, order.warehouseId());
            }
        }
    }

    private List<Object[]> lines(Bom bom, BigDecimal quantity) {
        List<Object[]> rows = new ArrayList<>();
        for (Bom.BomLine line : bom.components()) {
            rows.add(new Object[] {null, null, line.line(), line.productId(), line.requiredFor(quantity, bom.quantity())});
        }
        return rows;
    }

    private void insert(UUID id, Bom bom, BigDecimal quantity, java.time.LocalDate due, UUID warehouse, UUID backorderOf,
                        String state, List<Object[]> lines) {
        insert(id, bom.productId(), bom.id(), quantity, due, warehouse, backorderOf, state, lines);
    }

    private void insert(UUID id, UUID product, UUID bom, BigDecimal quantity, java.time.LocalDate due, UUID warehouse,
                        UUID backorderOf, String state, List<Object[]> lines) {
        db.sql().sql("""
                insert into mrp_orders (tenant_id, id, product_id, bom_id, warehouse_id, quantity, produced_qty, state,
                  due_date, backorder_of, material_cost, operation_cost, created_at)
                values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 0, 0, ?)""")
                .param(db.tenant()).param(id).param(product).param(bom).param(warehouse).param(quantity).param(state)
                .param(due).param(backorderOf).param(OffsetDateTime.now()).update();
        List<Object[]> rows = new ArrayList<>();
        for (Object[] l : lines) {
            rows.add(new Object[] {db.tenant(), id, l[2], l[3], l[4]});
        }
        db.jdbc().batchUpdate("""
                insert into mrp_order_lines (tenant_id, order_id, line_no, product_id, quantity, consumed_qty)
                values (?, ?, ?, ?, ?, 0)""", rows);
    }

    private void setState(UUID id, String state) {
        db.sql().sql("update mrp_orders set state = ? where tenant_id = ? and id = ?")
                .param(state).param(db.tenant()).param(id).update();
    }

    private static String label(String state) {
        return state.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** An order locked for the rest of the transaction, with its routing. */
    private record Row(UUID id, UUID productId, UUID bomId, UUID routingId, UUID warehouseId, BigDecimal quantity,
                       BigDecimal produced, String state, java.time.LocalDate due, List<ManufacturingOrder.Line> lines) {
    }

    private Row lock(UUID id) {
        Row head = db.sql().sql("""
                select o.id, o.product_id, o.bom_id, b.routing_id, o.warehouse_id, o.quantity, o.produced_qty, o.state,
                  o.due_date from mrp_orders o join mrp_boms b on b.tenant_id = o.tenant_id and b.id = o.bom_id
                where o.tenant_id = ? and o.id = ? for update of o""")
                .param(db.tenant()).param(id).query((rs, n) -> new Row(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                        rs.getObject(5, UUID.class), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8),
                        rs.getObject(9, java.time.LocalDate.class), List.of()))
                .optional().orElseThrow(() -> ApiProblem.notFound("Manufacturing order", id));
        List<ManufacturingOrder.Line> lines = db.sql().sql("""
                select line_no, product_id, quantity, consumed_qty from mrp_order_lines
                where tenant_id = ? and order_id = ? order by line_no""").param(db.tenant()).param(id)
                .query(ManufacturingOrders::line).list();
        return new Row(head.id(), head.productId(), head.bomId(), head.routingId(), head.warehouseId(), head.quantity(),
                head.produced(), head.state(), head.due(), lines);
    }

    private static ManufacturingOrder.Line line(ResultSet rs, int n) throws SQLException {
        return new ManufacturingOrder.Line(rs.getInt("line_no"), rs.getObject("product_id", UUID.class),
                Numbers.plain(rs.getBigDecimal("quantity")), Numbers.plain(rs.getBigDecimal("consumed_qty")));
    }

    /**
     * Orders by id with their lines, in two queries; joins the caller's transaction.
     *
     * @param ids order ids
     * @return those of the current tenant, by id
     */
    Map<UUID, ManufacturingOrder> load(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<ManufacturingOrder.Line>> lines = new HashMap<>();
        db.sql().sql("""
                select order_id, line_no, product_id, quantity, consumed_qty from mrp_order_lines
                where tenant_id = ? and order_id = any(?) order by order_id, line_no""")
                .param(db.tenant()).param(db.uuids(ids)).query((ResultSet rs) -> {
                    lines.computeIfAbsent(rs.getObject("order_id", UUID.class), k -> new ArrayList<>()).add(line(rs, 0));
                });
        Map<UUID, ManufacturingOrder> result = new LinkedHashMap<>();
        db.sql().sql("""
                select id, product_id, bom_id, warehouse_id, quantity, produced_qty, state, due_date, backorder_of,
                  material_cost, operation_cost from mrp_orders where tenant_id = ? and id = any(?)""")
                .param(db.tenant()).param(db.uuids(ids)).query((ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    result.put(id, new ManufacturingOrder(id, rs.getObject("product_id", UUID.class),
                            rs.getObject("bom_id", UUID.class), rs.getObject("warehouse_id", UUID.class),
                            Numbers.plain(rs.getBigDecimal("quantity")),
                            Numbers.plain(rs.getBigDecimal("produced_qty")),
                            rs.getString("state").toLowerCase(Locale.ROOT), rs.getObject("due_date", java.time.LocalDate.class),
                            rs.getObject("backorder_of", UUID.class), rs.getBigDecimal("material_cost"),
                            rs.getBigDecimal("operation_cost"), List.copyOf(lines.getOrDefault(id, List.of()))));
                });
        return result;
    }
}
