package io.tessera.plugins.inventory.transfer;

import io.tessera.plugins.inventory.common.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A transfer as the API shows it.
 *
 * @param id             the transfer
 * @param kind           receipt, delivery, adjustment, return or scrap
 * @param state          draft, confirmed (partly reserved), assigned (fully reserved), done or cancelled
 * @param warehouseId    its warehouse
 * @param partyId        the supplier or customer, or null
 * @param fromLocationId where its goods come from
 * @param toLocationId   where they go
 * @param backorderOf    the transfer it is the backorder of, or null
 * @param date           its date
 * @param lines          its moves
 */
public record TransferView(UUID id, String kind, String state, UUID warehouseId, UUID partyId, UUID fromLocationId,
                    UUID toLocationId, UUID backorderOf, LocalDate date, List<Line> lines) {

    /**
     * One move of the transfer.
     *
     * @param moveId         the move
     * @param line           its line number
     * @param productId      the product
     * @param quantity       the quantity in the base unit
     * @param enteredQuantity the quantity as entered
     * @param uom            the unit it was entered in
     * @param reserved       reserved for it (open deliveries), else zero
     * @param fromLocationId where it comes from
     * @param toLocationId   where it goes
     * @param lot            the lot or serial, or null
     * @param expiry         the lot's expiry date, or null
     * @param unitCost       the cost per base unit (receipts), or null
     * @param state          its state
     * @param returnOf       the move it returns, or null
     */
    public record Line(UUID moveId, int line, UUID productId, BigDecimal quantity, BigDecimal enteredQuantity, String uom,
                BigDecimal reserved, UUID fromLocationId, UUID toLocationId, String lot, LocalDate expiry,
                BigDecimal unitCost, String state, UUID returnOf) {

        /** Quantities and the unit cost without the storage scale's trailing zeros. */
        public Line {
            quantity = Numbers.quantity(quantity);
            enteredQuantity = Numbers.quantity(enteredQuantity);
            reserved = Numbers.quantity(reserved);
            unitCost = Numbers.quantity(unitCost);
        }
    }
}
