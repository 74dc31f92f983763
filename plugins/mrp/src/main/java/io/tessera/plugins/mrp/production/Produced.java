package io.tessera.plugins.mrp.production;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The outcome of producing.
 *
 * @param orderId       the order, done now
 * @param quantity      the quantity produced
 * @param materialCost  the value of the components consumed
 * @param operationCost the routing's time × rate for the quantity
 * @param unitCost      the cost per unit put into stock
 * @param backorderId   the confirmed order for what is left, or {@code null} when all was produced
 */
public record Produced(UUID orderId, BigDecimal quantity, BigDecimal materialCost, BigDecimal operationCost,
                       BigDecimal unitCost, UUID backorderId) {
}
