package io.tessera.plugins.sales.quotation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A quotation as a client sends it.
 *
 * @param partyId       the customer (required)
 * @param contactId     the contact person at the customer, optional
 * @param currency      ISO 4217; the tenant's base currency when absent
 * @param opportunityId the opportunity it answers, optional
 * @param date          the quotation date; today when absent
 * @param validUntil    the last day it may be confirmed; 30 days after the date when absent
 * @param promisedDate  the delivery date promised to the customer, kept on the order; optional, not before the date
 * @param lines         1 to 1,000 lines
 */
record QuotationRequest(UUID partyId, UUID contactId, String currency, UUID opportunityId, LocalDate date, LocalDate validUntil,
                        LocalDate promisedDate, List<LineRequest> lines) {

    /**
     * A quotation without a promised delivery date.
     *
     * @param partyId       the customer
     * @param contactId     the contact, or {@code null}
     * @param currency      the currency, or {@code null}
     * @param opportunityId the opportunity, or {@code null}
     * @param date          the date, or {@code null}
     * @param validUntil    the validity, or {@code null}
     * @param lines         the lines
     */
    QuotationRequest(UUID partyId, UUID contactId, String currency, UUID opportunityId, LocalDate date, LocalDate validUntil,
                     List<LineRequest> lines) {
        this(partyId, contactId, currency, opportunityId, date, validUntil, null, lines);
    }

    /**
     * A line.
     *
     * @param productId   the product (required)
     * @param description what is sold; the product's name when absent
     * @param quantity    quantity in {@code uom}, greater than zero
     * @param uom         the unit; the product's sales unit when absent
     * @param unitPrice   price per {@code uom}; resolved from the customer's price list, the general price lists or the
     *                    list price when absent
     * @param discount    discount in percent, 0 to 100
     * @param taxRate     tax rate in percent, 0 to 100; only for tenants without tax codes
     * @param taxCode     accounting's sales tax code (e.g. {@code VAT20}); when absent, the customer's default code, else
     *                    the product category's (tenants with tax codes)
     */
    record LineRequest(UUID productId, String description, BigDecimal quantity, String uom, BigDecimal unitPrice, BigDecimal discount,
                BigDecimal taxRate, String taxCode) {

        /**
         * A line without a tax code (a free rate, or the default code).
         *
         * @param productId   the product
         * @param description what is sold, or {@code null}
         * @param quantity    quantity
         * @param uom         the unit, or {@code null}
         * @param unitPrice   the price, or {@code null}
         * @param discount    discount in percent, or {@code null}
         * @param taxRate     tax rate in percent, or {@code null}
         */
        LineRequest(UUID productId, String description, BigDecimal quantity, String uom, BigDecimal unitPrice, BigDecimal discount,
                    BigDecimal taxRate) {
            this(productId, description, quantity, uom, unitPrice, discount, taxRate, null);
        }
    }
}
