package io.tessera.plugins.accounting.api;

import java.math.BigDecimal;

/**
 * One line of a draft created through {@link Invoicing}.
 *
 * @param description what was sold or bought (1 to 500 characters)
 * @param quantity    quantity, greater than zero, at most 4 decimals
 * @param unitPrice   unit price in the document currency, not negative, at most 4 decimals
 * @param taxRate     tax rate in percent (e.g. {@code 20} for 20 %), or {@code null} for none
 * @param role        the ledger account of the line by role, or {@code null} for the chart's default (sales for a
 *                    customer invoice, purchases for a vendor bill) — e.g. {@link PostingRole#STOCK_RECEIVED_NOT_BILLED}
 *                    or {@link PostingRole#PRICE_DIFFERENCE} on a vendor bill
 * @param source      the line it comes from, or {@code null}
 */
public record DraftLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate, PostingRole role,
                        SourceReference source) {
}
