package io.tessera.plugins.inventory.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product's stock in a warehouse, in its base unit.
 *
 * @param productId   the product
 * @param warehouseId the warehouse
 * @param onHand      on hand
 * @param reserved    reserved for demand lines
 * @param available   on hand less reserved
 * @param incoming    open moves coming in (receipts not yet validated)
 * @param outgoing    open moves going out (deliveries not yet validated)
 */
public record StockLevel(UUID productId, UUID warehouseId, BigDecimal onHand, BigDecimal reserved,
                         BigDecimal available, BigDecimal incoming, BigDecimal outgoing) {
}
