package io.tessera.plugins.accounting.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One line of a draft created through {@link Invoicing}.
 *
 * <p>Tax: a tenant without tax codes gives a free {@code taxRate} (or none); once the tenant has tax codes a free rate
 * is refused and the line's tax is its {@code taxCode} (of the document's type: sales for customer invoices, purchase
 * for vendor bills), else the party's default code, else the default code of the product category {@code categoryId} —
 * the same resolution as accounting's own invoice lines ({@link Invoicing#resolveTaxes} tells it beforehand).
 *
 * @param description what was sold or bought (1 to 500 characters)
 * @param quantity    quantity, greater than zero, at most 4 decimals
 * @param unitPrice   unit price in the document currency, not negative, at most 4 decimals
 * @param taxRate     tax rate in percent (e.g. {@code 20} for 20 %), or {@code null} for none; only for tenants without
 *                    tax codes
 * @param role        the ledger account of the line by role, or {@code null} for the chart's default (sales for a
 *                    customer invoice, purchases for a vendor bill) — e.g. {@link PostingRole#STOCK_RECEIVED_NOT_BILLED}
 *                    or {@link PostingRole#PRICE_DIFFERENCE} on a vendor bill
 * @param source      the line it comes from, or {@code null}
 * @param taxCode     the tax code (e.g. {@code VAT20}), or {@code null} for the party's or the category's default
 * @param categoryId  the product category (catalog's id) whose default tax code applies, or {@code null}
 */
public record DraftLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate, PostingRole role,
                        SourceReference source, String taxCode, UUID categoryId) {

    /**
     * A line without tax code or category (a free rate, or the party's default code).
     *
     * @param description what was sold or bought
     * @param quantity    quantity
     * @param unitPrice   unit price
     * @param taxRate     tax rate in percent, or {@code null}
     * @param role        the account by role, or {@code null}
     * @param source      the line it comes from, or {@code null}
     */
    public DraftLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate, PostingRole role,
                     SourceReference source) {
        this(description, quantity, unitPrice, taxRate, role, source, null, null);
    }
}
