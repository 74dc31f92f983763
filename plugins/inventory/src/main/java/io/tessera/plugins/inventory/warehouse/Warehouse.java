package io.tessera.plugins.inventory.warehouse;

import java.util.UUID;

/**
 * A warehouse.
 *
 * @param id               its id
 * @param code             its short code, unique per tenant, e.g. {@code WH}
 * @param name             its display name
 * @param allowNegative    whether its internal locations may go below zero on hand (off by default)
 * @param stockLocationId  where receipts put goods and deliveries take them from
 * @param inputLocationId  the goods-in area
 * @param outputLocationId the goods-out area
 */
public record Warehouse(UUID id, String code, String name, boolean allowNegative, UUID stockLocationId,
                        UUID inputLocationId, UUID outputLocationId) {
}
