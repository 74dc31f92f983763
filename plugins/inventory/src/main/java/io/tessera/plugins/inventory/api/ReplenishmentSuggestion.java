package io.tessera.plugins.inventory.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product to order for a warehouse: its projected stock is below the reorder rule's minimum. Quantities are in the
 * product's base unit unless named otherwise.
 *
 * @param ruleId            the reorder rule
 * @param productId         the product
 * @param warehouseId       the warehouse
 * @param onHand            on hand in the warehouse's internal locations
 * @param reserved          reserved there
 * @param incoming          open moves coming into them
 * @param outgoing          open moves going out of them
 * @param projected         on hand − reserved + incoming − the part of outgoing that is not reserved yet (a reserved
 *                          open move is counted once)
 * @param min               the rule's minimum
 * @param max               the rule's maximum
 * @param quantity          what to order: up to the maximum, rounded up to the rule's multiple, then (with a supplier)
 *                          to the supplier's minimum quantity and order multiple
 * @param supplierId        the preferred supplier (a party), or {@code null} when the product has none
 * @param supplierQuantity  {@code quantity} in the supplier's unit, or {@code null} without a supplier
 * @param supplierUom       the supplier's unit, or {@code null}
 * @param leadTimeDays      the supplier's lead time when there is one, else the rule's
 */
public record ReplenishmentSuggestion(UUID ruleId, UUID productId, UUID warehouseId, BigDecimal onHand,
                                      BigDecimal reserved, BigDecimal incoming, BigDecimal outgoing,
                                      BigDecimal projected, BigDecimal min, BigDecimal max, BigDecimal quantity,
                                      UUID supplierId, BigDecimal supplierQuantity, String supplierUom,
                                      int leadTimeDays) {
}
