package io.tessera.plugins.purchasing.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The request bodies of the order endpoints. */
public final class Requests {

    private Requests() {
    }

    /**
     * {@code POST /orders}: a request for quotation (a draft purchase order).
     *
     * @param partyId  the supplier
     * @param currency ISO 4217 code; the supplier's price currency or the base currency when absent
     * @param date     the order date, today when absent
     * @param notes    free text for the supplier
     * @param lines    at least one line
     */
    public record Order(UUID partyId, String currency, LocalDate date, String notes, List<Line> lines) {
    }

    /**
     * An order line.
     *
     * @param productId   the product
     * @param quantity    the quantity in {@code uom}, positive
     * @param uom         the unit; the supplier's unit, else the product's purchase unit, when absent
     * @param unitPrice   the price per {@code uom}; the supplier's price when absent
     * @param description the text on the order; the product's name when absent
     * @param taxCode     accounting's purchase tax code (e.g. {@code VAT20}); when absent, the supplier's default code,
     *                    else the product category's (tenants with tax codes; tenants without them buy without tax)
     */
    public record Line(UUID productId, BigDecimal quantity, String uom, BigDecimal unitPrice, String description,
                       String taxCode) {

        /**
         * A line with the default tax code.
         *
         * @param productId   the product
         * @param quantity    the quantity
         * @param uom         the unit, or {@code null}
         * @param unitPrice   the price, or {@code null}
         * @param description the text, or {@code null}
         */
        public Line(UUID productId, BigDecimal quantity, String uom, BigDecimal unitPrice, String description) {
            this(productId, quantity, uom, unitPrice, description, null);
        }
    }

    /**
     * {@code POST /orders/{id}/receive}: what arrived; everything still to receive when {@code lines} is absent.
     *
     * @param lines the lines received
     */
    public record Receive(List<ReceiveLine> lines) {
    }

    /**
     * A received line.
     *
     * @param line     the order line number
     * @param quantity in the product's base unit, positive
     * @param lot      the lot, for lot-tracked products
     */
    public record ReceiveLine(Integer line, BigDecimal quantity, String lot) {
    }
}
