package io.tessera.plugins.inventory.transfer;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The request bodies of the transfer endpoints. */
public final class Requests {

    private Requests() {
    }

    /**
     * {@code POST /receipts}.
     *
     * @param warehouseId the warehouse, default when null
     * @param partyId     the supplier, or null
     * @param date        the date, today when null
     * @param lines       the lines
     */
    public record Receipt(UUID warehouseId, UUID partyId, LocalDate date, List<ReceiptLine> lines) {
    }

    /**
     * A receipt line.
     *
     * @param productId the product
     * @param quantity  the quantity in {@code uom}
     * @param uom       the unit, the product's base unit when null
     * @param unitCost  the cost per {@code uom}
     * @param lot       the lot (lot-tracked products)
     * @param expiry    the lot's expiry date, or null
     * @param serials   the serials (serial-tracked products), one per unit
     */
    public record ReceiptLine(UUID productId, BigDecimal quantity, @Size(max = 20) String uom, BigDecimal unitCost,
                       @Size(max = 100) String lot, LocalDate expiry, List<String> serials) {
    }

    /**
     * {@code POST /deliveries}.
     *
     * @param warehouseId the warehouse, default when null
     * @param partyId     the customer, or null
     * @param date        the date, today when null
     * @param lines       the lines
     */
    public record Delivery(UUID warehouseId, UUID partyId, LocalDate date, List<DeliveryLine> lines) {
    }

    /**
     * A delivery line.
     *
     * @param productId the product
     * @param quantity  the quantity in {@code uom}
     * @param uom       the unit, the product's base unit when null
     * @param lot       the only lot or serial to deliver from, or null for any
     */
    public record DeliveryLine(UUID productId, BigDecimal quantity, @Size(max = 20) String uom, @Size(max = 100) String lot) {
    }

    /**
     * {@code POST /…/{id}/validate}: what to validate now; everything when {@code lines} is null.
     *
     * @param lines     quantities per product in its base unit; products left out go to the backorder
     * @param backorder whether what is not validated goes to a new backorder ({@code null} or {@code true}, the
     *                  default) or is cancelled ({@code false}: no backorder, the open rest is released)
     */
    public record Validate(List<ValidateLine> lines, Boolean backorder) {

        /**
         * Quantities to validate, the rest going to a backorder.
         *
         * @param lines quantities per product in its base unit
         */
        public Validate(List<ValidateLine> lines) {
            this(lines, null);
        }

        /**
         * Whether the rest goes to a backorder.
         *
         * @return {@code false} only when {@code backorder} is {@code false}
         */
        public boolean wantsBackorder() {
            return !Boolean.FALSE.equals(backorder);
        }
    }

    /**
     * A quantity done now.
     *
     * @param productId the product
     * @param quantity  the quantity in the base unit, zero or more
     */
    public record ValidateLine(UUID productId, BigDecimal quantity) {
    }

    /**
     * {@code POST /adjustments}.
     *
     * @param locationId the internal location counted
     * @param date       the date, today when null
     * @param lines      the counted quantities
     */
    public record Adjustment(UUID locationId, LocalDate date, List<AdjustmentLine> lines) {
    }

    /**
     * A counted quantity.
     *
     * @param productId       the product
     * @param countedQuantity the quantity found, in the base unit
     * @param lot             the lot or serial counted (tracked products)
     */
    public record AdjustmentLine(UUID productId, BigDecimal countedQuantity, @Size(max = 100) String lot) {
    }

    /**
     * {@code POST /returns}.
     *
     * @param date  the date, today when null
     * @param lines the moves returned
     */
    public record Return(LocalDate date, List<ReturnLine> lines) {
    }

    /**
     * A returned quantity of a done move.
     *
     * @param moveId   the move returned
     * @param quantity the quantity in the base unit
     */
    public record ReturnLine(UUID moveId, BigDecimal quantity) {
    }

    /**
     * {@code POST /scrap}.
     *
     * @param locationId the internal location, the default warehouse's stock when null
     * @param date       the date, today when null
     * @param lines      the scrapped quantities
     */
    public record Scrap(UUID locationId, LocalDate date, List<ScrapLine> lines) {
    }

    /**
     * A scrapped quantity.
     *
     * @param productId the product
     * @param quantity  the quantity in the base unit
     * @param lot       the lot or serial (tracked products)
     */
    public record ScrapLine(UUID productId, BigDecimal quantity, @Size(max = 100) String lot) {
    }

    /**
     * {@code POST /internal-transfers}: goods moved at once between two internal locations.
     *
     * @param fromLocationId the internal location they leave
     * @param toLocationId   the internal location they go to
     * @param date           the date, today when null
     * @param lines          the quantities (base unit), with the lot or serial of tracked products
     */
    public record Internal(UUID fromLocationId, UUID toLocationId, LocalDate date, List<ScrapLine> lines) {
    }
}
