package io.tessera.plugins.sales.order;

import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.plugins.sales.common.Problems;
import io.tessera.sdk.security.RequiresPermission;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Customer returns of an order's delivered goods: {@code POST /api/v1/sales/orders/{id}/returns}. */
@RestController
@RequestMapping("/api/v1/sales")
class ReturnsController {

    private final Returns returns;
    private final TenantJdbc db;

    ReturnsController(Returns returns, TenantJdbc db) {
        this.returns = returns;
        this.db = db;
    }

    /**
     * What comes back.
     *
     * @param date  the return date (and the credit notes'); today when absent
     * @param lines 1 or more lines
     */
    record OrderReturnRequest(LocalDate date, List<OrderReturnLine> lines) {
    }

    /**
     * A returned line.
     *
     * @param lineId   the order line
     * @param quantity in the product's base unit, at most what was delivered and not returned yet
     */
    record OrderReturnLine(UUID lineId, BigDecimal quantity) {
    }

    @PostMapping("/orders/{id}/returns")
    @RequiresPermission("sales.write")
    ResponseEntity<Returns.OrderReturn> create(@PathVariable UUID id, @RequestBody(required = false) OrderReturnRequest body) {
        Problems problems = new Problems();
        Map<UUID, BigDecimal> lines = new LinkedHashMap<>();
        if (body == null || body.lines() == null || body.lines().isEmpty() || body.lines().size() > 1000) {
            problems.add("lines", "must have 1 to 1000 lines");
        } else {
            for (int i = 0; i < body.lines().size(); i++) {
                OrderReturnLine line = body.lines().get(i);
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
        }
        problems.throwIfAny();
        LocalDate date = body.date() == null ? LocalDate.now() : body.date();
        Returns.OrderReturn made = db.tx().write(() -> returns.create(id, date, lines));
        return ResponseEntity.created(URI.create("/api/v1/sales/orders/" + id)).body(made);
    }
}
