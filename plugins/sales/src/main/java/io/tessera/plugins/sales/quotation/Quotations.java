package io.tessera.plugins.sales.quotation;

import io.tessera.plugins.accounting.api.DocumentKind;
import io.tessera.plugins.accounting.api.DraftLine;
import io.tessera.plugins.accounting.api.Invoicing;
import io.tessera.plugins.accounting.api.LineTax;
import io.tessera.plugins.accounting.api.Postings;
import io.tessera.plugins.catalog.api.PriceQuery;
import io.tessera.plugins.catalog.api.Prices;
import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.Products;
import io.tessera.plugins.catalog.api.ResolvedPrice;
import io.tessera.plugins.catalog.api.UnitMismatchException;
import io.tessera.plugins.catalog.api.Units;
import io.tessera.plugins.sales.common.Amounts;
import io.tessera.plugins.sales.common.OpportunityLink;
import io.tessera.plugins.sales.common.Problems;
import io.tessera.plugins.sales.common.Sequences;
import io.tessera.plugins.sales.order.OrderDraft;
import io.tessera.plugins.sales.order.Orders;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
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
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Quotations: creation (priced through the catalog, or from an opportunity), changing a draft, sending, cancelling,
 * confirming into an order (marking its opportunity won), reading.
 */
public class Quotations {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_LINES = 1000;
    private static final int DEFAULT_VALIDITY_DAYS = 30;

    private final TenantJdbc db;
    private final Sequences sequences;
    private final ModuleServices modules;
    private final Parties parties;
    private final Orders orders;
    private final ObjectProvider<OpportunityLink> opportunities;

    Quotations(TenantJdbc db, Sequences sequences, ModuleServices modules, Parties parties, Orders orders,
               ObjectProvider<OpportunityLink> opportunities) {
        this.db = db;
        this.sequences = sequences;
        this.modules = modules;
        this.parties = parties;
        this.orders = orders;
        this.opportunities = opportunities;
    }

    /** A validated, priced quotation, ready to write. */
    private record Prepared(UUID partyId, UUID contactId, UUID opportunityId, BigDecimal opportunityAmount, String currency,
                            LocalDate date, LocalDate validUntil, LocalDate promisedDate, List<OrderDraft.Line> lines) {
    }

    @RequiresPermission("sales.write")
    QuotationView create(QuotationRequest request) {
        Prepared p = prepare(request);
        UUID id = Ids.newId();
        insertHeader(id, p);
        insertLines(id, p.lines());
        return find(id).orElseThrow();
    }

    /** Replaces a draft's header and lines (lines as a whole), validated as on create; only while it is a draft. */
    @RequiresPermission("sales.write")
    QuotationView update(UUID id, QuotationRequest request) {
        QuotationView current = lock(id);
        if (!"DRAFT".equals(current.state())) {
            throw ApiProblem.conflict("Quotation " + current.number() + " is " + current.state().toLowerCase()
                    + "; only a draft can be changed");
        }
        Prepared p = prepare(request);
        BigDecimal subtotal = p.lines().stream().map(OrderDraft.Line::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = p.lines().stream().map(OrderDraft.Line::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        db.sql().sql("""
                        update sal_quotations set party_id = ?, contact_id = ?, opportunity_id = ?, opportunity_amount = ?,
                          currency = ?, quote_date = ?, valid_until = ?, promised_date = ?, subtotal = ?, tax = ?, total = ?,
                          version = version + 1
                         where tenant_id = ? and id = ?""")
                .params(p.partyId(), p.contactId(), p.opportunityId(), p.opportunityAmount(), p.currency(), p.date(),
                        p.validUntil(), p.promisedDate(), subtotal, tax, subtotal.add(tax), db.tenant(), id)
                .update();
        db.sql().sql("delete from sal_quotation_lines where tenant_id = ? and quotation_id = ?").params(db.tenant(), id).update();
        insertLines(id, p.lines());
        return find(id).orElseThrow();
    }

    /**
     * A draft quotation without lines for a deal won without one (the tenant's setting): customer, currency and the
     * deal's amount carried over, lines added by the user. Idempotent per opportunity: the won deal is recorded under
     * its primary key, so a second delivery of the event creates nothing.
     *
     * @param opportunityId the won opportunity
     * @param partyId       its customer
     * @param amount        its amount, or {@code null}
     * @param currency      its currency, or {@code null} for the base currency
     * @return the quotation created, or empty when the opportunity has a quotation already
     */
    @RequiresPermission("sales.write")
    public Optional<UUID> createForWonDeal(UUID opportunityId, UUID partyId, BigDecimal amount, String currency) {
        long existing = db.sql().sql("select count(*) from sal_quotations where tenant_id = ? and opportunity_id = ?")
                .params(db.tenant(), opportunityId).query(Long.class).single()
                + db.sql().sql("select count(*) from sal_won_deals where tenant_id = ? and opportunity_id = ?")
                .params(db.tenant(), opportunityId).query(Long.class).single();
        if (existing > 0) {
            return Optional.empty();
        }
        UUID id = Ids.newId();
        db.sql().sql("insert into sal_won_deals (tenant_id, opportunity_id, quotation_id, created_at) values (?, ?, ?, ?)")
                .params(db.tenant(), opportunityId, id, Timestamp.from(Instant.now())).update();
        LocalDate today = LocalDate.now();
        String c = currency != null && validCurrency(currency) ? currency : baseCurrency();
        insertHeader(id, new Prepared(partyId, null, opportunityId, amount, c, today, today.plusDays(DEFAULT_VALIDITY_DAYS),
                null, List.of()));
        return Optional.of(id);
    }

    private void insertHeader(UUID id, Prepared p) {
        BigDecimal subtotal = p.lines().stream().map(OrderDraft.Line::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = p.lines().stream().map(OrderDraft.Line::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        db.sql().sql("""
                        insert into sal_quotations (tenant_id, id, number, party_id, contact_id, opportunity_id, opportunity_amount,
                          currency, quote_date, valid_until, promised_date, state, subtotal, tax, total, created_at)
                          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)
                        """)
                .params(db.tenant(), id, sequences.next(Sequences.QUOTATION), p.partyId(), p.contactId(), p.opportunityId(),
                        p.opportunityAmount(), p.currency(), p.date(), p.validUntil(), p.promisedDate(), subtotal, tax, subtotal.add(tax),
                        Timestamp.from(Instant.now()))
                .update();
    }

    private void insertLines(UUID id, List<OrderDraft.Line> priced) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < priced.size(); i++) {
            OrderDraft.Line l = priced.get(i);
            rows.add(new Object[] {db.tenant(), Ids.newId(), id, i + 1, l.productId(), l.description(), l.quantity(), l.uom(),
                    l.unitPrice(), l.discount(), l.taxRate(), l.net(), l.tax(), l.taxCode()});
        }
        db.jdbc().batchUpdate("""
                insert into sal_quotation_lines (tenant_id, id, quotation_id, line_no, product_id, description, quantity, uom,
                  unit_price, discount, tax_rate, net, tax, tax_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private Prepared prepare(QuotationRequest request) {
        Problems problems = new Problems();
        OpportunityLink.Opportunity opportunity = null;
        if (request.opportunityId() != null) {
            OpportunityLink link = opportunities.getIfAvailable();
            opportunity = (link == null ? Optional.<OpportunityLink.Opportunity>empty() : link.find(request.opportunityId()))
                    .orElseThrow(() -> Problems.notFound("opportunityId", "Opportunity", request.opportunityId()));
            if (request.partyId() != null && !request.partyId().equals(opportunity.partyId())) {
                problems.add("partyId", "must be the opportunity's customer");
            }
        }
        UUID partyId = request.partyId() != null ? request.partyId() : opportunity == null ? null : opportunity.partyId();
        if (partyId == null) {
            problems.add("partyId", "is required");
        }
        String requested = request.currency() != null ? request.currency()
                : opportunity != null && opportunity.currency() != null ? opportunity.currency() : null;
        String currency = requested == null ? baseCurrency() : requested.toUpperCase();
        if (!validCurrency(currency)) {
            problems.add("currency", "must be an ISO 4217 currency code");
        }
        LocalDate date = request.date() == null ? LocalDate.now() : request.date();
        LocalDate validUntil = request.validUntil() == null ? date.plusDays(DEFAULT_VALIDITY_DAYS) : request.validUntil();
        if (validUntil.isBefore(date)) {
            problems.add("validUntil", "must not be before the quotation date");
        }
        if (request.promisedDate() != null && request.promisedDate().isBefore(date)) {
            problems.add("promisedDate", "must not be before the quotation date");
        }
        List<QuotationRequest.LineRequest> lines = request.lines();
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            problems.add("lines", "must have 1 to " + MAX_LINES + " lines");
            problems.throwIfAny();
        }
        // the referenced records must be the tenant's: 404 naming the field
        if (partyId != null && parties.find(partyId).isEmpty()) {
            throw Problems.notFound("partyId", "Party", partyId);
        }
        if (request.contactId() != null) {
            PartySummary contact = parties.find(request.contactId())
                    .orElseThrow(() -> Problems.notFound("contactId", "Party", request.contactId()));
            if (contact.isCompany() || !Objects.equals(contact.organizationId(), partyId)) {
                problems.add("contactId", "must be a person working for the customer");
            }
        }
        List<UUID> productIds = lines.stream().filter(Objects::nonNull).map(QuotationRequest.LineRequest::productId)
                .filter(Objects::nonNull).toList();
        Map<UUID, ProductInfo> products = catalog(Products.class).findAll(productIds);
        for (int i = 0; i < lines.size(); i++) {
            QuotationRequest.LineRequest line = lines.get(i);
            if (line != null && line.productId() != null && !products.containsKey(line.productId())) {
                throw Problems.notFound("lines[" + i + "].productId", "Product", line.productId());
            }
        }
        List<OrderDraft.Line> priced = price(partyId, currency, date, lines, products, problems);
        problems.throwIfAny();
        priced = taxed(partyId, date, currency, lines, products, priced);
        return new Prepared(partyId, request.contactId(), request.opportunityId(),
                opportunity == null ? null : opportunity.amount(), currency, date, validUntil, request.promisedDate(), priced);
    }

    /** Validates and prices every line; bad fields go to {@code problems} (all of them, not just the first). */
    private List<OrderDraft.Line> price(UUID partyId, String currency, LocalDate date, List<QuotationRequest.LineRequest> lines,
                                        Map<UUID, ProductInfo> products, Problems problems) {
        List<OrderDraft.Line> priced = new ArrayList<>();
        int digits = validCurrency(currency) ? Amounts.digits(currency) : 2;
        for (int i = 0; i < lines.size(); i++) {
            String field = "lines[" + i + "]";
            QuotationRequest.LineRequest line = lines.get(i);
            if (line == null) {
                problems.add(field, "is required");
                continue;
            }
            ProductInfo product = line.productId() == null ? null : products.get(line.productId());
            if (line.productId() == null) {
                problems.add(field + ".productId", "is required");
            } else if (!product.active()) {
                problems.add(field + ".productId", "is archived and can no longer be sold");
            }
            BigDecimal quantity = line.quantity();
            if (quantity == null || quantity.signum() <= 0) {
                problems.add(field + ".quantity", "must be greater than zero");
            } else if (quantity.stripTrailingZeros().scale() > 4 || quantity.precision() - quantity.scale() > 12) {
                problems.add(field + ".quantity", "must have at most 12 integer digits and 4 decimals");
            }
            BigDecimal discount = line.discount() == null ? BigDecimal.ZERO : line.discount();
            if (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0 || discount.stripTrailingZeros().scale() > 4) {
                problems.add(field + ".discount", "must be a percentage between 0 and 100");
            }
            BigDecimal taxRate = line.taxRate() == null ? BigDecimal.ZERO : line.taxRate();
            if (line.taxCode() != null && (line.taxCode().isBlank() || line.taxCode().length() > 20)) {
                problems.add(field + ".taxCode", "must be a tax code of 1 to 20 characters");
            }
            if (taxRate.signum() < 0 || taxRate.compareTo(HUNDRED) > 0 || taxRate.stripTrailingZeros().scale() > 4) {
                problems.add(field + ".taxRate", "must be a percentage between 0 and 100");
            }
            if (line.unitPrice() != null && (line.unitPrice().signum() < 0 || line.unitPrice().stripTrailingZeros().scale() > 4)) {
                problems.add(field + ".unitPrice", "must not be negative, with at most 4 decimals");
            }
            String description = line.description() == null || line.description().isBlank()
                    ? (product == null ? "" : product.name()) : line.description().strip();
            if (description.length() > 500) {
                problems.add(field + ".description", "must be at most 500 characters");
            }
            if (product == null || quantity == null || quantity.signum() <= 0) {
                continue;
            }
            String uom = line.uom() == null ? product.salesUom() : line.uom();
            if (!uom.equals(product.baseUom())) {
                try {
                    catalog(Units.class).convert(BigDecimal.ONE, uom, product.baseUom());
                } catch (UnitMismatchException e) {
                    problems.add(field + ".uom", "is not a unit of " + product.sku() + " (its unit is " + product.baseUom() + ")");
                    continue;
                }
            }
            BigDecimal unitPrice = line.unitPrice();
            if (unitPrice == null) {
                Optional<ResolvedPrice> resolved = catalog(Prices.class).resolve(new PriceQuery(product.id(), partyId, quantity,
                        uom, currency, date));
                if (resolved.isEmpty()) {
                    problems.add(field + ".unitPrice", "is required: no price list or list price of " + product.sku()
                            + " applies in " + currency);
                    continue;
                }
                unitPrice = resolved.get().unitPrice();
            }
            BigDecimal net = Amounts.net(quantity, unitPrice, discount, currency).setScale(digits);
            BigDecimal tax = Amounts.tax(net, taxRate, currency).setScale(digits);
            priced.add(new OrderDraft.Line(product.id(), description, quantity, uom, unitPrice, discount, taxRate, net, tax,
                    line.taxCode()));
        }
        return priced;
    }

    /**
     * The lines with the tax accounting resolves for them on the quotation date — the line's code, the customer's
     * default or the product category's once the tenant has tax codes (422 {@code lines[i].taxCode} when none applies),
     * else the free rate — in one call. Prices that include the tax are not supported on sales documents yet (422).
     */
    private List<OrderDraft.Line> taxed(UUID partyId, LocalDate date, String currency, List<QuotationRequest.LineRequest> lines,
                                        Map<UUID, ProductInfo> products, List<OrderDraft.Line> priced) {
        List<DraftLine> queries = new ArrayList<>(priced.size());
        for (int i = 0; i < priced.size(); i++) {
            OrderDraft.Line l = priced.get(i);
            queries.add(new DraftLine(l.description(), l.quantity(), l.unitPrice(), lines.get(i).taxRate(), null, null,
                    lines.get(i).taxCode(), products.get(l.productId()).categoryId()));
        }
        Invoicing invoicing = modules.find(Invoicing.class)
                .orElseThrow(() -> ApiProblem.conflict("Accounting is not enabled for this tenant"));
        List<LineTax> taxes = invoicing.resolveTaxes(DocumentKind.CUSTOMER_INVOICE, partyId, date, queries);
        Problems problems = new Problems();
        List<OrderDraft.Line> result = new ArrayList<>(priced.size());
        for (int i = 0; i < priced.size(); i++) {
            OrderDraft.Line l = priced.get(i);
            LineTax tax = taxes.get(i);
            if (tax.priceIncluded()) {
                problems.add("lines[" + i + "].taxCode", "tax code " + tax.taxCode() + " includes the tax in the price, which "
                        + "sales documents do not support yet; choose a code that adds the tax");
            }
            BigDecimal amount = Amounts.tax(l.net(), tax.rate(), currency).setScale(l.net().scale());
            result.add(new OrderDraft.Line(l.productId(), l.description(), l.quantity(), l.uom(), l.unitPrice(), l.discount(),
                    tax.rate(), l.net(), amount, tax.taxCode()));
        }
        problems.throwIfAny();
        return result;
    }

    /** Marks a draft as sent to the customer. */
    @RequiresPermission("sales.write")
    QuotationView send(UUID id) {
        QuotationView q = lock(id);
        requireOpen(q);
        db.sql().sql("update sal_quotations set state = 'SENT', version = version + 1 where tenant_id = ? and id = ?")
                .params(db.tenant(), id).update();
        return find(id).orElseThrow();
    }

    @RequiresPermission("sales.write")
    QuotationView cancel(UUID id) {
        QuotationView q = lock(id);
        if (!"DRAFT".equals(q.state()) && !"SENT".equals(q.state()) && !"EXPIRED".equals(q.state())) {
            throw ApiProblem.conflict("Quotation " + q.number() + " is " + q.state().toLowerCase() + " and cannot be cancelled");
        }
        db.sql().sql("update sal_quotations set state = 'CANCELLED', version = version + 1 where tenant_id = ? and id = ?")
                .params(db.tenant(), id).update();
        return find(id).orElseThrow();
    }

    /**
     * Confirms a draft or sent quotation within its validity into an order (stock reserved, credit limit checked).
     *
     * @return the order's id
     */
    @RequiresPermission("sales.write")
    UUID confirm(UUID id) {
        QuotationView q = lock(id);
        requireOpen(q);
        if (q.lines().isEmpty()) {
            throw ApiProblem.conflict("Quotation " + q.number() + " has no lines yet; add what the customer buys first");
        }
        UUID orderId = orders.create(new OrderDraft(q.id(), q.opportunityId(), q.partyId(), q.currency(), LocalDate.now(), q.promisedDate(),
                q.lines().stream().map(l -> new OrderDraft.Line(l.productId(), l.description(), l.quantity(), l.uom(),
                        l.unitPrice(), l.discount(), l.taxRate(), l.net(), l.tax(), l.taxCode())).toList()));
        db.sql().sql("update sal_quotations set state = 'CONFIRMED', order_id = ?, version = version + 1 "
                + "where tenant_id = ? and id = ?").params(orderId, db.tenant(), id).update();
        OpportunityLink link = opportunities.getIfAvailable();
        if (q.opportunityId() != null && link != null) {
            link.markWon(q.opportunityId());
        }
        return orderId;
    }

    private static void requireOpen(QuotationView q) {
        if ("EXPIRED".equals(q.state())) {
            throw ApiProblem.conflict("Quotation " + q.number() + " expired on " + q.validUntil()
                    + "; create a new one with current prices");
        }
        if (!"DRAFT".equals(q.state()) && !"SENT".equals(q.state())) {
            throw ApiProblem.conflict("Quotation " + q.number() + " is already " + q.state().toLowerCase());
        }
    }

    private QuotationView lock(UUID id) {
        boolean exists = !db.sql().sql("select id from sal_quotations where tenant_id = ? and id = ? for update")
                .params(db.tenant(), id).query(UUID.class).list().isEmpty();
        if (!exists) {
            throw ApiProblem.notFound("Quotation", id);
        }
        return find(id).orElseThrow();
    }

    Optional<QuotationView> find(UUID id) {
        Optional<QuotationView> head = db.sql().sql("select * from sal_quotations where tenant_id = ? and id = ?")
                .params(db.tenant(), id).query(Quotations::head).optional();
        return head.map(h -> {
            int digits = Amounts.digits(h.currency());
            List<QuotationView.QuotationLine> lines = db.sql().sql("select * from sal_quotation_lines where tenant_id = ? and quotation_id = ? "
                            + "order by line_no")
                    .params(db.tenant(), id)
                    .query((rs, n) -> new QuotationView.QuotationLine(rs.getInt("line_no"), rs.getObject("product_id", UUID.class),
                            rs.getString("description"), strip(rs.getBigDecimal("quantity")), rs.getString("uom"),
                            strip(rs.getBigDecimal("unit_price")), strip(rs.getBigDecimal("discount")),
                            strip(rs.getBigDecimal("tax_rate")), rs.getBigDecimal("net").setScale(digits),
                            rs.getBigDecimal("tax").setScale(digits), rs.getString("tax_code")))
                    .list();
            return new QuotationView(h.id(), h.number(), h.partyId(), h.contactId(), h.opportunityId(), h.opportunityAmount(),
                    h.currency(), h.date(), h.validUntil(), h.promisedDate(), h.state(), h.subtotal().setScale(digits), h.tax().setScale(digits),
                    h.total().setScale(digits), h.orderId(), lines);
        });
    }

    /** A page of quotations, newest first, after a keyset cursor (headers only). */
    List<QuotationView> list(UUID partyId, UUID opportunityId, UUID after, int limit) {
        List<Object> params = new ArrayList<>(List.of(db.tenant()));
        StringBuilder sql = new StringBuilder("select * from sal_quotations where tenant_id = ?");
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
        return db.sql().sql(sql.toString()).params(params).query(Quotations::head).list();
    }

    private static QuotationView head(ResultSet rs, int n) throws SQLException {
        String state = rs.getString("state");
        LocalDate validUntil = rs.getObject("valid_until", LocalDate.class);
        if (("DRAFT".equals(state) || "SENT".equals(state)) && validUntil.isBefore(LocalDate.now())) {
            state = "EXPIRED";
        }
        String currency = rs.getString("currency");
        int digits = Amounts.digits(currency);
        BigDecimal opportunityAmount = rs.getBigDecimal("opportunity_amount");
        return new QuotationView(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("party_id", UUID.class),
                rs.getObject("contact_id", UUID.class), rs.getObject("opportunity_id", UUID.class),
                opportunityAmount == null ? null : opportunityAmount.setScale(digits), currency,
                rs.getObject("quote_date", LocalDate.class), validUntil, rs.getObject("promised_date", LocalDate.class), state, rs.getBigDecimal("subtotal").setScale(digits),
                rs.getBigDecimal("tax").setScale(digits), rs.getBigDecimal("total").setScale(digits),
                rs.getObject("order_id", UUID.class), List.of());
    }

    private String baseCurrency() {
        return modules.find(Postings.class).map(Postings::baseCurrency)
                .orElseThrow(() -> ApiProblem.conflict("Accounting is not enabled for this tenant"));
    }

    private <T> T catalog(Class<T> type) {
        return modules.find(type).orElseThrow(() -> ApiProblem.conflict("Catalog is not enabled for this tenant"));
    }

    private static boolean validCurrency(String code) {
        if (code == null || code.length() != 3) {
            return false;
        }
        try {
            return Currency.getInstance(code) != null;
        } catch (IllegalArgumentException e) {
            return false; // not an ISO 4217 code: reported as a field error by the caller
        }
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
