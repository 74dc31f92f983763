package io.tessera.plugins.inventory.stock;

import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.FieldErrors;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lot traceability: {@code GET /api/v1/inventory/lots/{id}/trace} and {@code GET
 * /api/v1/inventory/lots/trace?productId=&lot=} (the same, found by product and lot name or serial); moves page by
 * keyset ({@code after}, {@code size}).
 */
@RestController
@RequestMapping("/api/v1/inventory/lots")
class LotsController {

    private final TenantJdbc db;
    private final LotTrace trace;
    private final Catalog catalog;

    LotsController(TenantJdbc db, LotTrace trace, Catalog catalog) {
        this.db = db;
        this.trace = trace;
        this.catalog = catalog;
    }

    @GetMapping("/{id}/trace")
    @RequiresPermission("inventory.read")
    LotTrace.Trace trace(@PathVariable UUID id, @RequestParam(required = false) UUID after,
                         @RequestParam(required = false) Integer size) {
        int pageSize = size(size);
        return db.tx().read(() -> trace.trace(id, after, pageSize));
    }

    @GetMapping("/trace")
    @RequiresPermission("inventory.read")
    LotTrace.Trace traceByName(@RequestParam(required = false) UUID productId, @RequestParam(required = false) String lot,
                               @RequestParam(required = false) UUID after, @RequestParam(required = false) Integer size) {
        FieldErrors problems = new FieldErrors();
        if (productId == null) {
            problems.add("productId", "is required");
        }
        if (lot == null || lot.isBlank()) {
            problems.add("lot", "is required");
        }
        int pageSize = size(size, problems);
        problems.throwIfAny();
        return db.tx().read(() -> {
            if (catalog.products(List.of(productId)).isEmpty()) {
                throw FieldErrors.notFound("productId", "Product", productId);
            }
            return trace.trace(trace.find(productId, lot), after, pageSize);
        });
    }

    private static int size(Integer size) {
        FieldErrors problems = new FieldErrors();
        int s = size(size, problems);
        problems.throwIfAny();
        return s;
    }

    private static int size(Integer size, FieldErrors problems) {
        if (size == null) {
            return 100;
        }
        if (size < 1 || size > LotTrace.MAX_PAGE) {
            problems.add("size", "must be 1 to " + LotTrace.MAX_PAGE);
        }
        return size;
    }
}
