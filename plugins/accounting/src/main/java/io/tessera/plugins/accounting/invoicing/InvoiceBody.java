package io.tessera.plugins.accounting.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice, bill or credit note as a client sends it.
 *
 * @param kind              {@code customer} or {@code vendor}
 * @param creditNote        whether it is a credit note
 * @param creditedInvoiceId for a credit note: the invoice it credits (allocated on confirm), optional
 * @param partyId           customer or vendor
 * @param date              document date
 * @param dueDate           due date
 * @param currency          document currency; the base currency when absent
 * @param lines             lines
 * @param version           on update, optional: the version read; a stale one is refused (409)
 */
record InvoiceBody(String kind, Boolean creditNote, UUID creditedInvoiceId, UUID partyId, LocalDate date, LocalDate dueDate,
                   String currency, List<LineBody> lines, Long version) {

    /**
     * A line.
     *
     * @param description what was sold or bought
     * @param quantity    quantity, up to 4 decimals
     * @param unitPrice   unit price, up to 4 decimals
     * @param taxRate     tax rate in percent, e.g. 20 for 20 %; only for tenants without tax codes
     * @param account     revenue or expense account code; the chart's sales or purchases account when absent
     * @param taxCode     tax code of the document's type (sales for invoices, purchase for bills); when absent, the
     *                    party's default, then the category's; required once the tenant has tax codes
     * @param categoryId  the product category (catalog's id), for its default tax code; optional
     */
    record LineBody(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate, String account,
                    String taxCode, UUID categoryId) {

        LineBody(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate, String account) {
            this(description, quantity, unitPrice, taxRate, account, null, null);
        }
    }
}
