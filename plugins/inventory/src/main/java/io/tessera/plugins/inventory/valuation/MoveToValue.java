package io.tessera.plugins.inventory.valuation;

import io.tessera.plugins.inventory.api.LocationUsage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stock move that has just been done, as the valuation sees it: the seam between the stock package (which
 * validates moves) and the valuation package (which writes valuation layers and posts the journal entry). Moves
 * that do not cross the company boundary (internal to internal) are passed too and ignored by the valuation.
 *
 * @param moveId        the done move
 * @param productId     its product
 * @param quantity      the quantity in the product's base unit, always positive
 * @param fromUsage     usage of the source location
 * @param toUsage       usage of the destination location
 * @param unitCost      the cost per base unit entered on a receipt (tenant base currency), else {@code null}
 * @param returnOfMove  the original move a return reverses (valued at that move's cost), else {@code null}
 * @param date          the accounting date of the move
 */
public record MoveToValue(UUID moveId, UUID productId, BigDecimal quantity, LocationUsage fromUsage,
                          LocationUsage toUsage, BigDecimal unitCost, UUID returnOfMove, LocalDate date) {
}
