package io.tessera.plugins.inventory.stock;

import io.tessera.plugins.inventory.api.LocationUsage;
import io.tessera.plugins.inventory.common.Numbers;
import io.tessera.plugins.inventory.warehouse.Location;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Where a lot or serial came from and where it went: its done moves with their documents, summed per outside
 * location usage in each direction (from suppliers, production, adjustments into own stock; out to customers, scrap,
 * adjustments), and what is on hand now per location. Three statements and one page of moves (keyset by move id).
 * Call inside a transaction.
 */
public class LotTrace {

    /** The most moves one page lists. */
    public static final int MAX_PAGE = 500;

    private final TenantJdbc db;
    private final Warehouses warehouses;

    LotTrace(TenantJdbc db, Warehouses warehouses) {
        this.db = db;
        this.warehouses = warehouses;
    }

    /**
     * The lot.
     *
     * @param id        the lot
     * @param productId its product
     * @param name      its name or serial
     * @param serial    whether it is a serial
     * @param expiry    its expiry date, or null
     */
    public record Lot(UUID id, UUID productId, String name, boolean serial, LocalDate expiry) {
    }

    /**
     * A quantity moved between own stock and outside locations of one usage.
     *
     * @param usage    the outside location's usage, e.g. {@code supplier}, {@code customer}, {@code scrap}
     * @param quantity the quantity in the product's base unit
     */
    public record Flow(String usage, BigDecimal quantity) {

        /** The quantity without the storage scale's trailing zeros. */
        public Flow {
            quantity = Numbers.quantity(quantity);
        }
    }

    /**
     * A location holding some of the lot now.
     *
     * @param locationId the location
     * @param location   its code
     * @param onHand     on hand there
     */
    public record Held(UUID locationId, String location, BigDecimal onHand) {

        /** The quantity without the storage scale's trailing zeros. */
        public Held {
            onHand = Numbers.quantity(onHand);
        }
    }

    /**
     * A done move of the lot.
     *
     * @param moveId       the move
     * @param direction    {@code in} (into own stock), {@code out} (out of it) or {@code internal}
     * @param date         its date
     * @param quantity     the quantity in the product's base unit
     * @param from         where it came from (location code)
     * @param fromUsage    that location's usage
     * @param to           where it went (location code)
     * @param toUsage      that location's usage
     * @param transferId   its document (receipt, delivery, return, scrap, adjustment, internal transfer), or null
     * @param document     that document's kind, lower case, or null
     * @param partyId      the document's supplier or customer, or null
     * @param originModule the module of the document it came from (e.g. a sales order), or null
     * @param originId     that document, or null
     * @param originLine   that document's line, or null
     * @param returnOf     the move it returns, or null
     */
    public record Move(UUID moveId, String direction, LocalDate date, BigDecimal quantity, String from, String fromUsage,
                       String to, String toUsage, UUID transferId, String document, UUID partyId, String originModule,
                       UUID originId, Integer originLine, UUID returnOf) {

        /** The quantity without the storage scale's trailing zeros. */
        public Move {
            quantity = Numbers.quantity(quantity);
        }
    }

    /**
     * The trace.
     *
     * @param lot      the lot
     * @param cameFrom what came into own stock, per outside usage
     * @param wentTo   what went out of own stock, per outside usage
     * @param onHand   on hand now in all own-stock locations
     * @param held     where it is now
     * @param moves    one page of its done moves, oldest first
     * @param next     the cursor ({@code after}) of the next page, or null on the last
     */
    public record Trace(Lot lot, List<Flow> cameFrom, List<Flow> wentTo, BigDecimal onHand, List<Held> held,
                        List<Move> moves, UUID next) {

        /** The quantity without the storage scale's trailing zeros. */
        public Trace {
            onHand = Numbers.quantity(onHand);
        }
    }

    /**
     * A lot of a product by name.
     *
     * @param productId the product (already checked to be the tenant's)
     * @param name      the lot's name or serial
     * @return the lot's id
     * @throws ApiProblem 404 naming {@code lot} when the product has no such lot
     */
    public UUID find(UUID productId, String name) {
        return db.sql().sql("select id from inv_lots where tenant_id = ? and product_id = ? and name = ?")
                .param(db.tenant()).param(productId).param(name.strip()).query(UUID.class).optional()
                .orElseThrow(() -> new ApiProblem(404, "Lot " + name.strip() + " not found",
                        List.of(new ApiProblem.FieldError("lot", "names no lot or serial of this product"))));
    }

    /**
     * The trace of a lot.
     *
     * @param lotId the lot
     * @param after the last move id of the previous page, or null
     * @param size  the page size, 1 to {@link #MAX_PAGE}
     * @return the trace
     * @throws ApiProblem 404 when the lot is not the tenant's
     */
    public Trace trace(UUID lotId, UUID after, int size) {
        Lot lot = db.sql().sql("select id, product_id, name, serial, expiry from inv_lots where tenant_id = ? and id = ?")
                .param(db.tenant()).param(lotId)
                .query((rs, n) -> new Lot(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getBoolean(4), rs.getObject(5, LocalDate.class))).optional()
                .orElseThrow(() -> FieldErrors.notFound("id", "Lot", lotId));
        record Sum(UUID from, UUID to, BigDecimal quantity) {
        }
        List<Sum> sums = db.sql().sql("""
                select from_location_id, to_location_id, sum(quantity) from inv_moves
                where tenant_id = ? and lot_id = ? and state = 'DONE' group by from_location_id, to_location_id""")
                .param(db.tenant()).param(lotId)
                .query((rs, n) -> new Sum(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBigDecimal(3))).list();
        List<Move> page = new ArrayList<>();
        record Row(UUID id, LocalDate date, BigDecimal quantity, UUID from, UUID to, UUID transfer, String kind, UUID party,
                   String originModule, UUID originId, Integer originLine, UUID returnOf) {
        }
        List<Row> rows = db.sql().sql("""
                select m.id, m.move_date, m.quantity, m.from_location_id, m.to_location_id, m.transfer_id, t.kind, t.party_id,
                  m.origin_module, m.origin_id, m.origin_line, m.return_of
                from inv_moves m left join inv_transfers t on t.tenant_id = m.tenant_id and t.id = m.transfer_id
                where m.tenant_id = ? and m.lot_id = ? and m.state = 'DONE' and (cast(? as uuid) is null or m.id > ?)
                order by m.id limit ?""")
                .param(db.tenant()).param(lotId).param(after).param(after).param(size + 1)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
                        rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), rs.getString(7),
                        rs.getObject(8, UUID.class), rs.getString(9), rs.getObject(10, UUID.class),
                        (Integer) rs.getObject(11), rs.getObject(12, UUID.class))).list();
        Map<UUID, BigDecimal> heldRows = new TreeMap<>();
        db.sql().sql("""
                select location_id, on_hand from inv_balances where tenant_id = ? and product_id = ? and lot_id = ? and on_hand <> 0
                order by location_id""")
                .param(db.tenant()).param(lot.productId()).param(lotId)
                .query(rs -> {
                    heldRows.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
                });
        Set<UUID> ids = new HashSet<>(heldRows.keySet());
        sums.forEach(s -> {
            ids.add(s.from());
            ids.add(s.to());
        });
        Map<UUID, Location> locations = warehouses.locations(ids);
        Map<String, BigDecimal> in = new TreeMap<>();
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Sum s : sums) {
            Location from = locations.get(s.from());
            Location to = locations.get(s.to());
            if (!from.usage().ownStock() && to.usage().ownStock()) {
                in.merge(usage(from.usage()), s.quantity(), BigDecimal::add);
            } else if (from.usage().ownStock() && !to.usage().ownStock()) {
                out.merge(usage(to.usage()), s.quantity(), BigDecimal::add);
            }
        }
        boolean more = rows.size() > size;
        for (Row r : more ? rows.subList(0, size) : rows) {
            Location from = locations.get(r.from());
            Location to = locations.get(r.to());
            String direction = from.usage().ownStock() == to.usage().ownStock() ? "internal" : to.usage().ownStock() ? "in" : "out";
            page.add(new Move(r.id(), direction, r.date(), r.quantity(), from.code(), usage(from.usage()), to.code(),
                    usage(to.usage()), r.transfer(), r.kind() == null ? null : r.kind().toLowerCase(Locale.ROOT), r.party(),
                    r.originModule(), r.originId(), r.originLine(), r.returnOf()));
        }
        List<Held> held = new ArrayList<>();
        heldRows.forEach((location, q) -> held.add(new Held(location, locations.get(location).code(), q)));
        return new Trace(lot, flows(in), flows(out), heldRows.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), held,
                page, more ? page.get(page.size() - 1).moveId() : null);
    }

    private static List<Flow> flows(Map<String, BigDecimal> sums) {
        return sums.entrySet().stream().map(e -> new Flow(e.getKey(), e.getValue())).toList();
    }

    static String usage(LocationUsage usage) {
        return usage.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
