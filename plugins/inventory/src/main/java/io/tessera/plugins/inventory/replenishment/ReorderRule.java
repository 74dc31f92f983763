package io.tessera.plugins.inventory.replenishment;

import io.tessera.plugins.inventory.common.Numbers;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A reorder rule: keep the product's projected stock in the warehouse between {@code min} and {@code max}.
 *
 * @param id           the rule
 * @param productId    the product (storable)
 * @param warehouseId  the warehouse
 * @param min          order when projected stock falls below this, base unit
 * @param max          order up to this, base unit
 * @param multiple     order quantities are multiples of this, positive
 * @param leadTimeDays days from order to receipt, when the product has no supplier saying otherwise
 */
public record ReorderRule(UUID id, UUID productId, UUID warehouseId, BigDecimal min, BigDecimal max, BigDecimal multiple,
                   int leadTimeDays) {

    public ReorderRule {
        min = Numbers.quantity(min);
        max = Numbers.quantity(max);
        multiple = Numbers.quantity(multiple);
    }
}
