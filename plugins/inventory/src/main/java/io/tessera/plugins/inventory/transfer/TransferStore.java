package io.tessera.plugins.inventory.transfer;

import io.tessera.plugins.inventory.common.AppendOnly;
import io.tessera.sdk.persistence.TenantJdbc;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes transfers and their moves, in batches. Call inside a transaction. */
class TransferStore {

    private static final String MOVE_SELECT = "select m.*, l.name as lot_label, l.expiry as lot_label_expiry from inv_moves m "
            + "left join inv_lots l on l.tenant_id = m.tenant_id and l.id = m.lot_id ";

    private final TenantJdbc db;

    TransferStore(TenantJdbc db) {
        this.db = db;
    }

    Optional<TransferRow> find(UUID id, boolean lock) {
        return db.sql().sql("select * from inv_transfers where tenant_id = ? and id = ?" + (lock ? " for update" : ""))
                .param(db.tenant()).param(id).query((rs, n) -> transfer(rs)).optional();
    }

    UUID insertTransfer(UUID id, Kind kind, String state, UUID warehouse, UUID party, UUID from, UUID to,
                        UUID backorderOf, LocalDate date) {
        Timestamp now = Timestamp.from(Instant.now());
        db.sql().sql("""
                insert into inv_transfers (tenant_id, id, kind, state, warehouse_id, party_id, from_location_id,
                  to_location_id, backorder_of, transfer_date, created_at, done_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(db.tenant()).param(id).param(kind.name()).param(state).param(warehouse).param(party).param(from)
                .param(to).param(backorderOf).param(date).param(now).param(state.equals("DONE") ? now : null).update();
        return id;
    }

    void setState(UUID transfer, String state) {
        db.sql().sql("update inv_transfers set state = ?, done_at = ?, version = version + 1 where tenant_id = ? and id = ?")
                .param(state).param(state.equals("DONE") ? Timestamp.from(Instant.now()) : null)
                .param(db.tenant()).param(transfer).update();
    }

    /** One page of a kind's transfers, newest first, with their line counts (one query). */
    List<TransferSummary> list(Kind kind, String state, int limit, int offset) {
        return db.sql().sql("""
                select t.id, t.kind, t.state, t.warehouse_id, t.party_id, t.backorder_of, t.transfer_date,
                  (select count(*) from inv_moves m where m.tenant_id = t.tenant_id and m.transfer_id = t.id) as lines,
                  (select coalesce(sum(m.quantity), 0) from inv_moves m where m.tenant_id = t.tenant_id and m.transfer_id = t.id) as quantity
                from inv_transfers t where t.tenant_id = ? and t.kind = ? and (cast(? as varchar) is null or t.state = ?)
                order by t.id desc limit ? offset ?""")
                .param(db.tenant()).param(kind.name()).param(state).param(state).param(limit).param(offset)
                .query((rs, n) -> new TransferSummary(rs.getObject(1, UUID.class), rs.getString(2).toLowerCase(),
                        rs.getString(3).toLowerCase(), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
                        rs.getObject(6, UUID.class), rs.getObject(7, LocalDate.class), rs.getInt(8), rs.getBigDecimal(9)))
                .list();
    }

    long count(Kind kind, String state) {
        return db.sql().sql("select count(*) from inv_transfers where tenant_id = ? and kind = ? and (cast(? as varchar) is null or state = ?)")
                .param(db.tenant()).param(kind.name()).param(state).param(state).query(Long.class).single();
    }

    /** The moves of a transfer, by line. */
    List<MoveRow> moves(UUID transfer) {
        return db.sql().sql(MOVE_SELECT + "where m.tenant_id = ? and m.transfer_id = ? order by m.line_no, m.id")
                .param(db.tenant()).param(transfer).query((rs, n) -> move(rs)).list();
    }

    /** Moves by id, locked (the originals of a return). */
    Map<UUID, MoveRow> lockMoves(List<UUID> ids) {
        Map<UUID, MoveRow> found = new HashMap<>();
        db.sql().sql(MOVE_SELECT + "where m.tenant_id = ? and m.id = any(?) order by m.id for update of m")
                .param(db.tenant()).param(db.uuids(ids)).query((rs, n) -> move(rs)).list()
                .forEach(m -> found.put(m.id(), m));
        return found;
    }

    /** What has been returned of each of the given moves already (done returns). */
    Map<UUID, BigDecimal> returned(List<UUID> ids) {
        Map<UUID, BigDecimal> found = new HashMap<>();
        db.sql().sql("""
                select return_of, sum(quantity) from inv_moves where tenant_id = ? and return_of = any(?) and state = 'DONE'
                group by return_of""").param(db.tenant()).param(db.uuids(ids))
                .query(rs -> {
                    found.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
                });
        return found;
    }

    /** Reserved quantity per line of a transfer's own demand lines. */
    Map<Integer, BigDecimal> reservedByLine(UUID transfer) {
        Map<Integer, BigDecimal> found = new HashMap<>();
        db.sql().sql("""
                select demand_line, sum(quantity) from inv_reservations
                where tenant_id = ? and demand_module = 'inventory' and demand_id = ? group by demand_line""")
                .param(db.tenant()).param(transfer).query(rs -> {
                    found.put(rs.getInt(1), rs.getBigDecimal(2));
                });
        return found;
    }

    /** Inserts moves in one batch. */
    void insert(List<MoveRow> moves) {
        UUID tenant = db.tenant();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>(moves.size());
        for (MoveRow m : moves) {
            rows.add(new Object[] {tenant, m.id(), m.transferId(), m.lineNo(), m.productId(), m.quantity(),
                    m.enteredQuantity(), m.enteredUom(), m.fromLocationId(), m.toLocationId(), m.lotId(), m.lotName(),
                    m.lotExpiry(), m.state(), m.originModule(), m.originId(), m.originLine(), m.date(), m.unitCost(),
                    m.returnOf(), now, m.state().equals("DONE") ? now : null});
        }
        db.jdbc().batchUpdate("""
                insert into inv_moves (tenant_id, id, transfer_id, line_no, product_id, quantity, entered_quantity,
                  entered_uom, from_location_id, to_location_id, lot_id, lot_name, lot_expiry, state, origin_module,
                  origin_id, origin_line, move_date, unit_cost, return_of, created_at, done_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Turns open moves into done ones with their final quantity, source and lot, in one batch. */
    void markDone(List<MoveRow> moves) {
        UUID tenant = db.tenant();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>(moves.size());
        for (MoveRow m : moves) {
            rows.add(new Object[] {m.quantity(), m.enteredQuantity(), m.fromLocationId(), m.toLocationId(), m.lotId(),
                    m.unitCost(), now, tenant, m.id()});
        }
        int[] counts = db.jdbc().batchUpdate("""
                update inv_moves set quantity = ?, entered_quantity = ?, from_location_id = ?, to_location_id = ?,
                  lot_id = ?, unit_cost = ?, state = 'DONE', done_at = ? where tenant_id = ? and id = ? and state <> 'DONE'""", rows);
        AppendOnly.requireEachChanged(counts, i -> "move " + moves.get(i).id());
    }

    /** Moves open moves to another transfer (a backorder) with their remaining quantity. */
    void moveToBackorder(List<MoveRow> moves, UUID backorder) {
        UUID tenant = db.tenant();
        List<Object[]> rows = new ArrayList<>(moves.size());
        for (MoveRow m : moves) {
            rows.add(new Object[] {backorder, m.quantity(), m.enteredQuantity(), tenant, m.id()});
        }
        int[] counts = db.jdbc().batchUpdate("""
                update inv_moves set transfer_id = ?, quantity = ?, entered_quantity = ?, state = 'DRAFT'
                where tenant_id = ? and id = ? and state <> 'DONE'""", rows);
        AppendOnly.requireEachChanged(counts, i -> "move " + moves.get(i).id());
    }

    /** Cancels open moves (what is left of a transfer validated in part without a backorder), in one batch. */
    void cancel(List<MoveRow> moves) {
        UUID tenant = db.tenant();
        int[] counts = db.jdbc().batchUpdate("update inv_moves set state = 'CANCELLED' where tenant_id = ? and id = ? and state <> 'DONE'",
                moves.stream().map(m -> new Object[] {tenant, m.id()}).toList());
        AppendOnly.requireEachChanged(counts, i -> "move " + moves.get(i).id());
    }

    void setMovesState(UUID transfer, String state) {
        db.sql().sql("update inv_moves set state = ? where tenant_id = ? and transfer_id = ? and state in ('DRAFT', 'CONFIRMED', 'ASSIGNED')")
                .param(state).param(db.tenant()).param(transfer).update();
    }

    private static TransferRow transfer(ResultSet rs) throws SQLException {
        return new TransferRow(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")), rs.getString("state"),
                rs.getObject("warehouse_id", UUID.class), rs.getObject("party_id", UUID.class),
                rs.getObject("from_location_id", UUID.class), rs.getObject("to_location_id", UUID.class),
                rs.getObject("backorder_of", UUID.class), rs.getObject("transfer_date", LocalDate.class));
    }

    private static MoveRow move(ResultSet rs) throws SQLException {
        String lotName = rs.getString("lot_label") != null ? rs.getString("lot_label") : rs.getString("lot_name");
        LocalDate expiry = rs.getString("lot_label") != null ? rs.getObject("lot_label_expiry", LocalDate.class)
                : rs.getObject("lot_expiry", LocalDate.class);
        return new MoveRow(rs.getObject("id", UUID.class), rs.getObject("transfer_id", UUID.class), rs.getInt("line_no"),
                rs.getObject("product_id", UUID.class), rs.getBigDecimal("quantity"), rs.getBigDecimal("entered_quantity"),
                rs.getString("entered_uom"), rs.getObject("from_location_id", UUID.class),
                rs.getObject("to_location_id", UUID.class), rs.getObject("lot_id", UUID.class), lotName, expiry,
                rs.getString("state"), rs.getString("origin_module"), rs.getObject("origin_id", UUID.class),
                (Integer) rs.getObject("origin_line"), rs.getObject("move_date", LocalDate.class),
                rs.getBigDecimal("unit_cost"), rs.getObject("return_of", UUID.class));
    }
}
