package io.tessera.plugins.inventory.warehouse;

import io.tessera.plugins.inventory.api.LocationUsage;
import java.util.UUID;

/**
 * A stock location.
 *
 * @param id          its id
 * @param code        its code, unique per tenant, e.g. {@code WH/STOCK} or {@code CUSTOMERS}
 * @param name        its display name
 * @param usage       what it stands for
 * @param warehouseId its warehouse, {@code null} for virtual locations shared by all warehouses
 * @param parentId    the location it lies in, or {@code null}
 */
public record Location(UUID id, String code, String name, LocationUsage usage, UUID warehouseId, UUID parentId) {
}
