package io.tessera.plugins.accounting.invoicing;

import io.tessera.plugins.accounting.common.Csv;
import io.tessera.plugins.accounting.common.IdempotencyKeys;
import io.tessera.plugins.accounting.common.Parties;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Invoices, bills, credit notes, payments, party balances and aged receivables / payables. */
@RestController
@RequestMapping("/api/v1/accounting")
class InvoicingController {

    private final Invoices invoices;
    private final Payments payments;
    private final Balances balances;
    private final Parties parties;
    private final TenantJdbc db;
    private final IdempotencyKeys idempotency;

    InvoicingController(Invoices invoices, Payments payments, Balances balances, Parties parties, TenantJdbc db,
                        IdempotencyKeys idempotency) {
        this.invoices = invoices;
        this.payments = payments;
        this.balances = balances;
        this.parties = parties;
        this.db = db;
        this.idempotency = idempotency;
    }

    @PostMapping("/invoices")
    @RequiresPermission("accounting.write")
    ResponseEntity<InvoiceView> create(@RequestBody InvoiceBody body) {
        InvoiceView created = db.tx().write(() -> invoices.create(body));
        return ResponseEntity.created(URI.create("/api/v1/accounting/invoices/" + created.id())).body(created);
    }

    /**
     * Replaces a draft: the same body as create, lines replaced as a whole; {@code version}, when sent, must still be the
     * stored one. Refused (409) once confirmed.
     */
    @PutMapping("/invoices/{id}")
    @RequiresPermission("accounting.write")
    InvoiceView update(@PathVariable UUID id, @RequestBody InvoiceBody body) {
        return db.tx().write(() -> invoices.update(id, body));
    }

    @GetMapping("/invoices/{id}")
    @RequiresPermission("accounting.read")
    InvoiceView get(@PathVariable UUID id) {
        return db.tx().write(() -> invoices.find(id).orElseThrow(() -> ApiProblem.notFound("Invoice", id)));
    }

    @GetMapping("/invoices")
    @RequiresPermission("accounting.read")
    Map<String, Object> list(@RequestParam(required = false) String kind, @RequestParam(required = false) UUID partyId,
                             @RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw ApiProblem.invalid(page < 0 ? "page" : "size", "is out of range");
        }
        if (state != null && !state.equalsIgnoreCase("DRAFT") && !state.equalsIgnoreCase("POSTED")) {
            throw ApiProblem.invalid("state", "must be DRAFT or POSTED");
        }
        return Invoices.page(db.tx().write(() -> invoices.list(kind, partyId, state, page, size)), page, size);
    }

    @PostMapping("/invoices/{id}/confirm")
    @RequiresPermission("accounting.write")
    InvoiceView confirm(@PathVariable UUID id) {
        return db.tx().write(() -> invoices.confirm(id));
    }

    @DeleteMapping("/invoices/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission("accounting.write")
    void delete(@PathVariable UUID id) {
        db.tx().write(() -> {
            invoices.deleteDraft(id);
            return null;
        });
    }

    /** Records a payment; with {@code Idempotency-Key} a retried request returns the first payment instead of paying twice. */
    @PostMapping("/payments")
    @RequiresPermission("accounting.write")
    ResponseEntity<Map<String, Object>> pay(@RequestBody PaymentBody body,
                                            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        IdempotencyKeys.Outcome<Map<String, Object>> outcome = idempotency.once("payments", key, body.fingerprint(),
                id -> payments.create(id, body), id -> payments.find(id).orElseThrow(() -> ApiProblem.notFound("Payment", id)));
        ResponseEntity.BodyBuilder response = ResponseEntity.created(URI.create("/api/v1/accounting/payments/" + outcome.value().get("id")));
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(outcome.value());
    }

    @GetMapping("/payments/{id}")
    @RequiresPermission("accounting.read")
    Map<String, Object> payment(@PathVariable UUID id) {
        return db.tx().write(() -> payments.find(id).orElseThrow(() -> ApiProblem.notFound("Payment", id)));
    }

    @GetMapping("/parties/{partyId}/balance")
    @RequiresPermission("accounting.read")
    Map<String, Object> balance(@PathVariable UUID partyId) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return db.tx().write(() -> {
            if (!parties.unknown(Set.of(partyId)).isEmpty()) {
                throw ApiProblem.notFound("Party", partyId);
            }
            List<InvoiceView> open = invoices.open(partyId, Receivables.MAX_OPEN);
            return Map.of("partyId", partyId, "balances", balances.party(partyId, today), "openInvoices", open);
        });
    }

    @GetMapping("/reports/aged-receivables")
    @RequiresPermission("accounting.read")
    ResponseEntity<?> agedReceivables(@RequestParam(required = false) LocalDate asOf,
                                      @RequestParam(defaultValue = "json") String format) {
        return aged("CUSTOMER", asOf, format, "aged-receivables");
    }

    @GetMapping("/reports/aged-payables")
    @RequiresPermission("accounting.read")
    ResponseEntity<?> agedPayables(@RequestParam(required = false) LocalDate asOf,
                                   @RequestParam(defaultValue = "json") String format) {
        return aged("VENDOR", asOf, format, "aged-payables");
    }

    private ResponseEntity<?> aged(String kind, LocalDate asOf, String format, String name) {
        LocalDate on = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
        List<Balances.AgedRow> rows = db.tx().write(() -> balances.aged(kind, on));
        if ("csv".equals(format)) {
            return Csv.of(name + "-" + on + ".csv", Balances.AGED_CSV_HEADER, Balances.agedCsvRows(rows));
        }
        if (!"json".equals(format)) {
            throw ApiProblem.invalid("format", "must be json or csv");
        }
        Map<String, BigDecimal> totals = new java.util.TreeMap<>();
        rows.forEach(r -> totals.merge(r.currency(), r.total(), BigDecimal::add));
        return ResponseEntity.ok(Map.of("asOf", on, "lines", rows, "totals", totals));
    }
}
