package io.tessera.plugins.sales.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order to create, priced and validated already (from a confirmed quotation).
 *
 * @param quotationId   the quotation it comes from
 * @param opportunityId the opportunity the quotation came from, or {@code null}
 * @param partyId       the customer
 * @param currency      the currency
 * @param date          the order date
 * @param promisedDate  the delivery date promised to the customer, or {@code null}
 * @param lines         the lines
 */
public record OrderDraft(UUID quotationId, UUID opportunityId, UUID partyId, String currency, LocalDate date, LocalDate promisedDate,
                         List<Line> lines) {

    /**
     * A priced line.
     *
     * @param productId   the product
     * @param description what is sold
     * @param quantity    quantity in {@code uom}
     * @param uom         the unit the customer ordered in
     * @param unitPrice   price per {@code uom}
     * @param discount    discount in percent
     * @param taxRate     tax rate in percent
     * @param net         quantity × price × (1 − discount), rounded
     * @param tax         net × rate, rounded
     * @param taxCode     accounting's tax code the rate comes from, or {@code null} for a free rate
     */
    public record Line(UUID productId, String description, BigDecimal quantity, String uom, BigDecimal unitPrice,
                       BigDecimal discount, BigDecimal taxRate, BigDecimal net, BigDecimal tax, String taxCode) {
    }
}
