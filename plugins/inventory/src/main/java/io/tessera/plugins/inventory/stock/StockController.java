package io.tessera.plugins.inventory.stock;

import io.tessera.plugins.inventory.api.ProjectedDay;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.common.Numbers;
import io.tessera.plugins.inventory.warehouse.Location;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import io.tessera.sdk.web.PageView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/inventory/stock} (figures and balance rows), {@code GET /api/v1/inventory/stock/projection} (day by
 * day) and {@code GET /api/v1/inventory/moves}.
 */
@RestController
@RequestMapping("/api/v1/inventory")
class StockController {

    private final TenantJdbc db;
    private final Warehouses warehouses;
    private final Availability availability;
    private final Catalog catalog;
    private final Projection projection;

    StockController(TenantJdbc db, Warehouses warehouses, Availability availability, Catalog catalog, Projection projection) {
        this.db = db;
        this.warehouses = warehouses;
        this.availability = availability;
        this.catalog = catalog;
        this.projection = projection;
    }

    /**
     * A balance row.
     *
     * @param productId  the product
     * @param locationId the location
     * @param lotId      the lot, or null
     * @param lot        the lot's name, or null
     * @param expiry     the lot's expiry date, or null
     * @param onHand     on hand
     * @param reserved   reserved
     * @param available  on hand less reserved
     */
    record BalanceView(UUID productId, UUID locationId, UUID lotId, String lot, LocalDate expiry, BigDecimal onHand,
                       BigDecimal reserved, BigDecimal available) {

        BalanceView {
            onHand = Numbers.quantity(onHand);
            reserved = Numbers.quantity(reserved);
            available = Numbers.quantity(available);
        }
    }

    /**
     * Stock of a product or of all products in a warehouse or location.
     *
     * @param productId   the product filter, or null
     * @param warehouseId the warehouse (default warehouse when neither it nor a location is given)
     * @param locationId  the location filter, or null
     * @param onHand      on hand
     * @param reserved    reserved
     * @param available   on hand less reserved
     * @param incoming    open moves coming in
     * @param outgoing    open moves going out
     * @param lines       the balance rows, one page
     */
    record StockView(UUID productId, UUID warehouseId, UUID locationId, BigDecimal onHand, BigDecimal reserved,
                     BigDecimal available, BigDecimal incoming, BigDecimal outgoing, PageView<BalanceView> lines) {

        StockView {
            onHand = Numbers.quantity(onHand);
            reserved = Numbers.quantity(reserved);
            available = Numbers.quantity(available);
            incoming = Numbers.quantity(incoming);
            outgoing = Numbers.quantity(outgoing);
        }
    }

    @GetMapping("/stock")
    @RequiresPermission("inventory.read")
    StockView stock(@RequestParam(required = false) UUID productId, @RequestParam(required = false) UUID warehouseId,
                    @RequestParam(required = false) UUID locationId, @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size) {
        PageView.Paging paging = PageView.Paging.of(page, size);
        return db.tx().read(() -> {
            if (productId != null && catalog.products(List.of(productId)).isEmpty()) {
                throw FieldErrors.notFound("productId", "Product", productId);
            }
            UUID warehouse = warehouseId;
            List<UUID> locations;
            if (locationId != null) {
                Location location = warehouses.location(locationId)
                        .orElseThrow(() -> FieldErrors.notFound("locationId", "Location", locationId));
                if (warehouseId != null && !warehouseId.equals(location.warehouseId())) {
                    warehouses.find(warehouseId).orElseThrow(() -> FieldErrors.notFound("warehouseId", "Warehouse", warehouseId));
                    throw ApiProblem.invalid("locationId", "is not a location of warehouse " + warehouseId);
                }
                locations = List.of(locationId);
                warehouse = location.warehouseId();
            } else {
                if (warehouse == null) {
                    warehouse = warehouses.defaultWarehouse().id();
                } else if (warehouses.find(warehouse).isEmpty()) {
                    throw FieldErrors.notFound("warehouseId", "Warehouse", warehouseId);
                }
                locations = warehouses.internalLocationIds(warehouse);
            }
            StockFigures f = availability.figures(productId, locations);
            List<BalanceView> rows = db.sql().sql("""
                    select b.product_id, b.location_id, b.lot_id, l.name, l.expiry, b.on_hand, b.reserved
                    from inv_balances b left join inv_lots l on l.tenant_id = b.tenant_id and l.id = b.lot_id
                    where b.tenant_id = ? and (cast(? as uuid) is null or b.product_id = ?) and b.location_id = any(?)
                      and (b.on_hand <> 0 or b.reserved <> 0)
                    order by b.product_id, b.location_id, b.lot_id limit ? offset ?""")
                    .param(db.tenant()).param(productId).param(productId).param(db.uuids(locations))
                    .param(paging.size()).param(paging.offset())
                    .query((rs, n) -> {
                        UUID lot = rs.getObject(3, UUID.class);
                        return new BalanceView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                BalanceKey.NO_LOT.equals(lot) ? null : lot, rs.getString(4), rs.getObject(5, LocalDate.class),
                                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(6).subtract(rs.getBigDecimal(7)));
                    }).list();
            long total = paging.total(rows.size(), () -> db.sql().sql("""
                    select count(*) from inv_balances where tenant_id = ? and (cast(? as uuid) is null or product_id = ?)
                      and location_id = any(?) and (on_hand <> 0 or reserved <> 0)""")
                    .param(db.tenant()).param(productId).param(productId).param(db.uuids(locations)).query(Long.class).single());
            return new StockView(productId, warehouse, locationId, f.onHand(), f.reserved(), f.available(), f.incoming(),
                    f.outgoing(), PageView.of(rows, paging, total));
        });
    }

    /**
     * A product's projected stock in a warehouse, day by day from today.
     *
     * @param productId   the product
     * @param warehouseId the warehouse
     * @param onHand      on hand now
     * @param days        one entry per day from today to the last day asked, both included
     */
    record ProjectionView(UUID productId, UUID warehouseId, BigDecimal onHand, List<ProjectedDay> days) {

        ProjectionView {
            onHand = Numbers.quantity(onHand);
        }
    }

    /**
     * On hand now plus incoming minus outgoing by scheduled date, day by day from today to {@code to} (default 30
     * days ahead, at most {@value Projection#MAX_DAYS}).
     */
    @GetMapping("/stock/projection")
    @RequiresPermission("inventory.read")
    ProjectionView projection(@RequestParam(required = false) UUID productId, @RequestParam(required = false) UUID warehouseId,
                              @RequestParam(required = false) LocalDate to) {
        LocalDate today = LocalDate.now();
        LocalDate last = to != null ? to : today.plusDays(30);
        FieldErrors problems = new FieldErrors();
        if (productId == null) {
            problems.add("productId", "is required");
        }
        if (last.isBefore(today)) {
            problems.add("to", "must not be before today (" + today + ")");
        } else if (last.isAfter(today.plusDays(Projection.MAX_DAYS))) {
            problems.add("to", "must be at most " + Projection.MAX_DAYS + " days ahead");
        }
        problems.throwIfAny();
        return db.tx().read(() -> {
            if (catalog.products(List.of(productId)).isEmpty()) {
                throw FieldErrors.notFound("productId", "Product", productId);
            }
            UUID warehouse = warehouseId == null ? warehouses.defaultWarehouse().id()
                    : warehouses.find(warehouseId).orElseThrow(() -> FieldErrors.notFound("warehouseId", "Warehouse", warehouseId)).id();
            List<ProjectedDay> days = projection.days(productId, warehouses.internalLocationIds(warehouse), today, last);
            BigDecimal first = days.get(0).projected().subtract(days.get(0).incoming()).add(days.get(0).outgoing());
            return new ProjectionView(productId, warehouse, first, days);
        });
    }

    /**
     * A stock move.
     *
     * @param id              the move
     * @param transferId      its transfer, or null
     * @param line            its line number in the transfer
     * @param productId       the product
     * @param quantity        the quantity in the product's base unit
     * @param enteredQuantity the quantity as entered
     * @param uom             the unit it was entered in
     * @param fromLocationId  where it comes from
     * @param toLocationId    where it goes
     * @param lotId           its lot or serial, or null
     * @param lot             the lot's or serial's name, or null
     * @param state           draft, confirmed, assigned, done or cancelled
     * @param date            its date
     * @param originModule    the module of the document it came from, or null
     * @param originId        that document, or null
     * @param originLine      that document's line, or null
     * @param returnOf        the move it returns, or null
     * @param unitCost        the cost per base unit entered on a receipt, or null
     */
    record MoveView(UUID id, UUID transferId, int line, UUID productId, BigDecimal quantity, BigDecimal enteredQuantity,
                    String uom, UUID fromLocationId, UUID toLocationId, UUID lotId, String lot, String state,
                    LocalDate date, String originModule, UUID originId, Integer originLine, UUID returnOf,
                    BigDecimal unitCost) {

        MoveView {
            quantity = Numbers.quantity(quantity);
            enteredQuantity = Numbers.quantity(enteredQuantity);
            unitCost = Numbers.quantity(unitCost);
        }
    }

    /**
     * Moves, newest first. Page with {@code page} or, for long histories, with the keyset cursor {@code before}
     * (the last id of the previous page).
     */
    @GetMapping("/moves")
    @RequiresPermission("inventory.read")
    PageView<MoveView> moves(@RequestParam(required = false) UUID productId, @RequestParam(required = false) LocalDate from,
                             @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String state,
                             @RequestParam(required = false) UUID before,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageView.Paging paging = PageView.Paging.of(page, size);
        String wantedState = state == null ? null : state.toUpperCase();
        if (wantedState != null && !List.of("DRAFT", "CONFIRMED", "ASSIGNED", "DONE", "CANCELLED").contains(wantedState)) {
            throw ApiProblem.badRequest("state", "must be draft, confirmed, assigned, done or cancelled");
        }
        LocalDate start = from != null ? from : LocalDate.of(1, 1, 1);
        LocalDate end = to != null ? to : LocalDate.of(9999, 12, 31);
        return db.tx().read(() -> {
            if (productId != null && catalog.products(List.of(productId)).isEmpty()) {
                throw FieldErrors.notFound("productId", "Product", productId);
            }
            String filter = " from inv_moves m left join inv_lots l on l.tenant_id = m.tenant_id and l.id = m.lot_id"
                    + " where m.tenant_id = ? and (cast(? as uuid) is null or m.product_id = ?) and m.move_date between ? and ?"
                    + " and (cast(? as varchar) is null or m.state = ?)";
            List<MoveView> items = db.sql().sql("select m.*, l.name as lot" + filter
                            + " and (cast(? as uuid) is null or m.id < ?) order by m.id desc limit ? offset ?")
                    .param(db.tenant()).param(productId).param(productId).param(start).param(end)
                    .param(wantedState).param(wantedState).param(before).param(before)
                    .param(paging.size()).param(before == null ? paging.offset() : 0)
                    .query((rs, n) -> new MoveView(rs.getObject("id", UUID.class), rs.getObject("transfer_id", UUID.class),
                            rs.getInt("line_no"), rs.getObject("product_id", UUID.class), rs.getBigDecimal("quantity"),
                            rs.getBigDecimal("entered_quantity"), rs.getString("entered_uom"),
                            rs.getObject("from_location_id", UUID.class), rs.getObject("to_location_id", UUID.class),
                            rs.getObject("lot_id", UUID.class), rs.getString("lot"), rs.getString("state").toLowerCase(),
                            rs.getObject("move_date", LocalDate.class), rs.getString("origin_module"),
                            rs.getObject("origin_id", UUID.class), (Integer) rs.getObject("origin_line"),
                            rs.getObject("return_of", UUID.class), rs.getBigDecimal("unit_cost"))).list();
            long total = paging.total(items.size(), () -> db.sql().sql("select count(*)" + filter)
                    .param(db.tenant()).param(productId).param(productId).param(start).param(end)
                    .param(wantedState).param(wantedState).query(Long.class).single());
            return PageView.of(items, paging, total);
        });
    }
}
