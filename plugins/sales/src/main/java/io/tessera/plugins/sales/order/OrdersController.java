package io.tessera.plugins.sales.order;

import io.tessera.plugins.sales.common.DocumentPrinter;
import io.tessera.plugins.sales.common.Problems;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sales orders: read, list, deliver, invoice, cancel; customers' credit limits and products' invoicing policies. */
@RestController
@RequestMapping("/api/v1/sales")
class OrdersController {

    private static final int MAX_PAGE = 200;

    private final Orders orders;
    private final CreditCheck credit;
    private final InvoicePolicies policies;
    private final Parties parties;
    private final TenantJdbc db;
    private final DocumentPrinter printer;
    private final CustomerSummary summary;

    OrdersController(Orders orders, CreditCheck credit, InvoicePolicies policies, Parties parties, TenantJdbc db, DocumentPrinter printer,
                     CustomerSummary summary) {
        this.summary = summary;
        this.orders = orders;
        this.credit = credit;
        this.policies = policies;
        this.parties = parties;
        this.db = db;
        this.printer = printer;
    }

    /**
     * What to deliver.
     *
     * @param lines the lines and quantities (in the base unit); absent or empty for everything left to deliver
     */
    record DeliverRequest(List<DeliverLine> lines) {
    }

    /**
     * A line to deliver.
     *
     * @param lineId   the order line
     * @param quantity the quantity in the product's base unit
     */
    record DeliverLine(UUID lineId, BigDecimal quantity) {
    }

    /**
     * How to invoice.
     *
     * @param date    the invoice date; today when absent
     * @param confirm whether to confirm (post) the invoice at once; a draft when absent
     */
    record InvoiceRequest(LocalDate date, Boolean confirm) {
    }

    /**
     * The invoice made.
     *
     * @param invoiceId the accounting invoice
     */
    record InvoiceCreated(UUID invoiceId) {
    }

    /**
     * A page of orders.
     *
     * @param items the orders, newest first
     * @param next  the cursor for the next page ({@code after}), or {@code null} on the last page
     */
    record OrderPage(List<OrderSummary> items, UUID next) {
    }

    /**
     * A credit limit.
     *
     * @param creditLimit the limit, or {@code null} to remove it
     * @param currency    its currency (ISO 4217)
     */
    record CreditLimitRequest(BigDecimal creditLimit, String currency) {
    }

    /**
     * A customer's credit limit and usage.
     *
     * @param partyId         the customer
     * @param creditLimit     the limit, or {@code null} when none
     * @param currency        its currency
     * @param openReceivables what the customer owes in accounting in this currency (every invoice, drafts included, less open credit notes)
     * @param openOrders      open orders not yet invoiced
     * @param creditUsed      receivables + orders
     */
    record CreditView(UUID partyId, BigDecimal creditLimit, String currency, BigDecimal openReceivables, BigDecimal openOrders,
                      BigDecimal creditUsed) {
    }

    /**
     * A product's invoicing policy.
     *
     * @param policy {@code ordered} or {@code delivered}
     */
    record PolicyRequest(String policy) {
    }

    @GetMapping("/orders/{id}")
    @RequiresPermission("sales.read")
    OrderView get(@PathVariable UUID id) {
        return db.tx().read(() -> orders.find(id).orElseThrow(() -> ApiProblem.notFound("Order", id)));
    }

    /** The printable order confirmation, in the reader's language (Accept-Language: German or English). */
    @GetMapping(value = "/orders/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @RequiresPermission("sales.read")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        byte[] pdf = db.tx().read(() -> {
            OrderView o = orders.find(id).orElseThrow(() -> ApiProblem.notFound("Order", id));
            String party = parties.find(o.partyId()).map(PartySummary::name).orElse("");
            return printer.print(new DocumentPrinter.Content(false, o.number(), party, o.date(), null, o.promisedDate(), o.currency(),
                    o.lines().stream().map(l -> new DocumentPrinter.Line(l.description(), l.quantity(), l.uom(), l.unitPrice(),
                            l.discount(), l.taxRate(), l.net())).toList(), o.subtotal(), o.tax(), o.total()), locale);
        });
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"order-" + id + ".pdf\"").body(pdf);
    }

    @GetMapping("/orders")
    @RequiresPermission("sales.read")
    OrderPage list(@RequestParam(required = false) UUID partyId, @RequestParam(required = false) UUID opportunityId,
                   @RequestParam(required = false) UUID after, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ApiProblem.invalid("limit", "must be between 1 and " + MAX_PAGE);
        }
        List<OrderSummary> items = db.tx().read(() -> orders.list(partyId, opportunityId, after, limit));
        return new OrderPage(items, items.size() == limit ? items.getLast().id() : null);
    }

    @PostMapping("/orders/{id}/deliver")
    @RequiresPermission("sales.write")
    OrderView deliver(@PathVariable UUID id, @RequestBody(required = false) DeliverRequest body) {
        Map<UUID, BigDecimal> lines = new LinkedHashMap<>();
        if (body != null && body.lines() != null) {
            Problems problems = new Problems();
            for (int i = 0; i < body.lines().size(); i++) {
                DeliverLine line = body.lines().get(i);
                if (line == null || line.lineId() == null) {
                    problems.add("lines[" + i + "].lineId", "is required");
                } else if (lines.containsKey(line.lineId())) {
                    problems.add("lines[" + i + "].lineId", "names a line twice");
                }
                if (line == null || line.quantity() == null || line.quantity().signum() <= 0) {
                    problems.add("lines[" + i + "].quantity", "must be greater than zero");
                } else if (line.quantity().stripTrailingZeros().scale() > 4) {
                    problems.add("lines[" + i + "].quantity", "must have at most 4 decimals");
                }
                if (line != null && line.lineId() != null && line.quantity() != null) {
                    lines.put(line.lineId(), line.quantity());
                }
            }
            problems.throwIfAny();
        }
        return db.tx().write(() -> orders.deliver(id, lines));
    }

    @PostMapping("/orders/{id}/invoice")
    @RequiresPermission("sales.write")
    InvoiceCreated invoice(@PathVariable UUID id, @RequestBody(required = false) InvoiceRequest body) {
        LocalDate date = body == null || body.date() == null ? LocalDate.now() : body.date();
        boolean confirm = body != null && Boolean.TRUE.equals(body.confirm());
        return new InvoiceCreated(db.tx().write(() -> orders.invoice(id, date, confirm)));
    }

    @PostMapping("/orders/{id}/cancel")
    @RequiresPermission("sales.write")
    OrderView cancel(@PathVariable UUID id) {
        return db.tx().write(() -> orders.cancel(id));
    }

    @GetMapping("/parties/{partyId}/credit")
    @RequiresPermission("sales.read")
    CreditView creditOf(@PathVariable UUID partyId) {
        return db.tx().read(() -> {
            requireParty(partyId);
            return credit.usage(partyId).map(u -> new CreditView(partyId, u.limit(), u.currency(), u.openReceivables(),
                    u.openOrders(), u.used())).orElse(new CreditView(partyId, null, null, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO));
        });
    }

    /**
     * A customer's sales at a glance (the customer 360 panel's figures).
     *
     * @param partyId    the customer
     * @param currencies per currency: open quotations, open orders, left to deliver and to invoice
     * @param credit     the credit limit and its use
     * @param late       open orders past their promised date with something left to deliver, the longest overdue first
     */
    record CustomerView(UUID partyId, List<CustomerSummary.CurrencyFigures> currencies, CreditView credit,
                        List<CustomerSummary.Late> late) {
    }

    @GetMapping("/parties/{partyId}/summary")
    @RequiresPermission("sales.read")
    CustomerView summaryOf(@PathVariable UUID partyId) {
        CreditView credit = creditOf(partyId);
        return db.tx().read(() -> new CustomerView(partyId, summary.of(partyId), credit,
                summary.late(partyId, LocalDate.now(), CustomerOverview.LATE_SHOWN)));
    }

    @PutMapping("/parties/{partyId}/credit")
    @RequiresPermission("sales.manage")
    CreditView setCredit(@PathVariable UUID partyId, @RequestBody CreditLimitRequest body) {
        Problems problems = new Problems();
        if (body.creditLimit() != null && body.creditLimit().signum() < 0) {
            problems.add("creditLimit", "must not be negative");
        }
        if (body.creditLimit() != null && !validCurrency(body.currency())) {
            problems.add("currency", "must be an ISO 4217 currency code");
        }
        problems.throwIfAny();
        db.tx().write(() -> {
            requireParty(partyId);
            credit.set(partyId, body.creditLimit(), body.currency() == null ? null : body.currency().toUpperCase());
        });
        return creditOf(partyId);
    }

    @PutMapping("/products/{productId}/invoice-policy")
    @RequiresPermission("sales.manage")
    Map<String, String> setPolicy(@PathVariable UUID productId, @RequestBody PolicyRequest body) {
        String policy = body.policy() == null ? "" : body.policy().toUpperCase();
        if (!InvoicePolicies.values().contains(policy)) {
            throw ApiProblem.invalid("policy", "must be ordered or delivered");
        }
        db.tx().write(() -> {
            if (orders.products().find(productId).isEmpty()) {
                throw ApiProblem.notFound("Product", productId);
            }
            policies.set(productId, policy);
        });
        return Map.of("productId", productId.toString(), "policy", policy.toLowerCase());
    }

    private void requireParty(UUID partyId) {
        if (parties.find(partyId).isEmpty()) {
            throw ApiProblem.notFound("Party", partyId);
        }
    }

    private static boolean validCurrency(String code) {
        try {
            return code != null && java.util.Currency.getInstance(code.toUpperCase()) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
