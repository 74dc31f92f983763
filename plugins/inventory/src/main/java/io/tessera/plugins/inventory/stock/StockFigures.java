package io.tessera.plugins.inventory.stock;

import java.math.BigDecimal;

/**
 * The stock figures of a product (or of all products) in a warehouse or location.
 *
 * @param onHand    on hand, done moves in minus out
 * @param reserved  reserved for demand lines
 * @param available on hand less reserved
 * @param incoming  open (not done, not cancelled) moves coming in
 * @param outgoing  open moves going out
 */
public record StockFigures(BigDecimal onHand, BigDecimal reserved, BigDecimal available, BigDecimal incoming,
                           BigDecimal outgoing) {
}
