package io.tessera.plugins.purchasing.replenish;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product to order, as inventory's replenishment suggests it.
 *
 * @param productId        the product
 * @param supplierId       the preferred supplier, or {@code null} when the product has none
 * @param quantity         what to order, in the product's base unit
 * @param supplierQuantity {@code quantity} in the supplier's unit, raised to its minimum and multiple, or {@code null}
 * @param supplierUom      the supplier's unit, or {@code null}
 */
record Suggestion(UUID productId, UUID supplierId, BigDecimal quantity, BigDecimal supplierQuantity, String supplierUom) {
}
