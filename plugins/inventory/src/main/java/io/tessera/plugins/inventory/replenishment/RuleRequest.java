package io.tessera.plugins.inventory.replenishment;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The body of {@code POST} and {@code PUT /reorder-rules}.
 *
 * @param productId    the product, required
 * @param warehouseId  the warehouse, the default one when null
 * @param min          the minimum, required, not negative
 * @param max          the maximum, required, not less than {@code min}
 * @param multiple     the order multiple, positive, 1 when null
 * @param leadTimeDays the lead time in days, not negative, 0 when null
 */
public record RuleRequest(UUID productId, UUID warehouseId, BigDecimal min, BigDecimal max, BigDecimal multiple,
                   Integer leadTimeDays) {
}
