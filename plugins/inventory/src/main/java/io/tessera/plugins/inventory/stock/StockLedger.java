package io.tessera.plugins.inventory.stock;

import io.tessera.plugins.inventory.common.Dialect;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Changes balances, the only writer of {@code inv_balances}. One call per document: the deltas are summed per
 * key, the existing rows locked in the canonical key order ({@link BalanceKey}), checked (so that a refusal can
 * say what is available), then written in the same order with one batched atomic {@code update … set on_hand =
 * on_hand + ?} (and an insert that adds to the row, should it exist meanwhile, for rows that do not exist yet) — never
 * read-modify-write. The CHECK constraints ({@code reserved >= 0}, {@code reserved <= on_hand}, {@code on_hand >= 0}
 * unless negative stock is allowed) stay the final guard. Call inside a transaction.
 */
public class StockLedger {

    private static final List<String> COLUMNS = List.of("tenant_id", "product_id", "location_id", "lot_id", "on_hand",
            "reserved", "may_go_negative");
    private static final List<String> KEY = COLUMNS.subList(0, 4);

    private static final String INCREMENT = """
            update inv_balances set on_hand = on_hand + ?, reserved = reserved + ?
            where tenant_id = ? and product_id = ? and location_id = ? and lot_id = ?""";

    private final TenantJdbc db;
    private final String upsert;

    StockLedger(TenantJdbc db) {
        this.db = db;
        this.upsert = Dialect.of(db).insertOrAdd("inv_balances", COLUMNS, KEY, List.of("on_hand", "reserved"));
    }

    /** On hand and reserved of a locked balance row. */
    record Current(BigDecimal onHand, BigDecimal reserved) {
    }

    /**
     * Applies the deltas of one document, all or nothing.
     *
     * @param deltas the changes, in any order, several per key allowed
     * @throws ApiProblem 409 naming each row that would go below what it holds or has reserved, with what is available
     */
    public void apply(List<BalanceDelta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        TreeMap<BalanceKey, BalanceDelta> summed = new TreeMap<>();
        for (BalanceDelta d : deltas) {
            summed.merge(d.key(), d, (a, b) -> new BalanceDelta(a.key(), a.onHand().add(b.onHand()),
                    a.reserved().add(b.reserved()), a.mayGoNegative() || b.mayGoNegative(), a.label()));
        }
        Map<BalanceKey, Current> current = lock(summed.keySet().stream().toList());
        List<String> shortages = new ArrayList<>();
        for (BalanceDelta d : summed.values()) {
            Current now = current.getOrDefault(d.key(), new Current(BigDecimal.ZERO, BigDecimal.ZERO));
            BigDecimal onHand = now.onHand().add(d.onHand());
            BigDecimal reserved = now.reserved().add(d.reserved());
            boolean belowZero = onHand.signum() < 0 && !d.mayGoNegative();
            boolean overReserved = reserved.signum() > 0 && reserved.compareTo(onHand) > 0;
            if (belowZero || overReserved || reserved.signum() < 0) {
                BigDecimal available = now.onHand().subtract(now.reserved()).max(BigDecimal.ZERO);
                shortages.add(d.label() + ": available " + available.stripTrailingZeros().toPlainString()
                        + " (on hand " + now.onHand().stripTrailingZeros().toPlainString() + ", reserved "
                        + now.reserved().stripTrailingZeros().toPlainString() + "), change "
                        + d.onHand().stripTrailingZeros().toPlainString());
            }
        }
        if (!shortages.isEmpty()) {
            throw ApiProblem.conflict("Not enough stock: " + String.join("; ", shortages));
        }
        UUID tenant = db.tenant();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (BalanceDelta d : summed.values()) {
            if (d.onHand().signum() == 0 && d.reserved().signum() == 0) {
                continue;
            }
            if (current.containsKey(d.key())) {
                updates.add(new Object[] {d.onHand(), d.reserved(), tenant, d.key().productId(), d.key().locationId(),
                        d.key().lotId()});
            } else {
                inserts.add(new Object[] {tenant, d.key().productId(), d.key().locationId(), d.key().lotId(), d.onHand(),
                        d.reserved(), d.mayGoNegative()});
            }
        }
        try {
            // locked rows: an atomic increment; new rows: an insert that, should another transaction have created
            // the row meanwhile, increments it instead (a CHECK sees the inserted values, so only new rows insert)
            db.jdbc().batchUpdate(INCREMENT, updates);
            db.jdbc().batchUpdate(upsert, inserts);
        } catch (DataIntegrityViolationException e) {
            if (TenantJdbc.violates(e, "inv_balances_")) {
                throw ApiProblem.conflict("Not enough stock: the database refused the change ("
                        + e.getMostSpecificCause().getMessage() + ")");
            }
            throw e;
        }
    }

    /**
     * Locks the balance rows of the keys in the canonical order and reads their on hand (zero for a row that does
     * not exist yet), e.g. to count the difference to a physical count.
     *
     * @param keys the keys, in any order
     * @return on hand per key
     */
    public Map<BalanceKey, BigDecimal> lockOnHand(List<BalanceKey> keys) {
        List<BalanceKey> sorted = keys.stream().distinct().sorted().toList();
        Map<BalanceKey, Current> rows = lock(sorted);
        Map<BalanceKey, BigDecimal> onHand = new HashMap<>();
        sorted.forEach(k -> onHand.put(k, rows.containsKey(k) ? rows.get(k).onHand() : BigDecimal.ZERO));
        return onHand;
    }

    /**
     * Locks the existing balance rows of the keys in the canonical order and reads them.
     *
     * @param keys sorted keys
     * @return the rows found
     */
    Map<BalanceKey, Current> lock(List<BalanceKey> keys) {
        List<UUID> products = new ArrayList<>(keys.size());
        List<UUID> locations = new ArrayList<>(keys.size());
        List<UUID> lots = new ArrayList<>(keys.size());
        for (BalanceKey k : keys) {
            products.add(k.productId());
            locations.add(k.locationId());
            lots.add(k.lotId());
        }
        Map<BalanceKey, Current> found = new HashMap<>();
        db.sql().sql("""
                select product_id, location_id, lot_id, on_hand, reserved from inv_balances
                where tenant_id = ? and (product_id, location_id, lot_id) in (select * from unnest(?, ?, ?))
                order by product_id, location_id, lot_id for update""")
                .param(db.tenant()).param(db.uuids(products)).param(db.uuids(locations)).param(db.uuids(lots))
                .query(rs -> {
                    found.put(new BalanceKey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class)), new Current(rs.getBigDecimal(4), rs.getBigDecimal(5)));
                });
        return found;
    }
}
