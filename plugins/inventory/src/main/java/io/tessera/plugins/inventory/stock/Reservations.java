package io.tessera.plugins.inventory.stock;

import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reservations per demand line. Reserving locks the product's balance rows with something available in the
 * canonical key order (re-checked after each wait, so a row another transaction has just exhausted drops out),
 * allocates first-expiry-first-out, then oldest lot first, then location, and reserves what it can (partial
 * availability). Unreserving and consuming release the rows again. Call inside a transaction; a document with
 * several products reserves them in product order.
 */
public class Reservations {

    private final TenantJdbc db;
    private final StockLedger ledger;

    Reservations(TenantJdbc db, StockLedger ledger) {
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
        return takeAll(List.of(new Take(demand, quantity, label))).get(demand);
    }

    /**
     * What to take of a demand line's reservations.
     *
     * @param demand   the demand line
     * @param quantity how much, or {@code null} for all of it
     * @param label    how the product is named in a refusal
     */
    public record Take(Demand demand, BigDecimal quantity, String label) {
    }

    /**
     * {@link #take} for several demand lines at once: one locking read of their reservations, one batch of deletes,
     * one of reductions and one balance change.
     *
     * @param takes distinct demand lines and what to take of each
     * @return where each demand line's quantity comes from (an empty list when it had nothing reserved)
     */
    public Map<Demand, List<Allocation>> takeAll(List<Take> takes) {
        record Row(UUID id, Demand demand, BalanceKey key, BigDecimal quantity) {
        }
        Map<Demand, List<Row>> byDemand = new HashMap<>();
        takes.forEach(t -> byDemand.put(t.demand(), new ArrayList<>()));
        if (takes.isEmpty()) {
            return Map.of();
        }
        db.sql().sql("""
                select r.id, r.demand_module, r.demand_id, r.demand_line, r.product_id, r.location_id, r.lot_id, r.quantity
                from inv_reservations r left join inv_lots l on l.tenant_id = r.tenant_id and l.id = r.lot_id
                where r.tenant_id = ? and (r.demand_module, r.demand_id, r.demand_line) in (select * from unnest(?, ?, ?))
                order by l.expiry nulls last, l.created_at nulls first, r.location_id, r.id
                for update of r""")
                .param(db.tenant()).param(db.strings(takes.stream().map(t -> t.demand().module()).toList()))
                .param(db.uuids(takes.stream().map(t -> t.demand().documentId()).toList()))
                .param(db.ints(takes.stream().map(t -> t.demand().line()).toList()))
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), new Demand(rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getInt(4)), new BalanceKey(rs.getObject(5, UUID.class), rs.getObject(6, UUID.class),
                        rs.getObject(7, UUID.class)), rs.getBigDecimal(8))).list()
                .forEach(r -> byDemand.get(r.demand()).add(r));
        Map<Demand, List<Allocation>> taken = new HashMap<>();
        List<BalanceDelta> deltas = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> reductions = new ArrayList<>();
        UUID tenant = db.tenant();
        for (Take t : takes) {
            BigDecimal left = t.quantity();
            List<Allocation> parts = new ArrayList<>();
            for (Row r : byDemand.get(t.demand())) {
                if (left != null && left.signum() <= 0) {
                    break;
                }
                BigDecimal part = left == null ? r.quantity() : r.quantity().min(left);
                if (left != null) {
                    left = left.subtract(part);
                }
                parts.add(new Allocation(r.key().locationId(), r.key().lotId(), part));
                deltas.add(new BalanceDelta(r.key(), BigDecimal.ZERO, part.negate(), true, t.label()));
                if (part.compareTo(r.quantity()) == 0) {
                    deletes.add(new Object[] {tenant, r.id()});
                } else {
                    reductions.add(new Object[] {part, tenant, r.id()});
                }
            }
            taken.put(t.demand(), parts);
        }
        if (!deletes.isEmpty()) {
            db.jdbc().batchUpdate("delete from inv_reservations where tenant_id = ? and id = ?", deletes);
        }
        if (!reductions.isEmpty()) {
            db.jdbc().batchUpdate("update inv_reservations set quantity = quantity - ? where tenant_id = ? and id = ?", reductions);
        }
        ledger.apply(deltas);
        return taken;
    }

    /**
     * What a demand line needs, at a validation or a reservation.
     *
     * @param demand    the demand line
     * @param productId the product
     * @param quantity  in the base unit: the quantity to move now ({@link #source}), or the quantity the line needs
     *                  reserved in total ({@link #reserveAll})
     * @param lotId     the only lot it may come from, or {@code null} for any
     * @param label     how the product is named in a refusal
     */
    public record Need(Demand demand, UUID productId, BigDecimal quantity, UUID lotId, String label) {
    }

    /**
     * Where a need's quantity comes from.
     *
     * @param parts     the locations and lots, null when there is not enough
     * @param available what the demand line had reserved plus what was available besides, when there is not enough
     */
    public record Sourced(List<Allocation> parts, BigDecimal available) {
    }

    /**
     * Sources the quantities of a validation's lines at once, as reserving what each line misses and then taking
     * its reservations would, in a fixed number of statements: locks every balance row of the lines' products in the
     * locations in the canonical key order (one statement), reads what each line has reserved (one), takes that (see
     * {@link #takeAll}) and allocates what is missing from what is available, earliest expiry first, then oldest lot,
     * without writing reservations that would be consumed at once (the caller moves the goods out of the rows
     * allocated, in the same transaction, under the locks taken here). When any line cannot be met nothing is written
     * and each line's result says what was available.
     *
     * @param needs       distinct demand lines, in product order
     * @param locationIds the locations stock may come from (a warehouse's internal locations)
     * @return one result per need, in order
     */
    public List<Sourced> source(List<Need> needs, List<UUID> locationIds) {
        if (needs.isEmpty()) {
            return List.of();
        }
        Locked locked = lockProducts(needs, locationIds);
        Map<Demand, BigDecimal> reserved = reserved(needs.stream().map(Need::demand).toList());
        List<List<Allocation>> direct = new ArrayList<>();
        List<Sourced> results = new ArrayList<>();
        List<Take> takes = new ArrayList<>();
        boolean short_ = false;
        for (Need need : needs) {
            BigDecimal fromReserved = reserved.getOrDefault(need.demand(), BigDecimal.ZERO).min(need.quantity());
            BigDecimal left = need.quantity().subtract(fromReserved);
            List<Allocation> parts = locked.allocate(need, left);
            left = left.subtract(parts.stream().map(Allocation::quantity).reduce(BigDecimal.ZERO, BigDecimal::add));
            if (left.signum() > 0) {
                short_ = true;
                results.add(new Sourced(null, need.quantity().subtract(left)));
            } else {
                results.add(null);
            }
            direct.add(parts);
            if (fromReserved.signum() > 0) {
                takes.add(new Take(need.demand(), fromReserved, need.label()));
            }
        }
        if (short_) {
            return results.stream().map(r -> r == null ? new Sourced(List.of(), null) : r).toList();
        }
        Map<Demand, List<Allocation>> taken = takeAll(takes);
        List<Sourced> sourced = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            List<Allocation> parts = new ArrayList<>(taken.getOrDefault(needs.get(i).demand(), List.of()));
            parts.addAll(direct.get(i));
            sourced.add(new Sourced(parts, null));
        }
        return sourced;
    }

    /**
     * Reserves what several demand lines miss, at once: locks every balance row of their products in the locations in
     * the canonical key order (one statement), reads what each line has reserved (one), allocates what each misses
     * from what is available, earliest expiry first, then oldest lot (partial availability), and writes the balance
     * changes and the reservations in one batch each.
     *
     * @param needs       distinct demand lines with the quantity each needs in total, in product order
     * @param locationIds the locations stock may come from (a warehouse's internal locations)
     * @return per need, what its line has reserved now (possibly less than it needs)
     */
    public List<BigDecimal> reserveAll(List<Need> needs, List<UUID> locationIds) {
        if (needs.isEmpty()) {
            return List.of();
        }
        Locked locked = lockProducts(needs, locationIds);
        Map<Demand, BigDecimal> reserved = reserved(needs.stream().map(Need::demand).toList());
        List<BigDecimal> now = new ArrayList<>();
        List<BalanceDelta> deltas = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        UUID tenant = db.tenant();
        Timestamp created = Timestamp.from(Instant.now());
        for (Need need : needs) {
            BigDecimal has = reserved.getOrDefault(need.demand(), BigDecimal.ZERO);
            BigDecimal missing = need.quantity().subtract(has);
            if (missing.signum() > 0 && !locationIds.isEmpty()) {
                for (Allocation a : locked.allocate(need, missing)) {
                    BalanceKey key = new BalanceKey(need.productId(), a.locationId(), a.lotId());
                    deltas.add(new BalanceDelta(key, BigDecimal.ZERO, a.quantity(), false, need.label()));
                    rows.add(new Object[] {tenant, Ids.newId(), need.demand().module(), need.demand().documentId(),
                        need.demand().line(), need.productId(), a.locationId(), a.lotId(), a.quantity(), created});
                    has = has.add(a.quantity());
                }
            }
            now.add(has);
        }
        ledger.apply(deltas);
        if (!rows.isEmpty()) {
            db.jdbc().batchUpdate("""
                    insert into inv_reservations (tenant_id, id, demand_module, demand_id, demand_line, product_id,
                      location_id, lot_id, quantity, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
        return now;
    }

    /** The locked balance rows of some products, with what is still available in each as allocations go. */
    private record Locked(Map<UUID, List<Candidate>> rows, Map<BalanceKey, BigDecimal> available) {

        /** Allocates up to a quantity of a need's product (and lot), earliest expiry first, then oldest lot. */
        List<Allocation> allocate(Need need, BigDecimal quantity) {
            BigDecimal left = quantity;
            List<Allocation> parts = new ArrayList<>();
            List<Candidate> order = new ArrayList<>(rows.getOrDefault(need.productId(), List.of()));
            order.sort(FEFO);
            for (Candidate c : order) {
                if (left.signum() <= 0) {
                    break;
                }
                BigDecimal free = available.get(c.key());
                if (free.signum() <= 0 || need.lotId() != null && !need.lotId().equals(c.key().lotId())) {
                    continue;
                }
                BigDecimal part = free.min(left);
                available.put(c.key(), free.subtract(part));
                left = left.subtract(part);
                parts.add(new Allocation(c.key().locationId(), c.key().lotId(), part));
            }
            return parts;
        }
    }

    /** Locks every balance row of the needs' products in the locations, in the canonical key order (one statement). */
    private Locked lockProducts(List<Need> needs, List<UUID> locationIds) {
        Map<UUID, List<Candidate>> rows = new HashMap<>();
        Map<BalanceKey, BigDecimal> available = new HashMap<>();
        if (locationIds.isEmpty()) {
            return new Locked(rows, available);
        }
        db.sql().sql("""
                select b.product_id, b.location_id, b.lot_id, b.on_hand - b.reserved, l.expiry, l.created_at
                from inv_balances b left join inv_lots l on l.tenant_id = b.tenant_id and l.id = b.lot_id
                where b.tenant_id = ? and b.product_id = any(?) and b.location_id = any(?)
                order by b.product_id, b.location_id, b.lot_id
                for update of b""")
                .param(db.tenant()).param(db.uuids(needs.stream().map(Need::productId).distinct().toList()))
                .param(db.uuids(locationIds))
                .query(rs -> {
                    Timestamp created = rs.getTimestamp(6);
                    Candidate c = new Candidate(new BalanceKey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class)), rs.getBigDecimal(4), rs.getObject(5, LocalDate.class),
                            created == null ? null : created.toInstant());
                    rows.computeIfAbsent(c.key().productId(), p -> new ArrayList<>()).add(c);
                    available.put(c.key(), c.available());
                });
        return new Locked(rows, available);
    }

    /**
     * What each of several demand lines has reserved (one statement).
     *
     * @param demands the demand lines
     * @return the reserved quantity per demand line that has any
     */
    public Map<Demand, BigDecimal> reserved(List<Demand> demands) {
        Map<Demand, BigDecimal> found = new HashMap<>();
        db.sql().sql("""
                select demand_module, demand_id, demand_line, sum(quantity) from inv_reservations
                where tenant_id = ? and (demand_module, demand_id, demand_line) in (select * from unnest(?, ?, ?))
                group by demand_module, demand_id, demand_line""")
                .param(db.tenant()).param(db.strings(demands.stream().map(Demand::module).toList()))
                .param(db.uuids(demands.stream().map(Demand::documentId).toList()))
                .param(db.ints(demands.stream().map(Demand::line).toList()))
                .query(rs -> {
                    found.put(new Demand(rs.getString(1), rs.getObject(2, UUID.class), rs.getInt(3)), rs.getBigDecimal(4));
                });
        return found;
    }

    private static final Comparator<Candidate> FEFO = Comparator.comparing(Candidate::expiry,
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Candidate::lotCreated, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Candidate::key);
}
