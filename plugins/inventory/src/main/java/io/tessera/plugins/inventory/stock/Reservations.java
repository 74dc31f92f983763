package io.tessera.plugins.inventory.stock;

import io.tessera.plugins.inventory.common.Db;
import io.tessera.sdk.persistence.Ids;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Reservations per demand line. Reserving locks the product's balance rows with something available in the
 * canonical key order (re-checked after each wait, so a row another transaction has just exhausted drops out),
 * allocates first-expiry-first-out, then oldest lot first, then location, and reserves what it can (partial
 * availability). Unreserving and consuming release the rows again. Call inside a transaction; a document with
 * several products reserves them in product order.
 */
public class Reservations {

    private final Db db;
    private final StockLedger ledger;

    Reservations(Db db, StockLedger ledger) {
        this.db = db;
        this.ledger = ledger;
    }

    private record Candidate(BalanceKey key, BigDecimal available, LocalDate expiry, Instant lotCreated) {
    }

    /**
     * Reserves up to {@code quantity} more for a demand line.
     *
     * @param demand      the demand line
     * @param productId   the product
     * @param quantity    how much more to reserve, in the base unit
     * @param locationIds the locations it may come from (a warehouse's internal locations)
     * @param lotId       the only lot it may come from, or {@code null} for any
     * @param label       how the product is named in a refusal
     * @return what was reserved, possibly less than asked (zero when nothing is available)
     */
    public BigDecimal reserve(Demand demand, UUID productId, BigDecimal quantity, List<UUID> locationIds, UUID lotId,
                              String label) {
        if (quantity.signum() <= 0 || locationIds.isEmpty()) {
            return BigDecimal.ZERO;
        }
        List<Candidate> candidates = db.sql().sql("""
                select b.product_id, b.location_id, b.lot_id, b.on_hand - b.reserved, l.expiry, l.created_at
                from inv_balances b left join inv_lots l on l.tenant_id = b.tenant_id and l.id = b.lot_id
                where b.tenant_id = ? and b.product_id = ? and b.location_id = any(?) and (cast(? as uuid) is null or b.lot_id = ?)
                  and b.on_hand > b.reserved
                order by b.product_id, b.location_id, b.lot_id
                for update of b""")
                .param(db.tenant()).param(productId).param(db.uuids(locationIds)).param(lotId).param(lotId)
                .query((rs, n) -> {
                    Timestamp created = rs.getTimestamp(6);
                    return new Candidate(new BalanceKey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class)), rs.getBigDecimal(4), rs.getObject(5, LocalDate.class),
                            created == null ? null : created.toInstant());
                }).list();
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparing(Candidate::expiry, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Candidate::lotCreated, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Candidate::key));
        BigDecimal left = quantity;
        List<BalanceDelta> deltas = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        UUID tenant = db.tenant();
        Timestamp now = Timestamp.from(Instant.now());
        for (Candidate c : order) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = c.available().min(left);
            left = left.subtract(take);
            deltas.add(new BalanceDelta(c.key(), BigDecimal.ZERO, take, false, label));
            rows.add(new Object[] {tenant, Ids.newId(), demand.module(), demand.documentId(), demand.line(),
                    c.key().productId(), c.key().locationId(), c.key().lotId(), take, now});
        }
        ledger.apply(deltas);
        db.jdbc().batchUpdate("""
                insert into inv_reservations (tenant_id, id, demand_module, demand_id, demand_line, product_id,
                  location_id, lot_id, quantity, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return quantity.subtract(left);
    }

    /**
     * What is reserved for a demand line.
     *
     * @param demand the demand line
     * @return the reserved quantity in the base unit, zero when none
     */
    public BigDecimal reserved(Demand demand) {
        return db.sql().sql("""
                select coalesce(sum(quantity), 0) from inv_reservations
                where tenant_id = ? and demand_module = ? and demand_id = ? and demand_line = ?""")
                .param(db.tenant()).param(demand.module()).param(demand.documentId()).param(demand.line())
                .query(BigDecimal.class).single();
    }

    /**
     * Releases every reservation of a demand line.
     *
     * @param demand the demand line
     * @param label  how the product is named in a refusal
     * @return what was released
     */
    public BigDecimal unreserve(Demand demand, String label) {
        List<Allocation> released = take(demand, null, label);
        return released.stream().map(Allocation::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Takes what a demand line has reserved, up to a quantity, in allocation order, releasing the reservations it
     * takes (the caller moves the goods out: it must take on hand of the same rows away in the same transaction).
     *
     * @param demand   the demand line
     * @param quantity how much to take, or {@code null} for all of it
     * @param label    how the product is named in a refusal
     * @return where the quantity comes from
     */
    public List<Allocation> take(Demand demand, BigDecimal quantity, String label) {
        record Row(UUID id, BalanceKey key, BigDecimal quantity) {
        }
        List<Row> rows = db.sql().sql("""
                select r.id, r.product_id, r.location_id, r.lot_id, r.quantity from inv_reservations r
                left join inv_lots l on l.tenant_id = r.tenant_id and l.id = r.lot_id
                where r.tenant_id = ? and r.demand_module = ? and r.demand_id = ? and r.demand_line = ?
                order by l.expiry nulls last, l.created_at nulls first, r.location_id, r.id
                for update of r""")
                .param(db.tenant()).param(demand.module()).param(demand.documentId()).param(demand.line())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), new BalanceKey(rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)), rs.getBigDecimal(5))).list();
        BigDecimal left = quantity;
        List<Allocation> taken = new ArrayList<>();
        List<BalanceDelta> deltas = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> reductions = new ArrayList<>();
        UUID tenant = db.tenant();
        for (Row r : rows) {
            if (left != null && left.signum() <= 0) {
                break;
            }
            BigDecimal part = left == null ? r.quantity() : r.quantity().min(left);
            if (left != null) {
                left = left.subtract(part);
            }
            taken.add(new Allocation(r.key().locationId(), r.key().lotId(), part));
            deltas.add(new BalanceDelta(r.key(), BigDecimal.ZERO, part.negate(), true, label));
            if (part.compareTo(r.quantity()) == 0) {
                deletes.add(new Object[] {tenant, r.id()});
            } else {
                reductions.add(new Object[] {part, tenant, r.id()});
            }
        }
        db.jdbc().batchUpdate("delete from inv_reservations where tenant_id = ? and id = ?", deletes);
        db.jdbc().batchUpdate("update inv_reservations set quantity = quantity - ? where tenant_id = ? and id = ?", reductions);
        ledger.apply(deltas);
        return taken;
    }
}
