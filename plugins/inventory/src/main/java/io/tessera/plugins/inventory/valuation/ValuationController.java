package io.tessera.plugins.inventory.valuation;

import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/inventory/valuation?asOf=&after=&size=}: stock quantity and value per product and the total,
 * keyset-paged by product id; {@code GET /api/v1/inventory/valuation/reconciliation?asOf=}: the layers against the
 * stock accounts' ledger balances (409 without accounting). {@code asOf} defaults to today.
 */
@RestController
@RequestMapping("/api/v1/inventory/valuation")
@RequiresPermission("inventory.read")
class ValuationController {

    private static final int MAX_SIZE = 500;

    private final ValuationReport report;
    private final Transactions tx;

    ValuationController(ValuationReport report, Transactions tx) {
        this.report = report;
        this.tx = tx;
    }

    @GetMapping
    ValuationReport.Page valuation(@RequestParam(required = false) LocalDate asOf, @RequestParam(required = false) UUID after,
                                   @RequestParam(defaultValue = "100") int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw ApiProblem.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        return tx.read(() -> report.valuation(asOf == null ? LocalDate.now() : asOf, after, size));
    }

    @GetMapping("/reconciliation")
    ValuationReport.Reconciliation reconciliation(@RequestParam(required = false) LocalDate asOf) {
        return tx.read(() -> report.reconciliation(asOf == null ? LocalDate.now() : asOf));
    }
}
