package io.tessera.plugins.inventory.valuation;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A part of an open FIFO layer used by a move: the layer's remaining quantity and value are reduced by these, which
 * have the layer's sign — a receipt layer consumed by a delivery (positive), a negative layer settled by a receipt
 * (negative) — so both move towards zero.
 *
 * @param layerId  the open layer
 * @param quantity the quantity taken, of the layer's sign
 * @param value    its value, of the layer's sign
 */
record Take(UUID layerId, BigDecimal quantity, BigDecimal value) {
}
