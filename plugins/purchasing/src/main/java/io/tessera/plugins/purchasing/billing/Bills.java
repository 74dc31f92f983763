package io.tessera.plugins.purchasing.billing;

import io.tessera.plugins.accounting.api.DocumentKind;
import io.tessera.plugins.accounting.api.DraftDocument;
import io.tessera.plugins.accounting.api.DocumentStatus;
import io.tessera.plugins.accounting.api.DraftLine;
import io.tessera.plugins.accounting.api.Invoicing;
import io.tessera.plugins.accounting.api.JournalPosting;
import io.tessera.plugins.accounting.api.PostingRole;
import io.tessera.plugins.accounting.api.Postings;
import io.tessera.plugins.accounting.api.SourceReference;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.plugins.purchasing.common.Money;
import io.tessera.plugins.purchasing.common.PurchasingPermissions;
import io.tessera.plugins.purchasing.common.Settings;
import io.tessera.plugins.purchasing.order.OrderStore;
import io.tessera.plugins.purchasing.order.Orders;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Vendor bills from purchase orders with the three-way match (order, receipt, bill):
 * <ul>
 * <li>a line's billed quantity never exceeds what its policy allows — the ordered quantity or the received one. The
 * order is locked, then each line's billed quantity grows by an atomic {@code update … where billed + q <= cap}; the
 * CHECK {@code pur_order_lines_billed_ck} refuses anything beyond as the last guard, whoever writes;</li>
 * <li>a received storable line's bill debits stock received not billed with exactly what its receipts credited (the
 * line's cost; the last bill of a fully received line takes the rest, so the account clears to zero for the order);</li>
 * <li>a billed price that differs from the ordered one by no more than the tenant's tolerance is booked to the price
 * difference account (above: a bill line; below: one entry Dr stock received not billed / Cr price difference when the
 * bill posts). Beyond the tolerance the bill is held as an accounting draft with a readable reason until a user with
 * {@code purchasing.release-bills} releases it.</li>
 * </ul>
 * Services, consumables and lines not received into stock are billed to the chart's purchases account.
 */
public class Bills {

    /** The module id on journal entries and invoice line sources. */
    static final String MODULE = "purchasing";

    private final TenantJdbc db;
    private final ModuleServices services;
    private final OrderStore orders;
    private final Settings settings;
    private final CurrentUser user;

    Bills(TenantJdbc db, ModuleServices services, OrderStore orders, Settings settings, CurrentUser user) {
        this.db = db;
        this.services = services;
        this.orders = orders;
        this.settings = settings;
        this.user = user;
    }

    /**
     * Bills an order.
     *
     * @param orderId the order
     * @param request the bill; everything billable at the ordered prices when it or its lines are absent
     * @return the bill
     */
    @RequiresPermission(PurchasingPermissions.WRITE)
    public BillResult bill(UUID orderId, BillRequest request) {
        return db.tx().write(() -> {
            OrderStore.Header order = orders.lock(orderId);
            if (!"CONFIRMED".equals(order.state())) {
                throw ApiProblem.conflict("Purchase order " + order.number() + " is " + order.state().toLowerCase(Locale.ROOT)
                        + ": only a confirmed order can be billed");
            }
            Map<Integer, OrderStore.LineRow> lines = new HashMap<>();
            orders.lines(orderId).forEach(l -> lines.put(l.lineNo(), l));
            List<BillRequest.Line> wanted = wanted(request, lines, order);
            LocalDate date = request != null && request.date() != null ? request.date() : LocalDate.now();
            LocalDate due = request != null && request.dueDate() != null ? request.dueDate() : date;
            FieldErrors problems = new FieldErrors();
            if (due.isBefore(date)) {
                problems.add("dueDate", "must not be before the bill date");
            }
            check(problems, wanted, lines);
            problems.throwIfAny();

            int digits = Currency.getInstance(order.currency()).getDefaultFractionDigits();
            BigDecimal tolerance = settings.tolerance();
            List<Matched> matched = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            for (BillRequest.Line w : wanted) {
                OrderStore.LineRow line = lines.get(w.line());
                BigDecimal q = w.quantity() != null ? w.quantity() : line.toBill();
                BigDecimal price = w.unitPrice() != null ? w.unitPrice() : line.unitPrice();
                Matched m = match(line, q, price, digits);
                addBilled(order, line, m);
                matched.add(m);
                String reason = priceReason(line, price, tolerance);
                if (reason != null) {
                    reasons.add(reason);
                }
            }
            boolean held = !reasons.isEmpty();
            String reason = held ? String.join("; ", reasons) + ". Tolerance: " + tolerance.stripTrailingZeros().toPlainString()
                    + " %." : null;
            UUID billId = Ids.newId();
            DocumentStatus draft = invoicing().createDraft(new DraftDocument(DocumentKind.VENDOR_BILL, order.partyId(),
                    order.currency(), date, due, draftLines(order, billId, matched)));
            UUID invoiceId = draft.id();
            BigDecimal total = draft.total(); // what the vendor asks: the matched amounts plus the tax of the lines' codes
            db.sql().sql("""
                            insert into pur_bills (tenant_id, id, order_id, invoice_id, state, bill_date, total, held_reason,
                              created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .param(db.tenant()).param(billId).param(orderId).param(invoiceId).param(held ? "HELD" : "POSTED")
                    .param(date).param(total).param(reason).param(OffsetDateTime.now()).update();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < matched.size(); i++) {
                Matched m = matched.get(i);
                rows.add(new Object[] {db.tenant(), billId, i + 1, orderId, m.line().lineNo(), m.quantity(), m.unitPrice(),
                        m.matched(), m.difference()});
            }
            db.jdbc().batchUpdate("""
                    insert into pur_bill_lines (tenant_id, bill_id, line_no, order_id, order_line_no, quantity, unit_price,
                      matched_amount, difference) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            if (!held) {
                post(billId, invoiceId, order, date);
            }
            db.sql().sql("update pur_orders set version = version + 1 where tenant_id = ? and id = ?")
                    .param(db.tenant()).param(orderId).update();
            orders.completeIfDone(orderId);
            return new BillResult(billId, orderId, order.number(), order.partyId(), invoiceId, held,
                    held ? "HELD" : "POSTED", reason, date, Money.amount(total, order.currency()));
        });
    }

    /**
     * Releases a held bill: posts it as it is.
     *
     * @param billId the bill
     * @return the bill
     */
    @RequiresPermission(PurchasingPermissions.RELEASE)
    public BillResult release(UUID billId) {
        return db.tx().write(() -> {
            UUID orderId = db.sql().sql("select order_id from pur_bills where tenant_id = ? and id = ?")
                    .param(db.tenant()).param(billId).query(UUID.class).optional()
                    .orElseThrow(() -> ApiProblem.notFound("Bill", billId));
            OrderStore.Header order = orders.lock(orderId);
            BillRow bill = bill(billId);
            if (!"HELD".equals(bill.state())) {
                throw ApiProblem.conflict("The bill of " + order.number() + " is not held: it was posted already");
            }
            post(billId, bill.invoiceId(), order, bill.date());
            db.sql().sql("update pur_bills set released_by = ?, released_at = ? where tenant_id = ? and id = ?")
                    .param(user.id().orElse(null)).param(OffsetDateTime.now()).param(db.tenant()).param(billId).update();
            orders.completeIfDone(orderId);
            return new BillResult(billId, orderId, order.number(), order.partyId(), bill.invoiceId(), false, "POSTED",
                    null, bill.date(), Money.amount(bill.total(), order.currency()));
        });
    }

    /**
     * One bill.
     *
     * @param billId the bill
     * @return the bill
     */
    public BillResult find(UUID billId) {
        return db.tx().read(() -> {
            BillRow b = bill(billId);
            OrderStore.Header order = db.sql().sql("select number, party_id, currency from pur_orders where tenant_id = ? and id = ?")
                    .param(db.tenant()).param(b.orderId())
                    .query((rs, n) -> new OrderStore.Header(b.orderId(), rs.getString("number"),
                            rs.getObject("party_id", UUID.class), rs.getString("currency"), null, null, null)).single();
            return new BillResult(billId, b.orderId(), order.number(), order.partyId(), b.invoiceId(),
                    "HELD".equals(b.state()), b.state(), b.reason(), b.date(), Money.amount(b.total(), order.currency()));
        });
    }

    /**
     * Bills of the tenant, newest first, by keyset.
     *
     * @param state  {@code HELD} or {@code POSTED}, or {@code null} for both
     * @param before the last id of the previous page, or {@code null}
     * @param size   rows per page, 1 to 200
     * @return the bills
     */
    public List<BillResult> list(String state, UUID before, int size) {
        if (state != null && !state.equals("HELD") && !state.equals("POSTED")) {
            throw ApiProblem.invalid("state", "must be HELD or POSTED");
        }
        return db.tx().read(() -> db.sql().sql("""
                        select b.id, b.order_id, o.number, o.party_id, b.invoice_id, b.state, b.held_reason, b.bill_date,
                               b.total, o.currency
                        from pur_bills b join pur_orders o on o.tenant_id = b.tenant_id and o.id = b.order_id
                        where b.tenant_id = ? and (cast(? as varchar(10)) is null or b.state = ?)
                          and (cast(? as uuid) is null or b.id < ?)
                        order by b.id desc limit ?""")
                .param(db.tenant()).param(state).param(state).param(before).param(before)
                .param(Math.max(1, Math.min(200, size)))
                .query((rs, n) -> new BillResult(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                        rs.getString("number"), rs.getObject("party_id", UUID.class), rs.getObject("invoice_id", UUID.class),
                        "HELD".equals(rs.getString("state")), rs.getString("state"), rs.getString("held_reason"),
                        rs.getObject("bill_date", LocalDate.class),
                        Money.amount(rs.getBigDecimal("total"), rs.getString("currency")))).list());
    }

    private List<BillRequest.Line> wanted(BillRequest request, Map<Integer, OrderStore.LineRow> lines,
                                          OrderStore.Header order) {
        if (request != null && request.lines() != null) {
            return request.lines();
        }
        List<BillRequest.Line> all = lines.values().stream().filter(l -> l.toBill().signum() > 0)
                .sorted(java.util.Comparator.comparingInt(OrderStore.LineRow::lineNo))
                .map(l -> new BillRequest.Line(l.lineNo(), null, null)).toList();
        if (all.isEmpty()) {
            throw ApiProblem.conflict("Purchase order " + order.number() + " has nothing to bill: every line is billed "
                    + "up to what its policy allows (received or ordered)");
        }
        return all;
    }

    private static void check(FieldErrors problems, List<BillRequest.Line> wanted, Map<Integer, OrderStore.LineRow> lines) {
        if (wanted.isEmpty()) {
            problems.add("lines", "must name at least one line");
        }
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            BillRequest.Line w = wanted.get(i);
            String f = "lines[" + i + "].";
            if (w == null) {
                problems.add("lines[" + i + "]", "is required");
                continue;
            }
            if (w.line() == null) {
                problems.add(f + "line", "is required");
            } else if (!lines.containsKey(w.line())) {
                problems.add(f + "line", "names no line of the order");
            } else if (!seen.add(w.line())) {
                problems.add(f + "line", "names a line billed twice in one bill");
            }
            if (w.quantity() != null && w.quantity().signum() <= 0) {
                problems.add(f + "quantity", "must be positive");
            } else if (w.quantity() != null && w.quantity().stripTrailingZeros().scale() > 6) {
                problems.add(f + "quantity", "must have at most 6 decimals");
            } else if (w.quantity() != null && w.quantity().compareTo(Orders.MAX.multiply(Orders.MAX)) > 0) {
                problems.add(f + "quantity", "is larger than any order line");
            }
            if (w.unitPrice() != null && w.unitPrice().signum() < 0) {
                problems.add(f + "unitPrice", "must not be negative");
            } else if (w.unitPrice() != null && w.unitPrice().stripTrailingZeros().scale() > 4) {
                problems.add(f + "unitPrice", "must have at most 4 decimals");
            } else if (w.unitPrice() != null && w.unitPrice().compareTo(Orders.MAX) > 0) {
                problems.add(f + "unitPrice", "must be at most " + Orders.MAX.toPlainString());
            }
        }
    }

    /** The amounts of billing {@code q} of a line at a price per ordered unit. */
    static Matched match(OrderStore.LineRow line, BigDecimal q, BigDecimal price, int digits) {
        BigDecimal billedAfter = line.billedQty().add(q);
        BigDecimal matched;
        if (line.stocked() && billedAfter.compareTo(line.receivedQty()) == 0) {
            // the last bill of what arrived takes exactly what the receipts credited, so the account clears
            matched = line.receivedValue().subtract(line.billedValue());
        } else if (!line.stocked() && billedAfter.compareTo(line.baseQty()) == 0) {
            matched = line.subtotal().subtract(line.billedValue());
        } else {
            matched = q.multiply(line.unitCost()).setScale(digits, RoundingMode.HALF_UP);
        }
        BigDecimal billed = price.compareTo(line.unitPrice()) == 0 ? matched
                : q.multiply(price).multiply(line.quantity()).divide(line.baseQty(), digits, RoundingMode.HALF_UP);
        return new Matched(line, q, price, matched, billed, billed.subtract(matched));
    }

    private void addBilled(OrderStore.Header order, OrderStore.LineRow line, Matched m) {
        int changed;
        try {
            changed = db.sql().sql("""
                            update pur_order_lines set billed_qty = billed_qty + ?, billed_value = billed_value + ?
                            where tenant_id = ? and order_id = ? and line_no = ?
                              and billed_qty + ? <= case when bill_policy = 'ORDERED' then base_qty else received_qty end""")
                    .param(m.quantity()).param(m.matched()).param(db.tenant()).param(order.id()).param(line.lineNo())
                    .param(m.quantity()).update();
        } catch (DataIntegrityViolationException e) {
            if (TenantJdbc.violates(e, "pur_order_lines_billed_ck")) {
                changed = 0;
            } else {
                throw e;
            }
        }
        if (changed == 0) {
            OrderStore.LineRow now = orders.lines(order.id()).stream().filter(l -> l.lineNo() == line.lineNo())
                    .findFirst().orElseThrow();
            throw ApiProblem.conflict("Line " + line.lineNo() + " (" + line.description() + ") of " + order.number()
                    + " can be billed for " + plain(now.toBill()) + " more, not " + plain(m.quantity()) + ": ordered "
                    + plain(now.baseQty()) + ", received " + plain(now.receivedQty()) + ", billed " + plain(now.billedQty())
                    + " (policy: bill " + now.billPolicy().toLowerCase(Locale.ROOT) + " quantities)");
        }
    }

    private static String priceReason(OrderStore.LineRow line, BigDecimal price, BigDecimal tolerance) {
        if (price.compareTo(line.unitPrice()) == 0) {
            return null;
        }
        String ordered = plain(line.unitPrice());
        if (line.unitPrice().signum() == 0) {
            return "Line " + line.lineNo() + " (" + line.description() + "): billed at " + plain(price)
                    + " per " + line.uom() + " but ordered free of charge";
        }
        BigDecimal pct = price.subtract(line.unitPrice()).abs().multiply(BigDecimal.valueOf(100))
                .divide(line.unitPrice(), 2, RoundingMode.HALF_UP);
        if (pct.compareTo(tolerance) <= 0) {
            return null;
        }
        return "Line " + line.lineNo() + " (" + line.description() + "): billed at " + plain(price) + " per " + line.uom()
                + ", " + pct.stripTrailingZeros().toPlainString() + " % " + (price.compareTo(line.unitPrice()) > 0 ? "above" : "below")
                + " the ordered " + ordered;
    }

    private static List<DraftLine> draftLines(OrderStore.Header order, UUID billId, List<Matched> matched) {
        List<DraftLine> lines = new ArrayList<>();
        for (Matched m : matched) {
            OrderStore.LineRow l = m.line();
            SourceReference source = new SourceReference(MODULE, order.id(), l.id());
            String text = order.number() + " line " + l.lineNo() + ": " + l.description() + ", " + plain(m.quantity());
            String tax = l.taxCode();
            if (!l.stocked()) {
                lines.add(line(text, m.quantity(), m.billed(), null, source, tax));
            } else if (m.difference().signum() >= 0) {
                lines.add(line(text, m.quantity(), m.matched(), PostingRole.STOCK_RECEIVED_NOT_BILLED, source, tax));
                if (m.difference().signum() > 0) {
                    lines.add(new DraftLine(text + " (price difference)", BigDecimal.ONE, m.difference(), null,
                            PostingRole.PRICE_DIFFERENCE, source, tax, null));
                }
            } else {
                // below the ordered price: the rest of stock received not billed is cleared when the bill posts
                lines.add(line(text, m.quantity(), m.billed(), PostingRole.STOCK_RECEIVED_NOT_BILLED, source, tax));
            }
        }
        return lines;
    }

    /** A bill line of an amount: quantity × unit price where that is exact at 4 decimals, else 1 × the amount. */
    private static DraftLine line(String text, BigDecimal q, BigDecimal amount, PostingRole role, SourceReference source,
                                  String taxCode) {
        if (q.stripTrailingZeros().scale() <= 4 && q.signum() > 0) {
            BigDecimal unit = amount.divide(q, 4, RoundingMode.HALF_UP);
            if (unit.multiply(q).compareTo(amount) == 0) {
                return new DraftLine(text, q.stripTrailingZeros().scale() < 0 ? q.setScale(0) : q.stripTrailingZeros(),
                        unit, null, role, source, taxCode, null);
            }
        }
        return new DraftLine(text, BigDecimal.ONE, amount, null, role, source, taxCode, null);
    }

    /** Confirms the accounting bill and books what the bill leaves on stock received not billed below the order price. */
    private void post(UUID billId, UUID invoiceId, OrderStore.Header order, LocalDate date) {
        invoicing().confirm(invoiceId);
        BigDecimal below = db.sql().sql("""
                        select coalesce(sum(-bl.difference), 0) from pur_bill_lines bl
                        join pur_order_lines l on l.tenant_id = bl.tenant_id and l.order_id = bl.order_id
                          and l.line_no = bl.order_line_no
                        where bl.tenant_id = ? and bl.bill_id = ? and bl.difference < 0 and l.stocked""")
                .param(db.tenant()).param(billId).query(BigDecimal.class).single();
        if (below.signum() > 0) {
            postings().post(new JournalPosting(date, "Price difference of the bill for " + order.number(), MODULE, billId,
                    List.of(JournalPosting.Line.debit(null, PostingRole.STOCK_RECEIVED_NOT_BILLED, below),
                            JournalPosting.Line.credit(null, PostingRole.PRICE_DIFFERENCE, below))));
        }
        db.sql().sql("update pur_bills set state = 'POSTED' where tenant_id = ? and id = ?")
                .param(db.tenant()).param(billId).update();
    }

    private BillRow bill(UUID billId) {
        return db.sql().sql("""
                        select order_id, invoice_id, state, held_reason, bill_date, total from pur_bills
                        where tenant_id = ? and id = ?""")
                .param(db.tenant()).param(billId)
                .query((rs, n) -> new BillRow(rs.getObject("order_id", UUID.class), rs.getObject("invoice_id", UUID.class),
                        rs.getString("state"), rs.getString("held_reason"), rs.getObject("bill_date", LocalDate.class),
                        rs.getBigDecimal("total"))).optional()
                .orElseThrow(() -> ApiProblem.notFound("Bill", billId));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private Invoicing invoicing() {
        return services.find(Invoicing.class).orElseThrow(() -> new IllegalStateException(
                "The accounting module is not enabled for this tenant, although purchasing requires it"));
    }

    private Postings postings() {
        return services.find(Postings.class).orElseThrow(() -> new IllegalStateException(
                "The accounting module is not enabled for this tenant, although purchasing requires it"));
    }

    private record BillRow(UUID orderId, UUID invoiceId, String state, String reason, LocalDate date, BigDecimal total) {
    }

    /**
     * One order line's part of a bill.
     *
     * @param line       the order line
     * @param quantity   billed, base unit
     * @param unitPrice  the vendor's price per ordered unit
     * @param matched    what the line's cost gives for the quantity (what stock received not billed is cleared by)
     * @param billed     what the vendor asks for it
     * @param difference billed − matched
     */
    record Matched(OrderStore.LineRow line, BigDecimal quantity, BigDecimal unitPrice, BigDecimal matched,
                   BigDecimal billed, BigDecimal difference) {
    }
}
