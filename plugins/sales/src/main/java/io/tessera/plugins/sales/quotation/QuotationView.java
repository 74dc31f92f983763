package io.tessera.plugins.sales.quotation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A quotation as the API shows it.
 *
 * @param id            id
 * @param number        number, e.g. {@code SQ-000001}
 * @param partyId       the customer
 * @param contactId     the contact, or {@code null}
 * @param opportunityId the opportunity, or {@code null}
 * @param opportunityAmount the opportunity's expected amount when the quotation was made from it, or {@code null}
 * @param currency      currency
 * @param date          quotation date
 * @param validUntil    last day it may be confirmed
 * @param promisedDate  the delivery date promised to the customer, or {@code null}
 * @param state         {@code DRAFT}, {@code SENT}, {@code CONFIRMED}, {@code CANCELLED} or {@code EXPIRED} (a draft or
 *                      sent quotation past its validity)
 * @param subtotal      sum of line nets
 * @param tax           sum of line taxes
 * @param total         subtotal + tax
 * @param orderId       the order it was confirmed into, or {@code null}
 * @param lines         lines
 */
public record QuotationView(UUID id, String number, UUID partyId, UUID contactId, UUID opportunityId, BigDecimal opportunityAmount,
                            String currency,
                            LocalDate date, LocalDate validUntil, LocalDate promisedDate, String state, BigDecimal subtotal, BigDecimal tax,
                            BigDecimal total, UUID orderId, List<QuotationLine> lines) {

    /**
     * A line.
     *
     * @param lineNo      position, from 1
     * @param productId   product
     * @param description what is sold
     * @param quantity    quantity in {@code uom}
     * @param uom         unit
     * @param unitPrice   price per unit
     * @param discount    discount in percent
     * @param taxRate     tax rate in percent
     * @param net         net amount
     * @param tax         tax amount
     * @param taxCode     the tax code, or {@code null} for a free rate
     */
    public record QuotationLine(int lineNo, UUID productId, String description, BigDecimal quantity, String uom, BigDecimal unitPrice,
                       BigDecimal discount, BigDecimal taxRate, BigDecimal net, BigDecimal tax, String taxCode) {
    }
}
