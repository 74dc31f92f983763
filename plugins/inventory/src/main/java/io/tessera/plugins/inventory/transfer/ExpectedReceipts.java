package io.tessera.plugins.inventory.transfer;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.inventory.api.DemandLine;
import io.tessera.plugins.inventory.api.ExpectedReceipt;
import io.tessera.plugins.inventory.api.LocationUsage;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.common.AppendOnly;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.plugins.inventory.warehouse.Warehouse;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Goods expected from suppliers for other modules' demand lines (purchase order lines): a draft receipt whose moves
 * carry the lines as origins, counted as incoming like any open move; receiving for a line shrinks its expected move,
 * and withdrawing cancels it. Call inside a transaction.
 */
class ExpectedReceipts {

    private final TenantJdbc db;
    private final Drafts drafts;
    private final Warehouses warehouses;
    private final TransferStore store;

    ExpectedReceipts(TenantJdbc db, Drafts drafts, Warehouses warehouses, TransferStore store) {
        this.db = db;
        this.drafts = drafts;
        this.warehouses = warehouses;
        this.store = store;
    }

    /** One draft receipt with a move per stocked line, on each line's date; 422 naming a bad line. */
    UUID expect(List<ExpectedReceipt> lines, UUID warehouseId) {
        Warehouse warehouse = drafts.warehouse(warehouseId);
        Map<UUID, ProductInfo> products = drafts.products(lines.stream().map(ExpectedReceipt::productId).toList());
        FieldErrors problems = new FieldErrors();
        UUID transfer = Ids.newId();
        UUID from = warehouses.virtual(LocationUsage.SUPPLIER).id();
        List<MoveRow> moves = new ArrayList<>();
        LocalDate first = null;
        for (int i = 0; i < lines.size(); i++) {
            ExpectedReceipt line = lines.get(i);
            ProductInfo product = line.productId() == null ? null : products.get(line.productId());
            if (product == null) {
                problems.add("lines[" + i + "].productId", "is not a product of this tenant");
                continue;
            }
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                problems.add("lines[" + i + "].quantity", "must be positive");
                continue;
            }
            if (!Catalog.stocked(product)) {
                continue;
            }
            LocalDate date = line.date() == null ? LocalDate.now() : line.date();
            first = first == null || date.isBefore(first) ? date : first;
            moves.add(Drafts.draft(transfer, moves.size() + 1, product.id(), line.quantity(), line.quantity(), product.baseUom(),
                    from, warehouse.stockLocationId(), null, null, line.line(), date, line.unitCost()));
        }
        problems.throwIfAny();
        if (moves.isEmpty()) {
            throw ApiProblem.invalid("lines", "name no stocked product");
        }
        store.insertTransfer(transfer, Kind.RECEIPT, "DRAFT", warehouse.id(), null, from, warehouse.stockLocationId(), null, first);
        store.insert(moves);
        return transfer;
    }

    /** Shrinks a demand line's expected moves, earliest first, by what arrived; a move nothing is left of is cancelled. */
    void fulfil(DemandLine line, BigDecimal received) {
        BigDecimal left = received;
        for (Open move : open(List.of(line))) {
            if (left.signum() <= 0) {
                break;
            }
            if (left.compareTo(move.quantity()) >= 0) {
                cancel(move);
                left = left.subtract(move.quantity());
            } else {
                int changed = db.sql().sql("update inv_moves set quantity = quantity - ?, entered_quantity = entered_quantity - ? "
                                + "where tenant_id = ? and id = ? and state <> 'DONE' and state = 'DRAFT'")
                        .param(left).param(left).param(db.tenant()).param(move.id()).update();
                AppendOnly.requireEachChanged(new int[] {changed}, i -> "expected move " + move.id());
                left = BigDecimal.ZERO;
            }
        }
    }

    /** Cancels what is still expected for the lines; the quantity withdrawn. */
    BigDecimal withdraw(List<DemandLine> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (Open move : open(lines)) {
            cancel(move);
            total = total.add(move.quantity());
        }
        return total;
    }

    private void cancel(Open move) {
        int changed = db.sql().sql("update inv_moves set state = 'CANCELLED' where tenant_id = ? and id = ? "
                        + "and state <> 'DONE' and state = 'DRAFT'")
                .param(db.tenant()).param(move.id()).update();
        AppendOnly.requireEachChanged(new int[] {changed}, i -> "expected move " + move.id());
        db.sql().sql("""
                update inv_transfers set state = 'CANCELLED', version = version + 1 where tenant_id = ? and id = ?
                   and state = 'DRAFT' and not exists (select 1 from inv_moves m where m.tenant_id = inv_transfers.tenant_id
                   and m.transfer_id = inv_transfers.id and m.state <> 'CANCELLED')""")
                .param(db.tenant()).param(move.transferId()).update();
    }

    /** The lines' open expected moves (draft receipt moves with the line as origin), locked, earliest first. */
    private List<Open> open(List<DemandLine> lines) {
        List<Open> result = new ArrayList<>();
        for (DemandLine line : lines) {
            result.addAll(db.sql().sql("""
                    select m.id, m.transfer_id, m.quantity, m.move_date from inv_moves m
                    join inv_transfers t on t.tenant_id = m.tenant_id and t.id = m.transfer_id
                    where m.tenant_id = ? and m.origin_module = ? and m.origin_id = ? and m.origin_line = ?
                      and m.state = 'DRAFT' and t.kind = 'RECEIPT'
                    order by m.move_date, m.id for update of m""")
                    .param(db.tenant()).param(line.module()).param(line.documentId()).param(line.line())
                    .query((rs, n) -> new Open(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBigDecimal(3),
                            rs.getObject(4, LocalDate.class))).list());
        }
        result.sort(Comparator.comparing(Open::date).thenComparing(Open::id));
        return result;
    }

    private record Open(UUID id, UUID transferId, BigDecimal quantity, LocalDate date) {
    }
}
