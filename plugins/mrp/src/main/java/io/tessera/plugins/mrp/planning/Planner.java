package io.tessera.plugins.mrp.planning;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.SupplierInfo;
import io.tessera.plugins.inventory.api.StockLevel;
import io.tessera.plugins.mrp.bom.Bom;
import io.tessera.plugins.mrp.bom.Boms;
import io.tessera.plugins.mrp.common.Catalog;
import io.tessera.plugins.mrp.common.Inventory;
import io.tessera.plugins.mrp.routing.Routing;
import io.tessera.plugins.mrp.routing.Routings;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.SystemOnly;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.LoggerFactory;

/**
 * Plans one MRP run: gathers its inputs in a fixed number of set-based queries (active BOMs, low-level codes,
 * forecasts, open manufacturing orders, firm planned orders, reorder-rule minimums, stock of every product at once,
 * the suppliers of every bought product at once), nets with {@link Netting}, replaces the unconfirmed planned orders
 * with the new ones (on PostgreSQL one multi-row insert per 10,000 rows, elsewhere JDBC batches) and records the
 * outcome.
 */
public class Planner {

    private static final Logger LOG = LoggerFactory.getLogger(Planner.class);
    private static final int CANCEL_CHECK_EVERY = 500;
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    private final TenantJdbc db;
    private final Boms boms;
    private final Routings routings;
    private final Catalog catalog;
    private final Inventory inventory;

    /** Rows per multi-row insert of planned orders and pegs. */
    private static final int CHUNK = 10_000;

    private final SalesDemand sales;
    private volatile Boolean postgres;

    Planner(TenantJdbc db, Boms boms, Routings routings, Catalog catalog, Inventory inventory,
            ObjectProvider<SalesDemand> sales) {
        this.db = db;
        this.boms = boms;
        this.routings = routings;
        this.catalog = catalog;
        this.inventory = inventory;
        this.sales = sales.getIfAvailable(SalesDemand.None::new);
    }

    /**
     * Plans a claimed run in the caller's transaction; a cancelled run ends as cancelled with nothing replaced; a
     * failing one is recorded as failed in a transaction of its own and the exception goes on, rolling the caller's
     * back.
     *
     * @param runId the run, marked running by the caller
     */
    @SystemOnly("the MRP run task")
    public void execute(UUID runId) {
        UUID tenant = db.tenant();
        try {
            holdRun(runId);
            if (cancelRequested(runId)) {
                throw new Netting.Cancelled();
            }
            record Head(String bucket, int horizon, LocalDate start) {
            }
            Head head = db.sql().sql("select bucket, horizon_days, start_date from mrp_runs where tenant_id = ? and id = ?")
                    .param(tenant).param(runId).query((rs, n) -> new Head(rs.getString(1), rs.getInt(2),
                            rs.getObject(3, LocalDate.class))).single();
            Buckets buckets = Buckets.of(head.start(), head.bucket(), head.horizon());
            long t0 = System.nanoTime();
            Inputs inputs = inputs(buckets);
            long t1 = System.nanoTime();
            int[] seen = {0};
            BooleanSupplier cancelled = () -> ++seen[0] % CANCEL_CHECK_EVERY == 1 && cancelRequested(runId);
            heartbeat(runId);
            // progress is a transaction of its own: at most one a second (and the last), not one per percent
            long[] written = {System.nanoTime()};
            List<Netting.Planned> planned = new Netting(buckets, false).plan(inputs.items, inputs.demands,
                    inputs.receipts, percent -> {
                        if (percent == 100 || System.nanoTime() - written[0] >= PROGRESS_EVERY_NANOS) {
                            progress(runId, percent);
                            written[0] = System.nanoTime();
                        }
                    }, cancelled);
            long t2 = System.nanoTime();
            heartbeat(runId);
            write(runId, planned);
            finish(runId, "DONE", inputs.items.size(), planned.size(), null);
            LOG.info("MRP run {}: {} products, {} planned orders; inputs {} ms, netting {} ms, writing {} ms", runId,
                    inputs.items.size(), planned.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (System.nanoTime() - t2) / 1_000_000);
        } catch (Netting.Cancelled e) {
            finish(runId, "CANCELLED", 0, 0, null);
        } catch (RuntimeException e) {
            LOG.error("MRP run {} failed; recorded as failed", runId);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            db.tx().writeSeparately(() -> {
                finish(runId, "FAILED", 0, 0, why.length() > 500 ? why.substring(0, 500) : why);
                return null;
            });
            throw e;
        }
    }

    private record Inputs(List<Netting.Item> items, List<Netting.Demand> demands, List<Netting.Receipt> receipts) {
    }

    private Inputs inputs(Buckets buckets) {
        UUID tenant = db.tenant();
        LocalDate end = buckets.date(buckets.count());
        List<Netting.Demand> demands = new ArrayList<>();
        List<Netting.Receipt> receipts = new ArrayList<>();
        Set<UUID> products = new HashSet<>();

        List<UUID> activeIds = db.sql().sql("select id from mrp_boms where tenant_id = ? and active")
                .param(tenant).query(UUID.class).list();
        Map<UUID, Bom> active = new HashMap<>();
        boms.load(activeIds).values().forEach(b -> {
            active.put(b.productId(), b);
            products.add(b.productId());
            b.components().forEach(c -> products.add(c.productId()));
        });
        Map<UUID, Routing> routingById = routings.routings(active.values().stream().map(Bom::routingId)
                .filter(java.util.Objects::nonNull).distinct().toList());

        db.sql().sql("""
                select id, product_id, forecast_date, quantity from mrp_forecasts
                where tenant_id = ? and forecast_date < ? and quantity > 0""").param(tenant).param(end)
                .query((ResultSet rs) -> {
                    UUID p = rs.getObject(2, UUID.class);
                    products.add(p);
                    demands.add(new Netting.Demand(p, rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), "forecast",
                            rs.getObject(1, UUID.class)));
                });

        // open manufacturing orders: what is left to make is a scheduled receipt on the due date, what is left to
        // consume a gross requirement of the component at the order's start (due date less the routing's days)
        Map<UUID, LocalDate> starts = new HashMap<>();
        db.sql().sql("""
                select o.id, o.product_id, o.quantity - o.produced_qty, coalesce(o.due_date, ?), b.routing_id
                from mrp_orders o join mrp_boms b on b.tenant_id = o.tenant_id and b.id = o.bom_id
                where o.tenant_id = ? and o.state in ('DRAFT', 'CONFIRMED', 'IN_PROGRESS')""")
                .param(buckets.start()).param(tenant).query((ResultSet rs) -> {
                    UUID p = rs.getObject(2, UUID.class);
                    BigDecimal left = rs.getBigDecimal(3);
                    LocalDate due = rs.getObject(4, LocalDate.class);
                    products.add(p);
                    receipts.add(new Netting.Receipt(p, due, left));
                    UUID routing = rs.getObject(5, UUID.class);
                    Routing r = routing == null ? null : routingById.get(routing);
                    starts.put(rs.getObject(1, UUID.class), r == null ? due : due.minusDays(r.days(left)));
                });
        db.sql().sql("""
                select l.order_id, l.product_id, l.quantity - l.consumed_qty from mrp_order_lines l
                join mrp_orders o on o.tenant_id = l.tenant_id and o.id = l.order_id
                where l.tenant_id = ? and o.state in ('DRAFT', 'CONFIRMED', 'IN_PROGRESS') and l.quantity > l.consumed_qty""")
                .param(tenant).query((ResultSet rs) -> {
                    UUID order = rs.getObject(1, UUID.class);
                    UUID p = rs.getObject(2, UUID.class);
                    products.add(p);
                    demands.add(new Netting.Demand(p, starts.get(order), rs.getBigDecimal(3), "manufacturing-order", order));
                });
        // confirmed buy planned orders without a purchase order are firm: scheduled receipts
        db.sql().sql("""
                select product_id, due_date, quantity from mrp_planned_orders
                where tenant_id = ? and state = 'CONFIRMED' and kind = 'BUY' and order_id is null""")
                .param(tenant).query((ResultSet rs) -> {
                    UUID p = rs.getObject(1, UUID.class);
                    products.add(p);
                    receipts.add(new Netting.Receipt(p, rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)));
                });
        // confirmed sales order lines, what is left to deliver at the promised date (overdue ones on the first day);
        // sales opens no delivery for them, so the open deliveries below are other documents' (see SalesDemand)
        for (SalesDemand.Line line : sales.openLines(buckets.start(), end)) {
            products.add(line.productId());
            demands.add(new Netting.Demand(line.productId(), line.due().isBefore(buckets.start()) ? buckets.start()
                    : line.due(), line.quantity(), "sales-order", line.lineId()));
        }
        // reorder-rule minimums: stock to keep, a requirement from the first day
        inventory.replenishment().minimums(null).forEach((p, min) -> {
            products.add(p);
            if (min.signum() > 0) {
                demands.add(new Netting.Demand(p, buckets.start(), min, "reorder-rule", null));
            }
        });
        Map<UUID, StockLevel> stock = inventory.stock().availability(products, null);
        // open deliveries (transfers drafted in inventory) need stock too, from the first day
        stock.forEach((p, level) -> {
            if (level.outgoing().signum() > 0) {
                demands.add(new Netting.Demand(p, buckets.start(), level.outgoing(), "delivery", null));
            }
        });
        Map<UUID, Integer> levels = new HashMap<>();
        db.sql().sql("select product_id, low_level_code from mrp_product_levels where tenant_id = ?").param(tenant)
                .query((ResultSet rs) -> {
                    levels.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        Map<UUID, ProductInfo> info = catalog.products(products);
        // every bought product's suppliers in one query: asking per product costs a query and a flush of the session
        // (with every product loaded above) each — 94 % of a 10,000-product run's time in its profile
        Map<UUID, List<SupplierInfo>> suppliers = catalog.suppliers(products.stream().filter(p -> !active.containsKey(p))
                .toList());

        List<Netting.Item> items = new ArrayList<>(products.size());
        for (UUID p : products) {
            StockLevel level = stock.get(p);
            BigDecimal onHand = level == null ? BigDecimal.ZERO : level.onHand();
            Bom bom = active.get(p);
            if (bom != null) {
                List<Netting.Component> components = bom.components().stream()
                        .map(c -> new Netting.Component(c.productId(), c.quantity(), bom.quantity(), c.scrap())).toList();
                Routing routing = bom.routingId() == null ? null : routingById.get(bom.routingId());
                Netting.Lot lot = new Netting.Lot(BigDecimal.ZERO, BigDecimal.ZERO,
                        q -> routing == null ? 0 : routing.days(q));
                items.add(new Netting.Item(p, levels.getOrDefault(p, 0), onHand, true, components, () -> lot));
            } else {
                ProductInfo product = info.get(p);
                Netting.Lot lot = buyLot(product, suppliers.getOrDefault(p, List.of()));
                items.add(new Netting.Item(p, levels.getOrDefault(p, 0), onHand, false, List.of(), () -> lot));
            }
        }
        return new Inputs(items, demands, receipts);
    }

    /** The preferred supplier's minimum, multiple (in the product's base unit) and lead time; none without one. */
    private Netting.Lot buyLot(ProductInfo product, List<SupplierInfo> suppliers) {
        if (product == null || suppliers.isEmpty()) {
            return new Netting.Lot(BigDecimal.ZERO, BigDecimal.ZERO, q -> 0);
        }
        SupplierInfo s = suppliers.getFirst();
        boolean same = s.uom() == null || s.uom().equals(product.baseUom());
        BigDecimal min = same ? s.minimumQuantity() : catalog.convert(s.minimumQuantity(), s.uom(), product.baseUom());
        BigDecimal multiple = same ? s.orderMultiple() : catalog.convert(s.orderMultiple(), s.uom(), product.baseUom());
        int lead = s.leadTimeDays();
        return new Netting.Lot(min, multiple, q -> lead);
    }

    private void write(UUID runId, List<Netting.Planned> planned) {
        UUID tenant = db.tenant();
        db.sql().sql("""
                delete from mrp_planned_pegs where tenant_id = ? and planned_order_id in
                  (select id from mrp_planned_orders where tenant_id = ? and state = 'PLANNED')""")
                .param(tenant).param(tenant).update();
        db.sql().sql("delete from mrp_planned_orders where tenant_id = ? and state = 'PLANNED'").param(tenant).update();
        OffsetDateTime now = OffsetDateTime.now();
        List<Object[]> orders = new ArrayList<>(planned.size());
        List<Object[]> pegs = new ArrayList<>();
        for (Netting.Planned p : planned) {
            orders.add(new Object[] {tenant, p.id(), runId, p.product(), p.make() ? "MAKE" : "BUY", p.quantity(),
                    p.release(), p.due(), now});
            int seq = 0;
            for (Netting.Peg peg : p.pegs()) {
                pegs.add(new Object[] {tenant, p.id(), ++seq, peg.kind(), peg.sourceId(), peg.date(), peg.quantity()});
            }
        }
        if (postgres()) {
            // one statement per chunk of rows (arrays unnested), instead of one executed statement per row
            for (int from = 0; from < orders.size(); from += CHUNK) {
                List<Object[]> chunk = orders.subList(from, Math.min(orders.size(), from + CHUNK));
                db.sql().sql("""
                        insert into mrp_planned_orders (tenant_id, id, run_id, product_id, kind, quantity, release_date,
                          due_date, state, created_at)
                        select ?, u.id, ?, u.product_id, u.kind, u.quantity, u.release_date, u.due_date, 'PLANNED', ?
                        from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as varchar[]), cast(? as numeric[]),
                          cast(? as date[]), cast(? as date[])) as u(id, product_id, kind, quantity, release_date, due_date)""")
                        .param(tenant).param(runId).param(now).param(array("uuid", chunk, 1)).param(array("uuid", chunk, 3))
                        .param(array("varchar", chunk, 4)).param(array("varchar", chunk, 5))
                        .param(array("varchar", chunk, 6)).param(array("varchar", chunk, 7)).update();
            }
            for (int from = 0; from < pegs.size(); from += CHUNK) {
                List<Object[]> chunk = pegs.subList(from, Math.min(pegs.size(), from + CHUNK));
                db.sql().sql("""
                        insert into mrp_planned_pegs (tenant_id, planned_order_id, seq, kind, source_id, need_date, quantity)
                        select ?, u.planned_order_id, u.seq, u.kind, u.source_id, u.need_date, u.quantity
                        from unnest(cast(? as uuid[]), cast(? as int[]), cast(? as varchar[]), cast(? as uuid[]),
                          cast(? as date[]), cast(? as numeric[])) as u(planned_order_id, seq, kind, source_id, need_date,
                          quantity)""")
                        .param(tenant).param(array("uuid", chunk, 1)).param(array("int4", chunk, 2))
                        .param(array("varchar", chunk, 3)).param(array("uuid", chunk, 4))
                        .param(array("varchar", chunk, 5)).param(array("varchar", chunk, 6)).update();
            }
            return;
        }
        db.jdbc().batchUpdate("""
                insert into mrp_planned_orders (tenant_id, id, run_id, product_id, kind, quantity, release_date, due_date,
                  state, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?)""", orders);
        db.jdbc().batchUpdate("""
                insert into mrp_planned_pegs (tenant_id, planned_order_id, seq, kind, source_id, need_date, quantity)
                values (?, ?, ?, ?, ?, ?, ?)""", pegs);
    }

    /**
     * One column of a chunk of rows as a SQL array on the transaction's connection: uuids and integers as such, the
     * rest (kinds, quantities, dates) as text the statement casts.
     */
    private java.sql.Array array(String type, List<Object[]> rows, int column) {
        Object[] values = new Object[rows.size()];
        for (int i = 0; i < values.length; i++) {
            Object v = rows.get(i)[column];
            values[i] = v == null || type.equals("uuid") || type.equals("int4") ? v
                    : v instanceof BigDecimal b ? b.toPlainString() : v.toString();
        }
        return db.jdbc().execute((java.sql.Connection c) -> c.createArrayOf(type, values));
    }

    private boolean cancelRequested(UUID runId) {
        return db.sql().sql("select cancel_requested from mrp_run_progress where tenant_id = ? and run_id = ?")
                .param(db.tenant()).param(runId).query(Boolean.class).single();
    }

    /**
     * Holds the run's row until this transaction ends: a node that finds the run running with a stale heartbeat takes
     * it over ({@code for update skip locked}) only once the row is free, i.e. once the transaction planning it died
     * with its node. A key-share lock, so recording a failure in a transaction of its own can still update the row.
     * The embedded H2 database has one node and no key-share lock: there the heartbeat alone decides.
     */
    private void holdRun(UUID runId) {
        if (postgres()) {
            db.sql().sql("select id from mrp_runs where tenant_id = ? and id = ? for key share").param(db.tenant())
                    .param(runId).query(UUID.class).single();
        }
    }

    /** Whether the database is PostgreSQL (else the embedded H2), asked once. */
    private boolean postgres() {
        if (postgres == null) {
            postgres = db.jdbc().execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                    .toLowerCase(java.util.Locale.ROOT).contains("postgres");
        }
        return postgres;
    }

    /** Writes the progress and beats the heartbeat, in a transaction of its own. */
    private void progress(UUID runId, int percent) {
        db.tx().writeSeparately(() -> db.sql().sql(
                        "update mrp_run_progress set progress = ?, heartbeat_at = ? where tenant_id = ? and run_id = ?")
                .param(percent).param(OffsetDateTime.now()).param(db.tenant()).param(runId).update());
    }

    /** Beats the heartbeat between the run's long phases, in a transaction of its own. */
    private void heartbeat(UUID runId) {
        db.tx().writeSeparately(() -> db.sql().sql("update mrp_run_progress set heartbeat_at = ? where tenant_id = ? and run_id = ?")
                .param(OffsetDateTime.now()).param(db.tenant()).param(runId).update());
    }

    private void finish(UUID runId, String state, int products, int planned, String error) {
        db.sql().sql("""
                update mrp_runs set state = ?, active_tenant = null, finished_at = ?, products = ?, planned_orders = ?,
                  error = ? where tenant_id = ? and id = ?""")
                .param(state).param(OffsetDateTime.now()).param(products).param(planned).param(error)
                .param(db.tenant()).param(runId).update();
    }
}
