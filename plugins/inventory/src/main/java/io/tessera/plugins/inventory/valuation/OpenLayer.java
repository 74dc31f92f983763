package io.tessera.plugins.inventory.valuation;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A FIFO layer that is not used up: what remains of a receipt (positive), or stock delivered while there was none
 * (negative, valued at the last cost, waiting to be settled by the next receipt).
 *
 * @param id             the layer
 * @param remainingQty   the quantity left (positive) or still owed (negative)
 * @param remainingValue its value, of the same sign
 */
record OpenLayer(UUID id, BigDecimal remainingQty, BigDecimal remainingValue) {
}
