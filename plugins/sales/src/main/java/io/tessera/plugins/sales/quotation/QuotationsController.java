package io.tessera.plugins.sales.quotation;

import io.tessera.plugins.sales.common.DocumentPrinter;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.net.URI;
import java.util.List;
import java.util.Locale;
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

/** Quotations: create, read, list, send, cancel, confirm into an order. */
@RestController
@RequestMapping("/api/v1/sales/quotations")
class QuotationsController {

    private static final int MAX_PAGE = 200;

    private final Quotations quotations;
    private final TenantJdbc db;
    private final DocumentPrinter printer;
    private final Parties parties;

    QuotationsController(Quotations quotations, TenantJdbc db, DocumentPrinter printer, Parties parties) {
        this.quotations = quotations;
        this.db = db;
        this.printer = printer;
        this.parties = parties;
    }

    /**
     * The order a confirmation made.
     *
     * @param orderId the order
     */
    record Confirmed(UUID orderId) {
    }

    /**
     * A page of quotations (headers, without lines).
     *
     * @param items the quotations, newest first
     * @param next  the cursor for the next page ({@code after}), or {@code null} on the last page
     */
    record QuotationPage(List<QuotationView> items, UUID next) {
    }

    @PostMapping
    @RequiresPermission("sales.write")
    ResponseEntity<QuotationView> create(@RequestBody QuotationRequest body) {
        QuotationView created = db.tx().write(() -> quotations.create(body));
        return ResponseEntity.created(URI.create("/api/v1/sales/quotations/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @RequiresPermission("sales.read")
    QuotationView get(@PathVariable UUID id) {
        return db.tx().read(() -> quotations.find(id).orElseThrow(() -> ApiProblem.notFound("Quotation", id)));
    }

    /** The printable quotation, in the reader's language (Accept-Language: German or English). */
    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @RequiresPermission("sales.read")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        byte[] pdf = db.tx().read(() -> {
            QuotationView q = quotations.find(id).orElseThrow(() -> ApiProblem.notFound("Quotation", id));
            String party = parties.find(q.partyId()).map(PartySummary::name).orElse("");
            return printer.print(new DocumentPrinter.Content(true, q.number(), party, q.date(), q.validUntil(), q.promisedDate(), q.currency(),
                    q.lines().stream().map(l -> new DocumentPrinter.Line(l.description(), l.quantity(), l.uom(), l.unitPrice(),
                            l.discount(), l.taxRate(), l.net())).toList(), q.subtotal(), q.tax(), q.total()), locale);
        });
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"quotation-" + id + ".pdf\"").body(pdf);
    }

    @GetMapping
    @RequiresPermission("sales.read")
    QuotationPage list(@RequestParam(required = false) UUID partyId, @RequestParam(required = false) UUID opportunityId,
                       @RequestParam(required = false) UUID after, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ApiProblem.invalid("limit", "must be between 1 and " + MAX_PAGE);
        }
        List<QuotationView> items = db.tx().read(() -> quotations.list(partyId, opportunityId, after, limit));
        return new QuotationPage(items, items.size() == limit ? items.getLast().id() : null);
    }

    /** Replaces a draft (same body as create; lines as a whole). */
    @PutMapping("/{id}")
    @RequiresPermission("sales.write")
    QuotationView update(@PathVariable UUID id, @RequestBody QuotationRequest body) {
        return db.tx().write(() -> quotations.update(id, body));
    }

    @PostMapping("/{id}/send")
    @RequiresPermission("sales.write")
    QuotationView send(@PathVariable UUID id) {
        return db.tx().write(() -> quotations.send(id));
    }

    @PostMapping("/{id}/cancel")
    @RequiresPermission("sales.write")
    QuotationView cancel(@PathVariable UUID id) {
        return db.tx().write(() -> quotations.cancel(id));
    }

    @PostMapping("/{id}/confirm")
    @RequiresPermission("sales.write")
    Confirmed confirm(@PathVariable UUID id) {
        return new Confirmed(db.tx().write(() -> quotations.confirm(id)));
    }
}
