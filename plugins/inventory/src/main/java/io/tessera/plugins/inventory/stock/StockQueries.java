package io.tessera.plugins.inventory.stock;

import io.tessera.sdk.persistence.TenantJdbc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Lists for the views: balances on hand and the moves history, page by page, each page one query. */
public class StockQueries {

    private final TenantJdbc db;

    StockQueries(TenantJdbc db) {
        this.db = db;
    }

    /**
     * A balance row with something on hand or reserved.
     *
     * @param productId  the product
     * @param locationId the location
     * @param lot        the lot or serial, or null
     * @param expiry     the lot's expiry date, or null
     * @param onHand     on hand
     * @param reserved   reserved
     */
    public record Balance(UUID productId, UUID locationId, String lot, LocalDate expiry, BigDecimal onHand,
                          BigDecimal reserved) {

        /**
         * On hand less reserved.
         *
         * @return the available quantity
         */
        public BigDecimal available() {
            return onHand.subtract(reserved);
        }
    }

    /**
     * A move in the history.
     *
     * @param id         the move
     * @param date       its date
     * @param productId  the product
     * @param quantity   the quantity in the base unit
     * @param fromId     where it came from
     * @param toId       where it went
     * @param lot        the lot or serial, or null
     * @param state      its state, lower case
     */
    public record Move(UUID id, LocalDate date, UUID productId, BigDecimal quantity, UUID fromId, UUID toId, String lot,
                       String state) {
    }

    /**
     * A page of balances, by product, location and lot.
     *
     * @param offset the first row
     * @param limit  the page size
     * @return the rows
     */
    public List<Balance> balances(int offset, int limit) {
        return db.tx().read(() -> db.sql().sql("""
                select b.product_id, b.location_id, l.name, l.expiry, b.on_hand, b.reserved
                from inv_balances b left join inv_lots l on l.tenant_id = b.tenant_id and l.id = b.lot_id
                where b.tenant_id = ? and (b.on_hand <> 0 or b.reserved <> 0)
                order by b.product_id, b.location_id, b.lot_id limit ? offset ?""")
                .param(db.tenant()).param(limit).param(offset)
                .query((rs, n) -> new Balance(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getBigDecimal(5), rs.getBigDecimal(6))).list());
    }

    /**
     * How many balances {@link #balances} lists.
     *
     * @return the count
     */
    public long countBalances() {
        return db.tx().read(() -> db.sql().sql("select count(*) from inv_balances where tenant_id = ? and (on_hand <> 0 or reserved <> 0)")
                .param(db.tenant()).query(Long.class).single());
    }

    /**
     * A page of moves, newest first.
     *
     * @param offset the first row
     * @param limit  the page size
     * @return the moves
     */
    public List<Move> moves(int offset, int limit) {
        return db.tx().read(() -> db.sql().sql("""
                select m.id, m.move_date, m.product_id, m.quantity, m.from_location_id, m.to_location_id,
                  coalesce(l.name, m.lot_name), m.state
                from inv_moves m left join inv_lots l on l.tenant_id = m.tenant_id and l.id = m.lot_id
                where m.tenant_id = ? order by m.id desc limit ? offset ?""")
                .param(db.tenant()).param(limit).param(offset)
                .query((rs, n) -> new Move(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, UUID.class), rs.getBigDecimal(4), rs.getObject(5, UUID.class),
                        rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8).toLowerCase())).list());
    }

    /**
     * How many moves {@link #moves} lists.
     *
     * @return the count
     */
    public long countMoves() {
        return db.tx().read(() -> db.sql().sql("select count(*) from inv_moves where tenant_id = ?")
                .param(db.tenant()).query(Long.class).single());
    }
}
