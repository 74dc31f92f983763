package io.tessera.plugins.purchasing.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A purchase order as the API shows it. Quantities {@code ordered}, {@code received}, {@code billed} and what is left
 * are in the product's base unit; {@code quantity} and {@code unitPrice} are as ordered, in {@code uom}.
 *
 * @param id         the order
 * @param number     its number, e.g. {@code PO-000001}
 * @param partyId    the supplier
 * @param partyName  the supplier's name
 * @param currency   ISO 4217 code
 * @param state      {@code DRAFT} (a request for quotation), {@code CONFIRMED}, {@code DONE} or {@code CANCELLED}
 * @param status     what it waits for: {@code DRAFT}, {@code TO_RECEIVE}, {@code TO_BILL}, {@code DONE}, {@code CANCELLED}
 * @param date       the order date
 * @param notes      free text, or {@code null}
 * @param total      Σ line subtotals
 * @param version    incremented by every change of the order
 * @param lines      the lines
 * @param receiptIds inventory receipts made for it, oldest first
 * @param bills      vendor bills made from it, oldest first
 * @param expectedReceiptId inventory's expected receipt of the confirmed order (its incoming goods, fulfilled as they
 *                   are received), or {@code null}
 */
public record OrderView(UUID id, String number, UUID partyId, String partyName, String currency, String state,
                        String status, LocalDate date, String notes, BigDecimal total, long version, List<Line> lines,
                        List<UUID> receiptIds, List<Bill> bills, UUID expectedReceiptId) {

    /**
     * An order line.
     *
     * @param line         its number, from 1
     * @param productId    the product
     * @param sku          the product's SKU
     * @param description  the text on the order
     * @param quantity     as ordered, in {@code uom}
     * @param uom          the unit ordered in
     * @param unitPrice    per {@code uom}
     * @param subtotal     quantity × unit price, rounded to the currency
     * @param expectedDate the order date plus the supplier's lead time
     * @param billPolicy   {@code ORDERED} (bill up to the ordered quantity) or {@code RECEIVED} (up to what arrived)
     * @param baseUom      the product's base unit
     * @param ordered      ordered, in the base unit
     * @param received     received so far
     * @param billed       billed so far (held bills included)
     * @param toReceive    ordered − received (the backorder)
     * @param toBill       what may still be billed under the policy
     * @param taxCode      accounting's purchase tax code of the line, or {@code null} (a tenant without tax codes)
     */
    public record Line(int line, UUID productId, String sku, String description, BigDecimal quantity, String uom,
                       BigDecimal unitPrice, BigDecimal subtotal, LocalDate expectedDate, String billPolicy,
                       String baseUom, BigDecimal ordered, BigDecimal received, BigDecimal billed, BigDecimal toReceive,
                       BigDecimal toBill, String taxCode) {
    }

    /**
     * A vendor bill made from the order.
     *
     * @param id         the purchasing bill record
     * @param invoiceId  the accounting vendor bill
     * @param state      {@code HELD} (price beyond the tolerance, not posted) or {@code POSTED}
     * @param total      its total
     * @param heldReason why it is held, or {@code null}
     */
    public record Bill(UUID id, UUID invoiceId, String state, BigDecimal total, String heldReason) {
    }
}
