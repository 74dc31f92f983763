package io.tessera.plugins.accounting.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice as the API shows it.
 *
 * @param id                id
 * @param kind              {@code CUSTOMER} or {@code VENDOR}
 * @param creditNote        whether it is a credit note
 * @param creditedInvoiceId the credited invoice, or {@code null}
 * @param number            number, assigned on confirm
 * @param state             {@code DRAFT} or {@code POSTED}
 * @param partyId           customer or vendor
 * @param date              document date
 * @param dueDate           due date
 * @param currency          currency
 * @param subtotal          sum of line nets
 * @param tax               sum of line taxes
 * @param total             subtotal + tax
 * @param allocated         sum of payments and credit notes allocated to it
 * @param open              total − allocated
 * @param entryId           the posted journal entry, or {@code null}
 * @param version           the stored version, changed by every write; send it back on update to refuse a lost update
 * @param lines             lines
 */
public record InvoiceView(UUID id, String kind, boolean creditNote, UUID creditedInvoiceId, String number, String state, UUID partyId,
                   LocalDate date, LocalDate dueDate, String currency, BigDecimal subtotal, BigDecimal tax, BigDecimal total,
                   BigDecimal allocated, BigDecimal open, UUID entryId, long version, List<Line> lines) {

    /**
     * A line.
     *
     * @param lineNo      position, from 1
     * @param description what was sold or bought
     * @param quantity    quantity
     * @param unitPrice   unit price
     * @param taxRate     tax rate in percent
     * @param net         quantity × unit price, rounded (with a price-included tax code: the gross minus the tax)
     * @param tax         net × rate, rounded (price-included: extracted from the gross, rounded)
     * @param account     the revenue or expense account's code, or {@code null} for the chart's default
     * @param taxCode     the line's tax code, or {@code null} for a free rate
     */
    public record Line(int lineNo, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate,
                BigDecimal net, BigDecimal tax, String account, String taxCode) {
    }
}
