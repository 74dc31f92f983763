package io.tessera.plugins.inventory.count;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.Tracking;
import io.tessera.plugins.inventory.api.LocationUsage;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.stock.BalanceKey;
import io.tessera.plugins.inventory.stock.StockLedger;
import io.tessera.plugins.inventory.transfer.Requests;
import io.tessera.plugins.inventory.transfer.Transfers;
import io.tessera.plugins.inventory.warehouse.Location;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Count sheets: created with the expected quantities of their location, counted, and validated once. Validation posts,
 * for every counted line, the difference between counted and expected on top of the stock on hand now (so that moves
 * done while counting are kept), as one adjustment through {@link Transfers#adjust}; all or nothing.
 */
public class CountSheets {

    private final TenantJdbc db;
    private final Catalog catalog;
    private final Warehouses warehouses;
    private final StockLedger ledger;
    private final Transfers transfers;

    CountSheets(TenantJdbc db, Catalog catalog, Warehouses warehouses, StockLedger ledger, Transfers transfers) {
        this.db = db;
        this.catalog = catalog;
        this.warehouses = warehouses;
        this.ledger = ledger;
        this.transfers = transfers;
    }

    /** A line as stored. */
    private record Line(int lineNo, UUID productId, UUID lotId, String lot, BigDecimal expected, BigDecimal counted) {
    }

    /**
     * Creates a sheet, snapshotting the location's expected quantities.
     *
     * @param request the location and optional products
     * @return the sheet
     */
    @RequiresPermission("inventory.manage")
    public CountView create(CountRequests.Create request) {
        return db.tx().write(() -> {
            FieldErrors problems = new FieldErrors();
            Location location = null;
            if (request.locationId() == null) {
                problems.add("locationId", "is required");
            } else {
                location = warehouses.location(request.locationId())
                        .orElseThrow(() -> FieldErrors.notFound("locationId", "Location", request.locationId()));
                if (location.usage() != LocationUsage.INTERNAL) {
                    problems.add("locationId", "is not an internal location");
                }
            }
            List<UUID> only = request.productIds();
            if (only != null) {
                Map<UUID, ProductInfo> products = catalog.products(only.stream().filter(Objects::nonNull).toList());
                for (int i = 0; i < only.size(); i++) {
                    UUID id = only.get(i);
                    if (id == null) {
                        problems.add("productIds[" + i + "]", "is required");
                    } else if (!products.containsKey(id)) {
                        throw FieldErrors.notFound("productIds[" + i + "]", "Product", id);
                    } else if (!Catalog.stocked(products.get(id))) {
                        problems.add("productIds[" + i + "]", "is not a storable product");
                    }
                }
            }
            problems.throwIfAny();
            UUID id = Ids.newId();
            LocalDate date = LocalDate.now();
            db.sql().sql("""
                    insert into inv_counts (tenant_id, id, location_id, state, count_date, created_at)
                    values (?, ?, ?, 'DRAFT', ?, ?)""")
                    .param(db.tenant()).param(id).param(location.id()).param(date).param(OffsetDateTime.now()).update();
            insertLines(id, snapshot(location.id(), only == null ? null : new LinkedHashSet<>(only)));
            return view(id);
        });
    }

    /**
     * A sheet.
     *
     * @param id the sheet
     * @return it
     */
    public CountView find(UUID id) {
        return db.tx().read(() -> view(id));
    }

    /**
     * Records counted quantities on lines of a draft sheet.
     *
     * @param id      the sheet
     * @param request the counted quantities
     * @return the sheet
     */
    @RequiresPermission("inventory.manage")
    public CountView record(UUID id, CountRequests.Record request) {
        return db.tx().write(() -> {
            lockDraft(id);
            List<CountRequests.Counted> counted = request.lines() == null ? List.of() : request.lines();
            Map<String, Line> byKey = new HashMap<>();
            lines(id).forEach(l -> byKey.put(key(l.productId(), l.lot()), l));
            Map<UUID, ProductInfo> products = catalog.products(counted.stream().map(CountRequests.Counted::productId)
                    .filter(Objects::nonNull).distinct().toList());
            FieldErrors problems = new FieldErrors();
            if (counted.isEmpty()) {
                problems.add("lines", "must contain at least one line");
            }
            Set<String> seen = new HashSet<>();
            List<Object[]> updates = new ArrayList<>();
            for (int i = 0; i < counted.size(); i++) {
                CountRequests.Counted c = counted.get(i);
                String f = "lines[" + i + "].";
                Line line = c.productId() == null ? null : byKey.get(key(c.productId(), c.lot()));
                if (line == null) {
                    problems.add(f + "productId", c.productId() == null ? "is required"
                            : "names no line of this count sheet (product and lot)");
                } else if (!seen.add(key(c.productId(), c.lot()))) {
                    problems.add(f + "productId", "is counted twice (same product and lot)");
                }
                if (c.countedQuantity() == null) {
                    problems.add(f + "countedQuantity", "is required");
                } else if (c.countedQuantity().signum() < 0) {
                    problems.add(f + "countedQuantity", "must not be negative");
                } else if (line != null && products.get(c.productId()).tracking() == Tracking.SERIAL
                        && c.countedQuantity().compareTo(BigDecimal.ONE) > 0) {
                    problems.add(f + "countedQuantity", "must be 0 or 1 for a serial");
                }
                if (line != null && c.countedQuantity() != null) {
                    updates.add(new Object[] {c.countedQuantity(), db.tenant(), id, line.lineNo()});
                }
            }
            problems.throwIfAny();
            db.jdbc().batchUpdate("update inv_count_lines set counted_qty = ? where tenant_id = ? and count_id = ? and line_no = ?",
                    updates);
            return view(id);
        });
    }

    /**
     * Validates a sheet: posts the counted differences as one adjustment and marks the sheet done.
     *
     * @param id the sheet
     * @return the sheet
     * @throws ApiProblem 409 when it is done already, 422 when no line is counted
     */
    @RequiresPermission("inventory.manage")
    public CountView validate(UUID id) {
        return db.tx().write(() -> {
            UUID locationId = lockDraft(id);
            List<Line> counted = lines(id).stream().filter(l -> l.counted() != null).toList();
            if (counted.isEmpty()) {
                throw ApiProblem.invalid("lines", "no line of the count sheet has a counted quantity");
            }
            Map<BalanceKey, BigDecimal> now = ledger.lockOnHand(counted.stream()
                    .map(l -> new BalanceKey(l.productId(), locationId, l.lotId() == null ? BalanceKey.NO_LOT : l.lotId())).toList());
            List<Requests.AdjustmentLine> adjustments = new ArrayList<>();
            for (Line l : counted) {
                BigDecimal onHand = now.get(new BalanceKey(l.productId(), locationId, l.lotId() == null ? BalanceKey.NO_LOT : l.lotId()));
                BigDecimal target = onHand.add(l.counted().subtract(l.expected()));
                if (target.signum() < 0) {
                    throw ApiProblem.conflict("Line " + l.lineNo() + " cannot be posted: " + onHand.toPlainString()
                            + " is on hand now, " + l.expected().subtract(l.counted()).toPlainString()
                            + " would have to be removed");
                }
                adjustments.add(new Requests.AdjustmentLine(l.productId(), target, l.lot()));
            }
            UUID adjustment = transfers.adjust(new Requests.Adjustment(locationId, null, adjustments)).id();
            db.sql().sql("update inv_counts set state = 'DONE', validated_at = ?, adjustment_id = ? where tenant_id = ? and id = ?")
                    .param(OffsetDateTime.now()).param(adjustment).param(db.tenant()).param(id).update();
            return view(id);
        });
    }

    /** Locks a draft sheet's row (a second validation waits, then finds it done); returns its location. */
    private UUID lockDraft(UUID id) {
        Object[] row = db.sql().sql("select location_id, state from inv_counts where tenant_id = ? and id = ? for update")
                .param(db.tenant()).param(id).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)})
                .optional().orElseThrow(() -> ApiProblem.notFound("Count sheet", id));
        if (!"DRAFT".equals(row[1])) {
            throw ApiProblem.conflict("Count sheet " + id + " is validated already");
        }
        return (UUID) row[0];
    }

    private List<Line> snapshot(UUID locationId, Set<UUID> only) {
        List<Line> held = db.sql().sql("""
                select b.product_id, l.id, l.name, b.on_hand from inv_balances b
                left join inv_lots l on l.tenant_id = b.tenant_id and l.id = b.lot_id
                where b.tenant_id = ? and b.location_id = ? and b.on_hand <> 0
                order by b.product_id, l.name""")
                .param(db.tenant()).param(locationId)
                .query((rs, n) -> new Line(0, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getBigDecimal(4), null))
                .list();
        List<Line> lines = new ArrayList<>();
        Set<UUID> present = new HashSet<>();
        for (Line l : held) {
            if (only == null || only.contains(l.productId())) {
                lines.add(new Line(lines.size() + 1, l.productId(), l.lotId(), l.lot(), l.expected(), null));
                present.add(l.productId());
            }
        }
        if (only != null) {
            for (UUID product : only) {
                if (present.add(product)) {
                    lines.add(new Line(lines.size() + 1, product, null, null, BigDecimal.ZERO, null));
                }
            }
        }
        return lines;
    }

    private void insertLines(UUID countId, List<Line> lines) {
        List<Object[]> rows = lines.stream().map(l -> new Object[] {db.tenant(), countId, l.lineNo(), l.productId(),
                l.lotId(), l.lot(), l.expected()}).toList();
        db.jdbc().batchUpdate("""
                insert into inv_count_lines (tenant_id, count_id, line_no, product_id, lot_id, lot_name, expected_qty)
                values (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private List<Line> lines(UUID countId) {
        return db.sql().sql("""
                select line_no, product_id, lot_id, lot_name, expected_qty, counted_qty from inv_count_lines
                where tenant_id = ? and count_id = ? order by line_no""")
                .param(db.tenant()).param(countId)
                .query((rs, n) -> new Line(rs.getInt(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6)))
                .list();
    }

    private CountView view(UUID id) {
        CountView head = db.sql().sql("""
                select location_id, state, count_date, adjustment_id from inv_counts where tenant_id = ? and id = ?""")
                .param(db.tenant()).param(id)
                .query((rs, n) -> new CountView(id, rs.getObject(1, UUID.class), rs.getString(2).toLowerCase(),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, UUID.class), List.of()))
                .optional().orElseThrow(() -> ApiProblem.notFound("Count sheet", id));
        List<CountView.Line> lines = lines(id).stream().map(l -> new CountView.Line(l.lineNo(), l.productId(), l.lotId(),
                l.lot(), l.expected(), l.counted(), l.counted() == null ? null : l.counted().subtract(l.expected()))).toList();
        return new CountView(head.id(), head.locationId(), head.state(), head.date(), head.adjustmentId(), lines);
    }

    private static String key(UUID productId, String lot) {
        return productId + "/" + (lot == null ? "" : lot.strip());
    }
}
