package io.tessera.plugins.sales.order;

import io.tessera.plugins.accounting.api.DocumentKind;
import io.tessera.plugins.accounting.api.DocumentStatus;
import io.tessera.plugins.accounting.api.DraftDocument;
import io.tessera.plugins.accounting.api.DraftLine;
import io.tessera.plugins.accounting.api.Invoicing;
import io.tessera.plugins.accounting.api.SourceReference;
import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.ProductType;
import io.tessera.plugins.catalog.api.Products;
import io.tessera.plugins.catalog.api.Units;
import io.tessera.plugins.sales.api.OrderConfirmed;
import io.tessera.plugins.sales.common.Amounts;
import io.tessera.plugins.sales.common.Sequences;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.event.EventPublisher;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Sales orders: creation from a quotation (reserving stock where inventory is enabled, within the customer's credit
 * limit), deliveries, invoices drafted in accounting, cancellation, reading. Call inside a transaction.
 */
public class Orders {

    static final String MODULE = "sales";
    private static final String LINE_COLUMNS = "l.id, l.line_no, l.product_id, l.product_type, l.description, l.quantity, "
            + "l.uom, l.base_uom, l.ordered, l.delivered, l.invoiced, l.invoice_policy, l.unit_price, l.discount, "
            + "l.base_unit_price, l.tax_rate, l.net, l.tax, l.tax_code, l.returned, l.credited";

    private final TenantJdbc db;
    private final Sequences sequences;
    private final ModuleServices modules;
    private final ObjectProvider<Stockkeeping> stock;
    private final InvoicePolicies policies;
    private final CreditCheck credit;
    private final EventPublisher events;

    Orders(TenantJdbc db, Sequences sequences, ModuleServices modules, ObjectProvider<Stockkeeping> stock, InvoicePolicies policies,
           CreditCheck credit, EventPublisher events) {
        this.db = db;
        this.sequences = sequences;
        this.modules = modules;
        this.stock = stock;
        this.policies = policies;
        this.credit = credit;
        this.events = events;
    }

    /**
     * Creates an order from priced lines: checks the customer's credit limit, converts quantities to base units,
     * reserves every storable line in full where the tenant has inventory (409 naming what is available otherwise).
     *
     * @param draft the order
     * @return the new order's id
     */
    @RequiresPermission("sales.write")
    public UUID create(OrderDraft draft) {
        Map<UUID, ProductInfo> products = products().findAll(draft.lines().stream().map(OrderDraft.Line::productId).toList());
        Map<UUID, String> policy = policies.of(products.values());
        BigDecimal subtotal = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        UUID id = Ids.newId();
        List<Object[]> rows = new ArrayList<>();
        List<Reservation> reservations = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            OrderDraft.Line line = draft.lines().get(i);
            ProductInfo product = products.get(line.productId());
            if (product == null) {
                throw ApiProblem.notFound("Product", line.productId());
            }
            BigDecimal ordered = line.uom().equals(product.baseUom()) ? line.quantity()
                    : units().convert(line.quantity(), line.uom(), product.baseUom());
            if (ordered.signum() <= 0) {
                throw ApiProblem.invalid("lines[" + i + "].quantity", "is less than one " + product.baseUom());
            }
            subtotal = subtotal.add(line.net());
            tax = tax.add(line.tax());
            rows.add(new Object[] {db.tenant(), Ids.newId(), id, i + 1, line.productId(), product.type().name(),
                policy.get(product.id()), line.description(), line.quantity(), line.uom(), product.baseUom(), ordered,
                line.unitPrice(), line.discount(), Amounts.perBaseUnit(line.net(), ordered), line.taxRate(), line.net(),
                line.tax(), line.taxCode()});
            if (product.type() == ProductType.STORABLE) {
                reservations.add(new Reservation(i + 1, product, ordered));
            }
        }
        BigDecimal total = subtotal.add(tax);
        credit.check(draft.partyId(), draft.currency(), total);
        String number = sequences.next(Sequences.ORDER);
        Instant confirmedAt = Instant.now();
        db.sql().sql("""
                        insert into sal_orders (tenant_id, id, number, quotation_id, party_id, opportunity_id, currency, order_date,
                          promised_date, state, subtotal, tax, total, created_at)
                          values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)
                        """)
                .params(db.tenant(), id, number, draft.quotationId(), draft.partyId(), draft.opportunityId(), draft.currency(),
                        draft.date(), draft.promisedDate(), subtotal, tax, total, Timestamp.from(confirmedAt))
                .update();
        db.jdbc().batchUpdate("""
                insert into sal_order_lines (tenant_id, id, order_id, line_no, product_id, product_type, invoice_policy,
                  description, quantity, uom, base_uom, ordered, unit_price, discount, base_unit_price, tax_rate, net, tax, tax_code)
                  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        reserve(id, reservations);
        events.publish(new OrderConfirmed(id, number, draft.quotationId(), draft.opportunityId(), draft.partyId(),
                draft.currency(), total, confirmedAt));
        return id;
    }

    private record Reservation(int lineNo, ProductInfo product, BigDecimal quantity) {
    }

    /** Reserves in one canonical order (by product) so that concurrent confirmations never deadlock each other. */
    private void reserve(UUID orderId, List<Reservation> reservations) {
        if (reservations.isEmpty()) {
            return;
        }
        Optional<Stockkeeping.Desk> desk = desk();
        if (desk.isEmpty()) {
            return;
        }
        List<Reservation> sorted = new ArrayList<>(reservations);
        sorted.sort(Comparator.comparing((Reservation r) -> r.product().id()).thenComparing(Reservation::lineNo));
        List<BigDecimal> result = desk.get().reserve(orderId, sorted.stream()
                .map(r -> new Stockkeeping.LineQuantity(r.lineNo(), r.product().id(), r.quantity())).toList());
        for (int i = 0; i < sorted.size(); i++) {
            Reservation r = sorted.get(i);
            BigDecimal reserved = result.get(i);
            if (reserved.compareTo(r.quantity()) < 0) {
                throw new ApiProblem(409, "Not enough stock of " + r.product().sku() + " (" + r.product().name() + "): "
                        + reserved.stripTrailingZeros().toPlainString() + " " + r.product().baseUom() + " available, "
                        + r.quantity().stripTrailingZeros().toPlainString() + " ordered", List.of(),
                        Map.of("productId", r.product().id().toString(), "available", reserved, "ordered", r.quantity()));
            }
        }
    }

    /**
     * Delivers quantities of lines (all that is left when {@code lines} is empty): goods through inventory where the
     * tenant has it (its reservation first), services and tenants without inventory by recording the quantity.
     *
     * @param id    the order
     * @param lines line id → quantity in the base unit; empty for everything left
     * @return the order
     */
    @RequiresPermission("sales.write")
    public OrderView deliver(UUID id, Map<UUID, BigDecimal> lines) {
        lockOpen(id);
        List<LineRow> rows = lines(id);
        Map<UUID, BigDecimal> wanted = new LinkedHashMap<>();
        if (lines.isEmpty()) {
            rows.forEach(r -> {
                if (r.ordered().compareTo(r.delivered()) > 0) {
                    wanted.put(r.id(), r.ordered().subtract(r.delivered()));
                }
            });
            if (wanted.isEmpty()) {
                throw ApiProblem.conflict("Order is fully delivered; nothing is left to deliver");
            }
        } else {
            wanted.putAll(lines);
        }
        Map<UUID, LineRow> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        Optional<Stockkeeping.Desk> desk = desk();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> deliveries = new ArrayList<>();
        List<Stockkeeping.LineQuantity> goods = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        int index = 0;
        for (Map.Entry<UUID, BigDecimal> e : wanted.entrySet()) {
            LineRow row = byId.get(e.getKey());
            if (row == null) {
                throw new ApiProblem(404, "Order line " + e.getKey() + " not found on this order",
                        List.of(new ApiProblem.FieldError("lines[" + index + "].lineId", "names no line of this order")));
            }
            BigDecimal left = row.ordered().subtract(row.delivered());
            if (e.getValue().compareTo(left) > 0) {
                throw ApiProblem.conflict("Line " + row.lineNo() + " has " + left.stripTrailingZeros().toPlainString() + " "
                        + row.baseUom() + " left to deliver; " + e.getValue().stripTrailingZeros().toPlainString() + " asked");
            }
            boolean stocked = "STORABLE".equals(row.productType()) && desk.isPresent();
            if (stocked) {
                goods.add(new Stockkeeping.LineQuantity(row.lineNo(), row.productId(), e.getValue()));
            }
            updates.add(new Object[] {e.getValue(), db.tenant(), row.id(), e.getValue()});
            deliveries.add(new Object[] {db.tenant(), Ids.newId(), id, row.id(), stocked, e.getValue(), now});
            index++;
        }
        // one delivery (one valuation, one journal entry) for all the goods of this request
        UUID deliveryId = goods.isEmpty() ? null : desk.orElseThrow().deliver(id, goods);
        deliveries.forEach(d -> d[4] = Boolean.TRUE.equals(d[4]) ? deliveryId : null);
        int[] counts = db.jdbc().batchUpdate("update sal_order_lines set delivered = delivered + ? "
                + "where tenant_id = ? and id = ? and delivered + ? <= ordered", updates);
        requireAll(counts, "delivered meanwhile by another request; reload the order");
        db.jdbc().batchUpdate("insert into sal_order_deliveries (tenant_id, id, order_id, line_id, delivery_id, quantity, "
                + "delivered_at) values (?, ?, ?, ?, ?, ?, ?)", deliveries);
        return find(id).orElseThrow();
    }

    /**
     * Drafts (and, when asked, confirms) one accounting invoice of everything invoiceable now: per line the ordered
     * quantity (policy {@code ORDERED}) or the delivered quantity (policy {@code DELIVERED}) less what was invoiced. The
     * invoiced quantities grow by a guarded atomic update under CHECK constraints, so the same quantity is never
     * invoiced twice, also by concurrent requests.
     *
     * @param id      the order
     * @param date    the invoice date
     * @param confirm whether to confirm (post) the invoice as well
     * @return the invoice id
     */
    @RequiresPermission("sales.write")
    public UUID invoice(UUID id, LocalDate date, boolean confirm) {
        OrderHead head = lockOpen(id);
        Invoicing invoicing = invoicing();
        List<Object[]> updates = new ArrayList<>();
        List<DraftLine> lines = new ArrayList<>();
        List<LineRow> invoiced = new ArrayList<>();
        List<BigDecimal> quantities = new ArrayList<>();
        for (LineRow row : lines(id)) {
            BigDecimal invoiceable = row.invoiceable();
            if (invoiceable.signum() <= 0) {
                continue;
            }
            updates.add(new Object[] {invoiceable, db.tenant(), row.id(), invoiceable, invoiceable});
            lines.add(new DraftLine(row.description(), invoiceable, row.baseUnitPrice(),
                    row.taxCode() == null ? row.taxRate() : null, null, new SourceReference(MODULE, id, row.id()), row.taxCode(), null));
            invoiced.add(row);
            quantities.add(invoiceable);
        }
        if (lines.isEmpty()) {
            throw ApiProblem.conflict("Nothing to invoice on order " + head.number() + ": every line is invoiced as far as "
                    + "its invoicing policy allows (delivered-policy lines are invoiced once delivered)");
        }
        int[] counts = db.jdbc().batchUpdate("""
                update sal_order_lines set invoiced = invoiced + ?
                 where tenant_id = ? and id = ?
                   and invoiced + ? <= case when invoice_policy = 'DELIVERED' then delivered else ordered end - returned + credited
                   and invoiced + ? <= ordered""", updates);
        requireAll(counts, "invoiced meanwhile by another request; reload the order");
        DocumentStatus draft = invoicing.createDraft(new DraftDocument(DocumentKind.CUSTOMER_INVOICE, head.partyId(),
                head.currency(), date, null, lines));
        List<Object[]> links = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < invoiced.size(); i++) {
            links.add(new Object[] {db.tenant(), Ids.newId(), id, invoiced.get(i).id(), draft.id(), quantities.get(i), now});
        }
        db.jdbc().batchUpdate("insert into sal_order_invoice_lines (tenant_id, id, order_id, line_id, invoice_id, quantity, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?)", links);
        if (confirm) {
            invoicing.confirm(draft.id());
        }
        return draft.id();
    }

    /**
     * Cancels an order nothing of which was delivered or invoiced, releasing its reservations.
     *
     * @param id the order
     * @return the order
     */
    @RequiresPermission("sales.write")
    public OrderView cancel(UUID id) {
        OrderHead head = lockOpen(id);
        List<LineRow> rows = lines(id);
        if (rows.stream().anyMatch(r -> r.delivered().signum() > 0 || r.invoiced().signum() > 0)) {
            throw ApiProblem.conflict("Order " + head.number() + " is partly delivered or invoiced and cannot be cancelled; "
                    + "return the goods and issue a credit note instead");
        }
        Optional<Stockkeeping.Desk> desk = desk();
        if (desk.isPresent()) {
            rows.stream().filter(r -> "STORABLE".equals(r.productType())).forEach(r -> desk.get().unreserve(id, r.lineNo()));
        }
        db.sql().sql("update sal_orders set state = 'CANCELLED', version = version + 1 where tenant_id = ? and id = ?")
                .params(db.tenant(), id).update();
        return find(id).orElseThrow();
    }

    /**
     * One order with its lines, deliveries, invoices and status.
     *
     * @param id the order
     * @return the order, or empty when the tenant has none with that id
     */
    public Optional<OrderView> find(UUID id) {
        Optional<OrderHead> head = db.sql().sql("select * from sal_orders where tenant_id = ? and id = ?")
                .params(db.tenant(), id).query(Orders::head).optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        OrderHead h = head.get();
        List<LineRow> rows = lines(id);
        List<UUID> deliveries = db.sql().sql("select distinct delivery_id from sal_order_deliveries where tenant_id = ? "
                        + "and order_id = ? and delivery_id is not null").params(db.tenant(), id).query(UUID.class).list();
        List<UUID> invoices = invoiceIds(List.of(id)).getOrDefault(id, List.of());
        Map<UUID, DocumentStatus> statuses = invoices.isEmpty() ? Map.of() : invoicing().statuses(invoices);
        String status = OrderStatus.of(h.state(), rows, invoices, statuses);
        int digits = Amounts.digits(h.currency());
        List<OrderView.OrderLine> lines = rows.stream().map(r -> new OrderView.OrderLine(r.id(), r.lineNo(), r.productId(), r.description(),
                r.quantity(), r.uom(), r.baseUom(), r.ordered(), r.delivered(), r.invoiced(), r.invoicePolicy(), r.unitPrice(),
                r.discount(), r.taxRate(), r.net().setScale(digits), r.tax().setScale(digits), r.taxCode(), r.returned())).toList();
        List<UUID> returns = db.sql().sql("select distinct stock_return_id from sal_order_returns where tenant_id = ? "
                + "and order_id = ? and stock_return_id is not null").params(db.tenant(), id).query(UUID.class).list();
        List<UUID> creditNotes = db.sql().sql("select credit_note_id from sal_order_credit_notes where tenant_id = ? "
                + "and order_id = ? order by created_at, credit_note_id").params(db.tenant(), id).query(UUID.class).list();
        return Optional.of(new OrderView(h.id(), h.number(), h.quotationId(), h.opportunityId(), h.partyId(), h.currency(),
                h.date(), h.promisedDate(), h.late(rows, LocalDate.now()), h.state(), status, h.subtotal().setScale(digits), h.tax().setScale(digits), h.total().setScale(digits),
                lines, deliveries, invoices, returns, creditNotes));
    }

    /**
     * A page of orders, newest first, after a keyset cursor.
     *
     * @param partyId       only this customer's, or {@code null}
     * @param opportunityId only this opportunity's, or {@code null}
     * @param after   the last id of the previous page, or {@code null}
     * @param limit   page size
     * @return the orders
     */
    public List<OrderSummary> list(UUID partyId, UUID opportunityId, UUID after, int limit) {
        List<Object> params = new ArrayList<>(List.of(db.tenant()));
        StringBuilder sql = new StringBuilder("select * from sal_orders where tenant_id = ?");
        if (partyId != null) {
            sql.append(" and party_id = ?");
            params.add(partyId);
        }
        if (opportunityId != null) {
            sql.append(" and opportunity_id = ?");
            params.add(opportunityId);
        }
        if (after != null) {
            sql.append(" and id < ?");
            params.add(after);
        }
        sql.append(" order by id desc limit ?");
        params.add(limit);
        List<OrderHead> heads = db.sql().sql(sql.toString()).params(params).query(Orders::head).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = heads.stream().map(OrderHead::id).toList();
        Map<UUID, List<LineRow>> lines = new LinkedHashMap<>();
        db.sql().sql("select l.order_id, " + LINE_COLUMNS + " from sal_order_lines l where l.tenant_id = :tenant "
                        + "and l.order_id in (:ids) order by l.order_id, l.line_no")
                .param("tenant", db.tenant()).param("ids", ids)
                .query((rs, n) -> lines.computeIfAbsent(rs.getObject("order_id", UUID.class), k -> new ArrayList<>()).add(line(rs, n)))
                .list();
        Map<UUID, List<UUID>> invoices = invoiceIds(ids);
        Set<UUID> allInvoices = new LinkedHashSet<>();
        invoices.values().forEach(allInvoices::addAll);
        Map<UUID, DocumentStatus> statuses = allInvoices.isEmpty() ? Map.of() : invoicing().statuses(allInvoices);
        LocalDate today = LocalDate.now();
        return heads.stream().map(h -> new OrderSummary(h.id(), h.number(), h.partyId(), h.date(), h.currency(),
                h.total().setScale(Amounts.digits(h.currency())), h.promisedDate(),
                h.late(lines.getOrDefault(h.id(), List.of()), today),
                OrderStatus.of(h.state(), lines.getOrDefault(h.id(), List.of()), invoices.getOrDefault(h.id(), List.of()), statuses)))
                .toList();
    }

    private Map<UUID, List<UUID>> invoiceIds(List<UUID> orderIds) {
        Map<UUID, List<UUID>> result = new LinkedHashMap<>();
        db.sql().sql("select order_id, invoice_id, min(created_at) from sal_order_invoice_lines where tenant_id = :tenant "
                        + "and order_id in (:ids) group by order_id, invoice_id order by min(created_at), invoice_id")
                .param("tenant", db.tenant()).param("ids", orderIds)
                .query((rs, n) -> result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        return result;
    }

    OrderHead lockOpen(UUID id) {
        OrderHead head = db.sql().sql("select * from sal_orders where tenant_id = ? and id = ? for update")
                .params(db.tenant(), id).query(Orders::head).optional()
                .orElseThrow(() -> ApiProblem.notFound("Order", id));
        if (!"OPEN".equals(head.state())) {
            throw ApiProblem.conflict("Order " + head.number() + " is cancelled");
        }
        return head;
    }

    List<LineRow> lines(UUID orderId) {
        return db.sql().sql("select " + LINE_COLUMNS + " from sal_order_lines l where l.tenant_id = ? and l.order_id = ? "
                        + "order by l.line_no")
                .params(db.tenant(), orderId).query(Orders::line).list();
    }

    private static void requireAll(int[] counts, String why) {
        for (int count : counts) {
            if (count != 1) {
                throw ApiProblem.conflict("A line of the order was " + why);
            }
        }
    }

    Optional<Stockkeeping.Desk> desk() {
        Stockkeeping keeping = stock.getIfAvailable();
        return keeping == null ? Optional.empty() : keeping.desk();
    }

    Invoicing invoicing() {
        return modules.find(Invoicing.class)
                .orElseThrow(() -> ApiProblem.conflict("Accounting is not enabled for this tenant; enable it to invoice orders"));
    }

    Products products() {
        return modules.find(Products.class)
                .orElseThrow(() -> ApiProblem.conflict("Catalog is not enabled for this tenant"));
    }

    private Units units() {
        return modules.find(Units.class)
                .orElseThrow(() -> ApiProblem.conflict("Catalog is not enabled for this tenant"));
    }

    /** An order's header row. */
    record OrderHead(UUID id, String number, UUID quotationId, UUID opportunityId, UUID partyId, String currency, LocalDate date,
                     LocalDate promisedDate, String state, BigDecimal subtotal, BigDecimal tax, BigDecimal total) {

        /** Late: open, its promised date before {@code today}, and some line not fully delivered. */
        boolean late(List<LineRow> lines, LocalDate today) {
            return "OPEN".equals(state) && promisedDate != null && promisedDate.isBefore(today)
                    && lines.stream().anyMatch(l -> l.delivered().compareTo(l.ordered()) < 0);
        }
    }

    /** An order line's row. */
    record LineRow(UUID id, int lineNo, UUID productId, String productType, String description, BigDecimal quantity, String uom,
                   String baseUom, BigDecimal ordered, BigDecimal delivered, BigDecimal invoiced, String invoicePolicy,
                   BigDecimal unitPrice, BigDecimal discount, BigDecimal baseUnitPrice, BigDecimal taxRate, BigDecimal net,
                   BigDecimal tax, String taxCode, BigDecimal returned, BigDecimal credited) {

        /**
         * What may be invoiced now: the ordered (or delivered) quantity less what was returned, less what is invoiced
         * and not credited.
         */
        BigDecimal invoiceable() {
            return ("DELIVERED".equals(invoicePolicy) ? delivered : ordered).subtract(returned).subtract(invoiced.subtract(credited));
        }
    }

    private static OrderHead head(ResultSet rs, int n) throws SQLException {
        return new OrderHead(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("quotation_id", UUID.class),
                rs.getObject("opportunity_id", UUID.class), rs.getObject("party_id", UUID.class), rs.getString("currency"),
                rs.getObject("order_date", LocalDate.class), rs.getObject("promised_date", LocalDate.class), rs.getString("state"), rs.getBigDecimal("subtotal"),
                rs.getBigDecimal("tax"), rs.getBigDecimal("total"));
    }

    private static LineRow line(ResultSet rs, int n) throws SQLException {
        return new LineRow(rs.getObject("id", UUID.class), rs.getInt("line_no"), rs.getObject("product_id", UUID.class),
                rs.getString("product_type"), rs.getString("description"), strip(rs.getBigDecimal("quantity")), rs.getString("uom"),
                rs.getString("base_uom"), strip(rs.getBigDecimal("ordered")), strip(rs.getBigDecimal("delivered")),
                strip(rs.getBigDecimal("invoiced")), rs.getString("invoice_policy"), strip(rs.getBigDecimal("unit_price")),
                strip(rs.getBigDecimal("discount")), rs.getBigDecimal("base_unit_price"), strip(rs.getBigDecimal("tax_rate")),
                rs.getBigDecimal("net"), rs.getBigDecimal("tax"), rs.getString("tax_code"), strip(rs.getBigDecimal("returned")),
                strip(rs.getBigDecimal("credited")));
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
