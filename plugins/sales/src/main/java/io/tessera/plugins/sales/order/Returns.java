package io.tessera.plugins.sales.order;

import io.tessera.plugins.accounting.api.DocumentStatus;
import io.tessera.plugins.accounting.api.DraftLine;
import io.tessera.plugins.accounting.api.Invoicing;
import io.tessera.plugins.accounting.api.SourceReference;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Customer returns of delivered goods: the goods go back into stock through inventory (valued at the deliveries' cost,
 * cost of goods sold reversed), and what of them was invoiced is credited by confirmed credit notes, one per invoice
 * credited, each allocated against its invoice. Never more than delivered and not yet returned: a guarded update under
 * the CHECK {@code returned <= delivered} (D15). Call inside a transaction.
 */
class Returns {

    private final TenantJdbc db;
    private final Orders orders;

    Returns(TenantJdbc db, Orders orders) {
        this.db = db;
        this.orders = orders;
    }

    /**
     * A return made.
     *
     * @param returnId      the return (all its lines)
     * @param stockReturnId inventory's return transfer, or {@code null} when nothing went back into stock (services,
     *                      tenants without inventory)
     * @param creditNoteIds the credit notes made (confirmed), empty when nothing returned was invoiced
     * @param order         the order after the return
     */
    record OrderReturn(UUID returnId, UUID stockReturnId, List<UUID> creditNoteIds, OrderView order) {
    }

    /**
     * Returns quantities of delivered order lines.
     *
     * @param id    the order
     * @param date  the return date (and the credit notes')
     * @param lines line id → quantity in the base unit (1 or more)
     * @return the return
     */
    @RequiresPermission("sales.write")
    OrderReturn create(UUID id, LocalDate date, Map<UUID, BigDecimal> lines) {
        Orders.OrderHead head = orders.lockOpen(id);
        Map<UUID, Orders.LineRow> byId = new LinkedHashMap<>();
        orders.lines(id).forEach(r -> byId.put(r.id(), r));
        List<Stockkeeping.LineQuantity> toStock = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        Map<UUID, BigDecimal> credit = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<UUID, BigDecimal> e : lines.entrySet()) {
            Orders.LineRow row = byId.get(e.getKey());
            if (row == null) {
                throw new ApiProblem(404, "Order line " + e.getKey() + " not found on this order",
                        List.of(new ApiProblem.FieldError("lines[" + index + "].lineId", "names no line of this order")));
            }
            BigDecimal left = row.delivered().subtract(row.returned());
            if (e.getValue().compareTo(left) > 0) {
                throw ApiProblem.conflict("Line " + row.lineNo() + " has " + plain(left) + " " + row.baseUom()
                        + " delivered and not returned; " + plain(e.getValue()) + " cannot be returned");
            }
            BigDecimal credited = e.getValue().min(row.invoiced().subtract(row.credited()));
            if (credited.signum() > 0) {
                credit.put(row.id(), credited);
            }
            if ("STORABLE".equals(row.productType())) {
                toStock.add(new Stockkeeping.LineQuantity(row.lineNo(), row.productId(), e.getValue()));
            }
            updates.add(new Object[] {e.getValue(), credited, db.tenant(), row.id(), e.getValue()});
            index++;
        }
        int[] counts = db.jdbc().batchUpdate("update sal_order_lines set returned = returned + ?, credited = credited + ? "
                + "where tenant_id = ? and id = ? and returned + ? <= delivered", updates);
        for (int count : counts) {
            if (count != 1) {
                throw ApiProblem.conflict("A line of order " + head.number() + " was returned meanwhile by another request; "
                        + "reload the order");
            }
        }
        UUID stockReturn = null;
        Optional<Stockkeeping.Desk> desk = orders.desk();
        if (!toStock.isEmpty() && desk.isPresent()) {
            stockReturn = desk.get().takeBack(id, date, toStock);
        }
        UUID returnId = Ids.newId();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<UUID, BigDecimal> e : lines.entrySet()) {
            rows.add(new Object[] {db.tenant(), Ids.newId(), returnId, id, e.getKey(), e.getValue(),
                credit.getOrDefault(e.getKey(), BigDecimal.ZERO), stockReturn, now});
        }
        db.jdbc().batchUpdate("insert into sal_order_returns (tenant_id, id, return_id, order_id, line_id, quantity, credited, "
                + "stock_return_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        List<UUID> creditNotes = credit(head, id, returnId, date, byId, credit, now);
        return new OrderReturn(returnId, stockReturn, creditNotes, orders.find(id).orElseThrow());
    }

    /**
     * Credits the returned quantities that were invoiced, newest invoice first: one confirmed credit note per invoice,
     * its lines priced and taxed as the invoice's.
     */
    private List<UUID> credit(Orders.OrderHead head, UUID orderId, UUID returnId, LocalDate date, Map<UUID, Orders.LineRow> rows,
                              Map<UUID, BigDecimal> credit, Timestamp now) {
        if (credit.isEmpty()) {
            return List.of();
        }
        List<Link> links = db.sql().sql("""
                        select id, line_id, invoice_id, quantity - credited from sal_order_invoice_lines
                         where tenant_id = :tenant and order_id = :order and line_id in (:lines) and quantity > credited
                         order by created_at desc, id desc""")
                .param("tenant", db.tenant()).param("order", orderId).param("lines", new ArrayList<>(credit.keySet()))
                .query((rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getBigDecimal(4)))
                .list();
        Invoicing invoicing = orders.invoicing();
        Map<UUID, DocumentStatus> statuses = invoicing.statuses(links.stream().map(Link::invoiceId).distinct().toList());
        Map<UUID, List<DraftLine>> byInvoice = new LinkedHashMap<>();
        List<Object[]> updates = new ArrayList<>();
        Map<UUID, BigDecimal> wanted = new LinkedHashMap<>(credit);
        for (Link link : links) {
            BigDecimal left = wanted.getOrDefault(link.lineId(), BigDecimal.ZERO);
            if (left.signum() <= 0) {
                continue;
            }
            DocumentStatus status = statuses.get(link.invoiceId());
            if (status == null || status.state() != DocumentStatus.State.POSTED) {
                throw ApiProblem.conflict("The invoice of order " + head.number() + " that holds the returned quantity is a "
                        + "draft; confirm it before the return, so that a credit note can credit it");
            }
            BigDecimal part = left.min(link.open());
            Orders.LineRow row = rows.get(link.lineId());
            byInvoice.computeIfAbsent(link.invoiceId(), k -> new ArrayList<>()).add(new DraftLine("Return: " + row.description(),
                    part, row.baseUnitPrice(), row.taxCode() == null ? row.taxRate() : null, null,
                    new SourceReference(Orders.MODULE, orderId, row.id()), row.taxCode(), null));
            updates.add(new Object[] {part, db.tenant(), link.id(), part});
            wanted.put(link.lineId(), left.subtract(part));
        }
        if (wanted.values().stream().anyMatch(q -> q.signum() > 0)) {
            throw new IllegalStateException("Order " + head.number() + ": the invoice links do not cover the invoiced quantity");
        }
        int[] counts = db.jdbc().batchUpdate("update sal_order_invoice_lines set credited = credited + ? "
                + "where tenant_id = ? and id = ? and credited + ? <= quantity", updates);
        for (int count : counts) {
            if (count != 1) {
                throw ApiProblem.conflict("An invoice of order " + head.number() + " was credited meanwhile; reload the order");
            }
        }
        List<UUID> creditNotes = new ArrayList<>();
        List<Object[]> rowsOut = new ArrayList<>();
        for (Map.Entry<UUID, List<DraftLine>> e : byInvoice.entrySet()) {
            UUID note = invoicing.createCreditNote(e.getKey(), date, e.getValue()).id();
            invoicing.confirm(note);
            creditNotes.add(note);
            rowsOut.add(new Object[] {db.tenant(), note, orderId, returnId, e.getKey(), now});
        }
        db.jdbc().batchUpdate("insert into sal_order_credit_notes (tenant_id, credit_note_id, order_id, return_id, invoice_id, "
                + "created_at) values (?, ?, ?, ?, ?, ?)", rowsOut);
        return creditNotes;
    }

    private record Link(UUID id, UUID lineId, UUID invoiceId, BigDecimal open) {
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
