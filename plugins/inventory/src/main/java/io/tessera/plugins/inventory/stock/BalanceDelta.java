package io.tessera.plugins.inventory.stock;

import java.math.BigDecimal;

/**
 * A change to one balance row.
 *
 * @param key            the row
 * @param onHand         what to add to on hand (negative to take away)
 * @param reserved       what to add to reserved (negative to release)
 * @param mayGoNegative  whether on hand may fall below zero there (warehouse allowing negative stock)
 * @param label          how the row is named in a refusal, e.g. {@code SKU-1 at WH/STOCK}
 */
public record BalanceDelta(BalanceKey key, BigDecimal onHand, BigDecimal reserved, boolean mayGoNegative, String label) {
}
