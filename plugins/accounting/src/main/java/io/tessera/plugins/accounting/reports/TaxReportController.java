package io.tessera.plugins.accounting.reports;

import io.tessera.plugins.accounting.common.Csv;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/accounting/reports/tax?from=&to=}: base and tax per code, sales and purchases, in the base currency.
 * {@code type=&code=} drills down to the documents of one code; {@code format=csv} exports the lines (or the documents).
 */
@RestController
@RequestMapping("/api/v1/accounting/reports")
class TaxReportController {

    private final TaxReport report;
    private final TenantJdbc db;

    TaxReportController(TaxReport report, TenantJdbc db) {
        this.report = report;
        this.db = db;
    }

    /**
     * One code's documents.
     *
     * @param from         first day
     * @param to           last day
     * @param baseCurrency the currency of the figures
     * @param line         the code's line with its documents
     */
    record DrillDown(LocalDate from, LocalDate to, String baseCurrency, TaxReport.Line line) {
    }

    @GetMapping("/tax")
    @RequiresPermission("accounting.read")
    ResponseEntity<?> tax(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                          @RequestParam(required = false) String type, @RequestParam(required = false) String code,
                          @RequestParam(defaultValue = "json") String format) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new ApiProblem.FieldError("from", "is required"));
        }
        if (to == null) {
            errors.add(new ApiProblem.FieldError("to", "is required"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new ApiProblem.FieldError("to", "must not be before from"));
        }
        String t = type == null ? null : type.toUpperCase(Locale.ROOT);
        if (t != null && !t.equals("SALES") && !t.equals("PURCHASE")) {
            errors.add(new ApiProblem.FieldError("type", "must be sales or purchase"));
        }
        if (code != null && t == null) {
            errors.add(new ApiProblem.FieldError("type", "is required with code"));
        }
        if (!format.equals("json") && !format.equals("csv")) {
            errors.add(new ApiProblem.FieldError("format", "must be json or csv"));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The report parameters are invalid", errors);
        }
        TaxReport.Result result = db.tx().write(() -> report.of(from, to));
        if (code != null) {
            TaxReport.Line line = result.lines().stream().filter(l -> l.type().equals(t) && l.code().equals(code)).findFirst()
                    .orElse(new TaxReport.Line(t, code, "", null, null, null, List.of()));
            if ("csv".equals(format)) {
                return Csv.of("tax-" + t.toLowerCase(Locale.ROOT) + "-" + code + "-" + from + "-" + to + ".csv",
                        List.of("number", "date", "partyId", "currency", "net", "tax", "baseNet", "baseTax"),
                        line.documents().stream().map(d -> List.<Object>of(d.number(), d.date(), d.partyId(), d.currency(), d.net(),
                                d.tax(), d.baseNet(), d.baseTax())).toList());
            }
            return ResponseEntity.ok(new DrillDown(from, to, result.baseCurrency(), line));
        }
        if ("csv".equals(format)) {
            List<List<Object>> rows = new ArrayList<>();
            result.lines().forEach(l -> rows.add(java.util.Arrays.asList(l.type().toLowerCase(Locale.ROOT), l.code(), l.name(), l.rate(),
                    l.base(), l.tax(), l.documents().size())));
            return Csv.of("tax-" + from + "-" + to + ".csv", List.of("type", "code", "name", "rate", "base", "tax", "documents"), rows);
        }
        return ResponseEntity.ok(result);
    }
}
