package io.tessera.plugins.inventory.transfer;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.inventory.api.DemandLine;
import io.tessera.plugins.inventory.api.DemandQuantity;
import io.tessera.plugins.inventory.api.ExpectedReceipt;
import io.tessera.plugins.inventory.api.LocationUsage;
import io.tessera.plugins.inventory.api.ProductionMove;
import io.tessera.plugins.inventory.api.ProjectedDay;
import io.tessera.plugins.inventory.api.Stock;
import io.tessera.plugins.inventory.api.StockLevel;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.stock.Availability;
import io.tessera.plugins.inventory.stock.Demand;
import io.tessera.plugins.inventory.stock.Projection;
import io.tessera.plugins.inventory.stock.Reservations;
import io.tessera.plugins.inventory.stock.StockFigures;
import io.tessera.plugins.inventory.warehouse.Warehouse;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The published {@link Stock} service, found by other modules through {@code ModuleServices}. */
public class StockService implements Stock {

    private final TenantJdbc db;
    private final Drafts drafts;
    private final Validator validator;
    private final TransferStore store;
    private final Reservations reservations;
    private final Availability availability;
    private final Warehouses warehouses;
    private final Catalog catalog;
    private final Projection projection;
    private final DirectMoves direct;
    private final ExpectedReceipts expected;

    StockService(TenantJdbc db, Drafts drafts, Validator validator, TransferStore store, Reservations reservations,
                 Availability availability, Warehouses warehouses, Catalog catalog, Projection projection, DirectMoves direct,
                 ExpectedReceipts expected) {
        this.direct = direct;
        this.expected = expected;
        this.projection = projection;
        this.db = db;
        this.drafts = drafts;
        this.validator = validator;
        this.store = store;
        this.reservations = reservations;
        this.availability = availability;
        this.warehouses = warehouses;
        this.catalog = catalog;
    }

    @Override
    @RequiresPermission("inventory.write")
    public BigDecimal reserve(DemandLine line, UUID productId, BigDecimal quantity, UUID warehouseId) {
        return db.tx().write(() -> {
            ProductInfo product = product(productId);
            positive(quantity);
            Warehouse warehouse = drafts.warehouse(warehouseId);
            Demand demand = Validator.demand(line);
            BigDecimal has = reservations.reserved(demand);
            if (!Catalog.stocked(product) || has.compareTo(quantity) >= 0) {
                return has;
            }
            return has.add(reservations.reserve(demand, productId, quantity.subtract(has),
                    warehouses.internalLocationIds(warehouse.id()), null, product.sku()));
        });
    }

    @Override
    @RequiresPermission("inventory.write")
    public List<BigDecimal> reserve(List<DemandQuantity> lines, UUID warehouseId) {
        if (lines == null || lines.isEmpty() || lines.size() > 1000) {
            throw ApiProblem.invalid("lines", "must contain 1 to 1000 lines");
        }
        return db.tx().write(() -> {
            lines.forEach(l -> positive(l.quantity()));
            Map<UUID, ProductInfo> products = catalog.products(lines.stream().map(DemandQuantity::productId)
                    .filter(java.util.Objects::nonNull).distinct().toList());
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).productId() == null || !products.containsKey(lines.get(i).productId())) {
                    throw FieldErrors.notFound("lines[" + i + "].productId", "Product", lines.get(i).productId());
                }
            }
            Warehouse warehouse = drafts.warehouse(warehouseId);
            List<UUID> locations = warehouses.internalLocationIds(warehouse.id());
            // one need per demand line (a line named twice needs the larger quantity), in the canonical order
            Map<DemandLine, DemandQuantity> distinct = new LinkedHashMap<>();
            lines.forEach(q -> distinct.merge(q.line(), q, (a, b) -> a.quantity().compareTo(b.quantity()) >= 0 ? a : b));
            List<DemandQuantity> canonical = new ArrayList<>(distinct.values());
            canonical.sort(java.util.Comparator.comparing(DemandQuantity::productId, Validator.UUID_ORDER)
                    .thenComparing(q -> q.line().documentId(), Validator.UUID_ORDER).thenComparingInt(q -> q.line().line()));
            List<Reservations.Need> needs = new ArrayList<>();
            List<Demand> unstocked = new ArrayList<>();
            for (DemandQuantity q : canonical) {
                ProductInfo product = products.get(q.productId());
                if (Catalog.stocked(product)) {
                    needs.add(new Reservations.Need(Validator.demand(q.line()), q.productId(), q.quantity(), null, product.sku()));
                } else {
                    unstocked.add(Validator.demand(q.line()));
                }
            }
            // set-based: one locking read of the products' balance rows, one read of what the lines have reserved, one
            // balance change and one batch of reservations, however many lines
            List<BigDecimal> has = reservations.reserveAll(needs, locations);
            Map<Demand, BigDecimal> now = new HashMap<>(unstocked.isEmpty() ? Map.of() : reservations.reserved(unstocked));
            for (int i = 0; i < needs.size(); i++) {
                now.put(needs.get(i).demand(), has.get(i));
            }
            return lines.stream().map(q -> now.getOrDefault(Validator.demand(q.line()), BigDecimal.ZERO)).toList();
        });
    }

    @Override
    @RequiresPermission("inventory.write")
    public UUID deliver(List<DemandQuantity> lines, UUID warehouseId) {
        if (lines == null || lines.isEmpty() || lines.size() > 1000) {
            throw ApiProblem.invalid("lines", "must contain 1 to 1000 lines");
        }
        return db.tx().write(() -> {
            lines.forEach(l -> positive(l.quantity()));
            UUID delivery = drafts.delivery(new Requests.Delivery(warehouseId, null, null, lines.stream()
                            .map(l -> new Requests.DeliveryLine(l.productId(), l.quantity(), null, null)).toList()),
                    i -> lines.get(i).line(), Kind.DELIVERY, LocationUsage.CUSTOMER);
            validator.validate(store.find(delivery, true).orElseThrow(), null, true);
            return delivery;
        });
    }

    @Override
    @RequiresPermission("inventory.write")
    public BigDecimal unreserve(DemandLine line) {
        return db.tx().write(() -> reservations.unreserve(Validator.demand(line), line.module() + " line " + line.line()));
    }

    @Override
    @RequiresPermission("inventory.write")
    public UUID deliver(DemandLine line, UUID productId, BigDecimal quantity, UUID warehouseId) {
        return db.tx().write(() -> {
            positive(quantity);
            UUID delivery = drafts.delivery(new Requests.Delivery(warehouseId, null, null,
                    List.of(new Requests.DeliveryLine(productId, quantity, null, null))), line);
            validator.validate(store.find(delivery, true).orElseThrow(), null, true);
            return delivery;
        });
    }

    @Override
    @RequiresPermission("inventory.write")
    public UUID receive(DemandLine line, UUID productId, BigDecimal quantity, BigDecimal unitCost, UUID warehouseId,
                        String lot) {
        return db.tx().write(() -> {
            positive(quantity);
            UUID receipt = drafts.receipt(new Requests.Receipt(warehouseId, null, null,
                    List.of(new Requests.ReceiptLine(productId, quantity, null, unitCost, lot, null, null))), line);
            validator.validate(store.find(receipt, true).orElseThrow(), null, true);
            expected.fulfil(line, quantity);
            return receipt;
        });
    }

    @Override
    @RequiresPermission("inventory.write")
    public UUID expect(List<ExpectedReceipt> lines, UUID warehouseId) {
        if (lines == null || lines.isEmpty() || lines.size() > 1000) {
            throw ApiProblem.invalid("lines", "must contain 1 to 1000 lines");
        }
        return db.tx().write(() -> expected.expect(lines, warehouseId));
    }

    @Override
    @RequiresPermission("inventory.write")
    public BigDecimal unexpect(List<DemandLine> lines) {
        return db.tx().write(() -> expected.withdraw(lines));
    }

    @Override
    @RequiresPermission("inventory.write")
    public ProductionMove consume(DemandLine line, UUID productId, BigDecimal quantity, UUID warehouseId) {
        return consume(line, productId, quantity, warehouseId, null);
    }

    @Override
    @RequiresPermission("inventory.write")
    public ProductionMove consume(DemandLine line, UUID productId, BigDecimal quantity, UUID warehouseId, String lot) {
        return db.tx().write(() -> {
            positive(quantity);
            if (lot != null) {
                // a validation takes the line's reservations first, whatever their lot: release them, so the lot decides
                reservations.unreserve(Validator.demand(line), line.module() + " line " + line.line());
            }
            UUID transfer = drafts.delivery(new Requests.Delivery(warehouseId, null, null,
                    List.of(new Requests.DeliveryLine(productId, quantity, null, lot))), line, Kind.CONSUMPTION,
                    LocationUsage.PRODUCTION);
            validator.validate(store.find(transfer, true).orElseThrow(), null, true);
            return new ProductionMove(transfer, value(transfer));
        });
    }

    @Override
    @RequiresPermission("inventory.write")
    public ProductionMove produce(DemandLine line, UUID productId, BigDecimal quantity, BigDecimal unitCost,
                                  UUID warehouseId, String lot) {
        return db.tx().write(() -> {
            positive(quantity);
            UUID transfer = drafts.receipt(new Requests.Receipt(warehouseId, null, null,
                    List.of(new Requests.ReceiptLine(productId, quantity, null, unitCost, lot, null, null))), line,
                    Kind.PRODUCTION, LocationUsage.PRODUCTION);
            validator.validate(store.find(transfer, true).orElseThrow(), null, true);
            return new ProductionMove(transfer, value(transfer));
        });
    }

    @Override
    @RequiresPermission("inventory.write")
    public UUID returnDelivered(List<DemandQuantity> lines, LocalDate date) {
        if (lines == null || lines.isEmpty() || lines.size() > 1000) {
            throw ApiProblem.invalid("lines", "must contain 1 to 1000 lines");
        }
        return db.tx().write(() -> direct.returnMoves(new Requests.Return(date, deliveredMoves(lines))));
    }

    /**
     * The done delivery moves a return takes back, latest first per line, up to each line's quantity (in one query
     * per document); 409 when a line asks more than its deliveries have left.
     */
    private List<Requests.ReturnLine> deliveredMoves(List<DemandQuantity> lines) {
        Map<DemandLine, List<Delivered>> byLine = new HashMap<>();
        Map<String, List<Integer>> documents = new LinkedHashMap<>();
        for (DemandQuantity q : lines) {
            positive(q.quantity());
            documents.computeIfAbsent(q.line().module() + "/" + q.line().documentId(), k -> new ArrayList<>()).add(q.line().line());
        }
        for (DemandQuantity q : lines) {
            String key = q.line().module() + "/" + q.line().documentId();
            List<Integer> numbers = documents.remove(key);
            if (numbers == null) {
                continue;
            }
            db.sql().sql("""
                    select m.id, m.origin_line, m.product_id, m.quantity - coalesce((select sum(r.quantity) from inv_moves r
                             where r.tenant_id = m.tenant_id and r.return_of = m.id and r.state = 'DONE'), 0) as left_qty
                    from inv_moves m join inv_transfers t on t.tenant_id = m.tenant_id and t.id = m.transfer_id
                    where m.tenant_id = ? and m.origin_module = ? and m.origin_id = ? and m.origin_line = any(?)
                      and m.state = 'DONE' and m.return_of is null and t.kind = 'DELIVERY'
                    order by m.move_date desc, m.id desc""")
                    .param(db.tenant()).param(q.line().module()).param(q.line().documentId())
                    .param(db.ints(numbers))
                    .query((java.sql.ResultSet rs) -> {
                        DemandLine line = new DemandLine(q.line().module(), q.line().documentId(), rs.getInt(2));
                        byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(new Delivered(rs.getObject(1, UUID.class),
                                rs.getObject(3, UUID.class), rs.getBigDecimal(4)));
                    });
        }
        List<Requests.ReturnLine> result = new ArrayList<>();
        for (DemandQuantity q : lines) {
            BigDecimal wanted = q.quantity();
            BigDecimal available = BigDecimal.ZERO;
            for (Delivered d : byLine.getOrDefault(q.line(), List.of())) {
                if (!d.productId().equals(q.productId()) || d.left().signum() <= 0) {
                    continue;
                }
                available = available.add(d.left());
                BigDecimal take = wanted.min(d.left());
                if (take.signum() > 0) {
                    result.add(new Requests.ReturnLine(d.moveId(), take));
                    wanted = wanted.subtract(take);
                }
            }
            if (wanted.signum() > 0) {
                throw ApiProblem.conflict(q.line().module() + " line " + q.line().line() + " has "
                        + Validator.plain(available) + " delivered and not returned yet; "
                        + Validator.plain(q.quantity()) + " cannot be returned");
            }
        }
        return result;
    }

    private record Delivered(UUID moveId, UUID productId, BigDecimal left) {
    }

    /** The value of a done transfer's moves: the sum of their valuation layers' amounts, unsigned. */
    private BigDecimal value(UUID transfer) {
        return db.sql().sql("""
                select coalesce(abs(sum(l.amount)), 0) from inv_valuation_layers l
                join inv_moves m on m.tenant_id = l.tenant_id and m.id = l.move_id
                where m.tenant_id = ? and m.transfer_id = ?""").param(db.tenant()).param(transfer)
                .query(BigDecimal.class).single();
    }

    @Override
    public StockLevel availability(UUID productId, UUID warehouseId) {
        return db.tx().read(() -> {
            product(productId);
            Warehouse warehouse = drafts.warehouse(warehouseId);
            StockFigures f = availability.figures(productId, warehouses.internalLocationIds(warehouse.id()));
            return new StockLevel(productId, warehouse.id(), f.onHand(), f.reserved(), f.available(), f.incoming(),
                    f.outgoing());
        });
    }

    @Override
    public List<ProjectedDay> projection(UUID productId, UUID warehouseId, LocalDate to) {
        LocalDate today = LocalDate.now();
        if (to == null || to.isBefore(today) || to.isAfter(today.plusDays(Projection.MAX_DAYS))) {
            throw ApiProblem.invalid("to", "must be from today to " + Projection.MAX_DAYS + " days ahead");
        }
        return db.tx().read(() -> {
            product(productId);
            Warehouse warehouse = drafts.warehouse(warehouseId);
            return projection.days(productId, warehouses.internalLocationIds(warehouse.id()), today, to);
        });
    }

    @Override
    public java.util.Map<UUID, StockLevel> availability(java.util.Collection<UUID> productIds, UUID warehouseId) {
        return db.tx().read(() -> {
            Warehouse warehouse = drafts.warehouse(warehouseId);
            java.util.Map<UUID, StockLevel> result = new java.util.HashMap<>();
            if (productIds.isEmpty()) {
                return result;
            }
            List<UUID> locations = warehouses.internalLocationIds(warehouse.id());
            java.sql.Array locs = db.uuids(locations);
            java.sql.Array products = db.uuids(productIds);
            java.util.Map<UUID, BigDecimal[]> figures = new java.util.HashMap<>();
            db.sql().sql("""
                    select product_id, sum(on_hand), sum(reserved) from inv_balances
                    where tenant_id = ? and product_id = any(?) and location_id = any(?) group by product_id""")
                    .param(db.tenant()).param(products).param(locs).query((java.sql.ResultSet rs) -> {
                        figures.put(rs.getObject(1, UUID.class), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3),
                                BigDecimal.ZERO, BigDecimal.ZERO});
                    });
            db.sql().sql("""
                    select product_id,
                      coalesce(sum(case when to_location_id = any(?) and not from_location_id = any(?) then quantity end), 0),
                      coalesce(sum(case when from_location_id = any(?) and not to_location_id = any(?) then quantity end), 0)
                    from inv_moves where tenant_id = ? and state in ('DRAFT', 'CONFIRMED', 'ASSIGNED') and product_id = any(?)
                    group by product_id""")
                    .param(locs).param(locs).param(locs).param(locs).param(db.tenant()).param(products)
                    .query((java.sql.ResultSet rs) -> {
                        BigDecimal[] f = figures.computeIfAbsent(rs.getObject(1, UUID.class),
                                k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                        f[2] = rs.getBigDecimal(2);
                        f[3] = rs.getBigDecimal(3);
                    });
            figures.forEach((p, f) -> result.put(p, new StockLevel(p, warehouse.id(), f[0], f[1], f[0].subtract(f[1]),
                    f[2], f[3])));
            return result;
        });
    }

    private ProductInfo product(UUID productId) {
        if (productId == null) {
            throw ApiProblem.invalid("productId", "is required");
        }
        ProductInfo product = catalog.products(List.of(productId)).get(productId);
        if (product == null) {
            throw FieldErrors.notFound("productId", "Product", productId);
        }
        return product;
    }

    private static void positive(BigDecimal quantity) {
        if (quantity == null || quantity.signum() <= 0) {
            throw ApiProblem.invalid("quantity", "must be positive");
        }
    }
}
