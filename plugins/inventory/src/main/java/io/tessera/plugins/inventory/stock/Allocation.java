package io.tessera.plugins.inventory.stock;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A quantity of a product taken from one location and lot.
 *
 * @param locationId the location
 * @param lotId      the lot, {@link BalanceKey#NO_LOT} for none
 * @param quantity   the quantity, in the base unit
 */
public record Allocation(UUID locationId, UUID lotId, BigDecimal quantity) {
}
