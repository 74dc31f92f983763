package io.tessera.plugins.sales.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A sales order as the API shows it.
 *
 * @param id            id
 * @param number        number, e.g. {@code SO-000001}
 * @param quotationId   the quotation it was confirmed from, or {@code null}
 * @param opportunityId the opportunity, or {@code null}
 * @param partyId       the customer
 * @param currency      currency
 * @param date          order date
 * @param promisedDate  the delivery date promised to the customer, or {@code null}
 * @param late          open, past its promised date, with something left to deliver
 * @param state         {@code OPEN} or {@code CANCELLED}
 * @param status        {@code TO_DELIVER}, {@code TO_INVOICE}, {@code FULLY_INVOICED}, {@code DONE} or {@code CANCELLED}
 * @param subtotal      sum of line nets
 * @param tax           sum of line taxes
 * @param total         subtotal + tax
 * @param lines         lines
 * @param deliveryIds   inventory deliveries made for it (done transfers)
 * @param invoiceIds    accounting invoices made from it
 * @param returnIds     inventory returns of delivered goods (done transfers)
 * @param creditNoteIds accounting credit notes made for returns
 */
public record OrderView(UUID id, String number, UUID quotationId, UUID opportunityId, UUID partyId, String currency,
                        LocalDate date, LocalDate promisedDate, boolean late, String state, String status, BigDecimal subtotal, BigDecimal tax, BigDecimal total,
                        List<OrderLine> lines, List<UUID> deliveryIds, List<UUID> invoiceIds, List<UUID> returnIds,
                        List<UUID> creditNoteIds) {

    /**
     * A line; quantities in the product's base unit.
     *
     * @param id            id
     * @param lineNo        position, from 1
     * @param productId     product
     * @param description   what is sold
     * @param quantity      the quantity as ordered, in {@code uom}
     * @param uom           the unit ordered in
     * @param baseUom       the product's base unit
     * @param ordered       ordered, in the base unit
     * @param delivered     delivered so far
     * @param invoiced      invoiced so far
     * @param invoicePolicy {@code ORDERED} or {@code DELIVERED}
     * @param unitPrice     price per {@code uom}
     * @param discount      discount in percent
     * @param taxRate       tax rate in percent
     * @param net           net amount
     * @param tax           tax amount
     * @param taxCode       the tax code, or {@code null} for a free rate
     * @param returned      returned so far, of the delivered quantity
     */
    public record OrderLine(UUID id, int lineNo, UUID productId, String description, BigDecimal quantity, String uom, String baseUom,
                       BigDecimal ordered, BigDecimal delivered, BigDecimal invoiced, String invoicePolicy,
                       BigDecimal unitPrice, BigDecimal discount, BigDecimal taxRate, BigDecimal net, BigDecimal tax, String taxCode,
                       BigDecimal returned) {
    }
}
