package io.tessera.plugins.purchasing.order;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.Products;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.plugins.purchasing.common.Money;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads purchase orders of the current tenant: one, a locked header, a keyset page. Call inside a transaction. */
public class OrderStore {

    /** The largest page a list returns. */
    static final int MAX_PAGE = 200;

    private final TenantJdbc db;
    private final ModuleServices services;
    private final Parties parties;

    OrderStore(TenantJdbc db, ModuleServices services, Parties parties) {
        this.db = db;
        this.services = services;
        this.parties = parties;
    }

    /**
     * The header of an order, locked ({@code for update}) until the transaction ends, so changes of one order are
     * serial.
     *
     * @param id the order
     * @return the header
     * @throws ApiProblem 404 when the current tenant has no such order
     */
    public Header lock(UUID id) {
        return db.sql().sql("""
                        select id, number, party_id, currency, state, order_date, total from pur_orders
                        where tenant_id = ? and id = ? for update""")
                .param(db.tenant()).param(id).query(OrderStore::header).optional()
                .orElseThrow(() -> ApiProblem.notFound("Purchase order", id));
    }

    /**
     * The lines of an order, by line number.
     *
     * @param orderId the order
     * @return the lines
     */
    public List<LineRow> lines(UUID orderId) {
        return db.sql().sql("""
                        select line_no, id, product_id, description, quantity, uom, unit_price, base_qty, unit_cost, subtotal,
                               expected_date, bill_policy, stocked, received_qty, received_value, billed_qty, billed_value,
                               tax_code
                        from pur_order_lines where tenant_id = ? and order_id = ? order by line_no""")
                .param(db.tenant()).param(orderId).query((rs, n) -> new LineRow(rs.getInt("line_no"), rs.getObject("id", UUID.class),
                        rs.getObject("product_id", UUID.class), rs.getString("description"), rs.getBigDecimal("quantity"),
                        rs.getString("uom"), rs.getBigDecimal("unit_price"), rs.getBigDecimal("base_qty"),
                        rs.getBigDecimal("unit_cost"), rs.getBigDecimal("subtotal"),
                        rs.getObject("expected_date", LocalDate.class), rs.getString("bill_policy"),
                        rs.getBoolean("stocked"), rs.getBigDecimal("received_qty"), rs.getBigDecimal("received_value"),
                        rs.getBigDecimal("billed_qty"), rs.getBigDecimal("billed_value"), rs.getString("tax_code"))).list();
    }

    /**
     * One order with its lines, receipts and bills.
     *
     * @param id the order
     * @return the order
     * @throws ApiProblem 404 when the current tenant has no such order
     */
    public OrderView find(UUID id) {
        UUID tenant = db.tenant();
        Row row = db.sql().sql("""
                        select id, number, party_id, currency, state, order_date, notes, total, version, expected_receipt_id
                        from pur_orders where tenant_id = ? and id = ?""")
                .param(tenant).param(id).query((rs, n) -> new Row(header(rs, n), rs.getString("notes"), rs.getLong("version"),
                        rs.getObject("expected_receipt_id", UUID.class)))
                .optional().orElseThrow(() -> ApiProblem.notFound("Purchase order", id));
        List<LineRow> lines = lines(id);
        Map<UUID, ProductInfo> products = products().findAll(lines.stream().map(LineRow::productId).distinct().toList());
        List<OrderView.Line> views = new ArrayList<>();
        BigDecimal toReceive = BigDecimal.ZERO;
        BigDecimal toBill = BigDecimal.ZERO;
        for (LineRow l : lines) {
            ProductInfo p = products.get(l.productId());
            String c = row.header().currency();
            views.add(new OrderView.Line(l.lineNo(), l.productId(), p == null ? null : p.sku(), l.description(),
                    l.quantity(), l.uom(), Money.price(l.unitPrice(), c), Money.amount(l.subtotal(), c), l.expectedDate(),
                    l.billPolicy(), p == null ? null : p.baseUom(), l.baseQty(), l.receivedQty(), l.billedQty(), l.toReceive(),
                    l.toBill(), l.taxCode()));
            toReceive = toReceive.add(l.toReceive());
            toBill = toBill.add(l.toBill());
        }
        List<UUID> receipts = db.sql().sql("""
                        select transfer_id from pur_receipts where tenant_id = ? and order_id = ? and transfer_id is not null
                        order by received_at, id""")
                .param(tenant).param(id).query(UUID.class).list();
        List<OrderView.Bill> bills = db.sql().sql("""
                        select id, invoice_id, state, total, held_reason from pur_bills where tenant_id = ? and order_id = ?
                        order by created_at, id""")
                .param(tenant).param(id).query((rs, n) -> new OrderView.Bill(rs.getObject("id", UUID.class),
                        rs.getObject("invoice_id", UUID.class), rs.getString("state"),
                        Money.amount(rs.getBigDecimal("total"), row.header().currency()), rs.getString("held_reason"))).list();
        Header h = row.header();
        String partyName = parties.find(h.partyId()).map(PartySummary::name).orElse(null);
        return new OrderView(h.id(), h.number(), h.partyId(), partyName, h.currency(), h.state(),
                status(h.state(), toReceive, toBill), h.date(), row.notes(), Money.amount(h.total(), h.currency()), row.version(), views,
                receipts, bills, row.expectedReceiptId());
    }

    /**
     * A page of orders, newest first, by keyset ({@code before} the last id of the previous page).
     *
     * @param state   only this state, or {@code null}
     * @param partyId only this supplier, or {@code null}
     * @param before  the last id of the previous page, or {@code null} for the first
     * @param size    rows per page, 1 to {@value #MAX_PAGE}
     * @return the page
     */
    public OrderPage page(String state, UUID partyId, UUID before, int size) {
        int limit = Math.max(1, Math.min(MAX_PAGE, size));
        List<OrderSummary> rows = db.sql().sql("""
                        select o.id, o.number, o.party_id, o.currency, o.state, o.order_date, o.total,
                               coalesce(sum(l.base_qty - l.received_qty), 0) as to_receive,
                               coalesce(sum(case when l.bill_policy = 'ORDERED' then l.base_qty else l.received_qty end
                                 - l.billed_qty), 0) as to_bill
                        from pur_orders o left join pur_order_lines l on l.tenant_id = o.tenant_id and l.order_id = o.id
                        where o.tenant_id = ? and (cast(? as varchar(12)) is null or o.state = ?)
                          and (cast(? as uuid) is null or o.party_id = ?) and (cast(? as uuid) is null or o.id < ?)
                        group by o.id, o.number, o.party_id, o.currency, o.state, o.order_date, o.total
                        order by o.id desc limit ?""")
                .param(db.tenant()).param(state).param(state).param(partyId).param(partyId).param(before).param(before)
                .param(limit + 1)
                .query((rs, n) -> {
                    String s = rs.getString("state");
                    BigDecimal toReceive = rs.getBigDecimal("to_receive");
                    BigDecimal toBill = rs.getBigDecimal("to_bill");
                    return new OrderSummary(rs.getObject("id", UUID.class), rs.getString("number"),
                            rs.getObject("party_id", UUID.class), rs.getString("currency"), s, status(s, toReceive, toBill),
                            rs.getObject("order_date", LocalDate.class),
                            Money.amount(rs.getBigDecimal("total"), rs.getString("currency")), toReceive, toBill);
                }).list();
        UUID next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = rows.get(limit - 1).id();
        }
        return new OrderPage(List.copyOf(rows), next);
    }

    /**
     * Orders for a lazily loading grid, newest first: a page by offset (the views' grids page so; the API pages by
     * keyset).
     *
     * @param state    only this state, or {@code null}
     * @param partyId  only this supplier, or {@code null}
     * @param openOnly only drafts and confirmed orders
     * @param offset   rows to skip
     * @param limit    rows to return, at most {@value #MAX_PAGE}
     * @return the orders
     */
    public List<OrderSummary> summaries(String state, UUID partyId, boolean openOnly, int offset, int limit) {
        return db.sql().sql("""
                        select o.id, o.number, o.party_id, o.currency, o.state, o.order_date, o.total,
                               coalesce(sum(l.base_qty - l.received_qty), 0) as to_receive,
                               coalesce(sum(case when l.bill_policy = 'ORDERED' then l.base_qty else l.received_qty end
                                 - l.billed_qty), 0) as to_bill
                        from pur_orders o left join pur_order_lines l on l.tenant_id = o.tenant_id and l.order_id = o.id
                        where o.tenant_id = ? and (cast(? as varchar(12)) is null or o.state = ?)
                          and (cast(? as uuid) is null or o.party_id = ?)
                          and (? = false or o.state in ('DRAFT', 'CONFIRMED'))
                        group by o.id, o.number, o.party_id, o.currency, o.state, o.order_date, o.total
                        order by o.id desc offset ? limit ?""")
                .param(db.tenant()).param(state).param(state).param(partyId).param(partyId).param(openOnly)
                .param(Math.max(0, offset)).param(Math.max(1, Math.min(MAX_PAGE, limit)))
                .query((rs, n) -> {
                    String s = rs.getString("state");
                    BigDecimal toReceive = rs.getBigDecimal("to_receive");
                    BigDecimal toBill = rs.getBigDecimal("to_bill");
                    return new OrderSummary(rs.getObject("id", UUID.class), rs.getString("number"),
                            rs.getObject("party_id", UUID.class), rs.getString("currency"), s, status(s, toReceive, toBill),
                            rs.getObject("order_date", LocalDate.class),
                            Money.amount(rs.getBigDecimal("total"), rs.getString("currency")), toReceive, toBill);
                }).list();
    }

    /**
     * How many orders there are.
     *
     * @param state only this state, or {@code null}
     * @return the count
     */
    public long count(String state) {
        return db.sql().sql("select count(*) from pur_orders where tenant_id = ? and (cast(? as varchar(12)) is null or state = ?)")
                .param(db.tenant()).param(state).param(state).query(Long.class).single();
    }

    /**
     * The dashboard's figures: confirmed orders with something still to receive, and bills held by the match.
     *
     * @return the figures
     */
    public Figures figures() {
        long toReceive = db.sql().sql("""
                        select count(*) from pur_orders o where o.tenant_id = ? and o.state = 'CONFIRMED'
                          and exists (select 1 from pur_order_lines l where l.tenant_id = o.tenant_id and l.order_id = o.id
                            and l.received_qty < l.base_qty)""")
                .param(db.tenant()).query(Long.class).single();
        long held = db.sql().sql("select count(*) from pur_bills where tenant_id = ? and state = 'HELD'")
                .param(db.tenant()).query(Long.class).single();
        return new Figures(toReceive, held);
    }

    /**
     * The dashboard's figures.
     *
     * @param ordersToReceive confirmed orders still waiting for goods
     * @param billsHeld       bills held by the three-way match
     */
    public record Figures(long ordersToReceive, long billsHeld) {
    }

    /**
     * What an order waits for.
     *
     * @param state     its state
     * @param toReceive Σ still to receive
     * @param toBill    Σ still billable
     * @return {@code DRAFT}, {@code TO_RECEIVE}, {@code TO_BILL}, {@code DONE} or {@code CANCELLED}
     */
    static String status(String state, BigDecimal toReceive, BigDecimal toBill) {
        return switch (state) {
            case "DRAFT", "CANCELLED", "DONE" -> state;
            default -> toReceive.signum() > 0 ? "TO_RECEIVE" : toBill.signum() > 0 ? "TO_BILL" : "DONE";
        };
    }

    /**
     * Marks a confirmed order done when every line is received and billed in full and no bill of it is held. Call after changing its lines,
     * with the order locked.
     *
     * @param orderId the order
     * @return {@code true} when it became done
     */
    public boolean completeIfDone(UUID orderId) {
        return db.sql().sql("""
                        update pur_orders set state = 'DONE', version = version + 1 where tenant_id = ? and id = ?
                          and state = 'CONFIRMED' and not exists (select 1 from pur_order_lines l where l.tenant_id = ?
                            and l.order_id = ? and (l.received_qty < l.base_qty or l.billed_qty < l.base_qty))
                          and not exists (select 1 from pur_bills b where b.tenant_id = ? and b.order_id = ? and b.state = 'HELD')""")
                .param(db.tenant()).param(orderId).param(db.tenant()).param(orderId).param(db.tenant()).param(orderId)
                .update() == 1;
    }

    private Products products() {
        return services.find(Products.class).orElseThrow(() -> new IllegalStateException(
                "The catalog module is not enabled for this tenant, although purchasing requires it"));
    }

    private static Header header(ResultSet rs, int n) throws SQLException {
        return new Header(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("party_id", UUID.class),
                rs.getString("currency"), rs.getString("state"), rs.getObject("order_date", LocalDate.class),
                rs.getBigDecimal("total"));
    }

    private record Row(Header header, String notes, long version, UUID expectedReceiptId) {
    }

    /**
     * An order's header.
     *
     * @param id       the order
     * @param number   its number
     * @param partyId  the supplier
     * @param currency its currency
     * @param state    its state
     * @param date     its date
     * @param total    its total
     */
    public record Header(UUID id, String number, UUID partyId, String currency, String state, LocalDate date,
                         BigDecimal total) {
    }

    /**
     * An order line as stored.
     *
     * @param lineNo        its number
     * @param id            its id (what a vendor bill line names as its source)
     * @param productId     the product
     * @param description   its text
     * @param quantity      as ordered, in {@code uom}
     * @param uom           the unit ordered in
     * @param unitPrice     per {@code uom}
     * @param baseQty       ordered, in the base unit
     * @param unitCost      per base unit
     * @param subtotal      quantity × unit price, rounded
     * @param expectedDate  when it is expected
     * @param billPolicy    {@code ORDERED} or {@code RECEIVED}
     * @param stocked       whether receipts go into inventory (and the bill clears stock received not billed)
     * @param receivedQty   received, base unit
     * @param receivedValue Σ the receipts' values
     * @param billedQty     billed, base unit
     * @param billedValue   Σ the matched amounts billed
     * @param taxCode       accounting's purchase tax code, or {@code null} (a tenant without tax codes)
     */
    public record LineRow(int lineNo, UUID id, UUID productId, String description, BigDecimal quantity, String uom,
                          BigDecimal unitPrice, BigDecimal baseQty, BigDecimal unitCost, BigDecimal subtotal,
                          LocalDate expectedDate, String billPolicy, boolean stocked, BigDecimal receivedQty,
                          BigDecimal receivedValue, BigDecimal billedQty, BigDecimal billedValue, String taxCode) {

        /**
         * Ordered − received.
         *
         * @return the backorder quantity
         */
        public BigDecimal toReceive() {
            return baseQty.subtract(receivedQty);
        }

        /**
         * What the policy allows to bill, less what is billed.
         *
         * @return the billable quantity
         */
        public BigDecimal toBill() {
            return ("ORDERED".equals(billPolicy) ? baseQty : receivedQty).subtract(billedQty);
        }
    }
}
