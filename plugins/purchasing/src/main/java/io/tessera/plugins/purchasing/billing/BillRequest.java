package io.tessera.plugins.purchasing.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /orders/{id}/bill}: the vendor's bill for an order. Without lines, every line is billed for what its
 * policy allows at the ordered price.
 *
 * @param date    the bill date, today when absent
 * @param dueDate the due date, the bill date when absent
 * @param lines   the lines billed, or {@code null} for everything billable
 */
public record BillRequest(LocalDate date, LocalDate dueDate, List<Line> lines) {

    /**
     * A billed line.
     *
     * @param line      the order line number
     * @param quantity  billed, in the product's base unit; what the policy still allows when absent
     * @param unitPrice the vendor's price per ordered unit; the ordered price when absent
     */
    public record Line(Integer line, BigDecimal quantity, BigDecimal unitPrice) {
    }
}
