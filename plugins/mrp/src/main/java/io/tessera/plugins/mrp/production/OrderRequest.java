package io.tessera.plugins.mrp.production;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A manufacturing order to create.
 *
 * @param productId   the product to make
 * @param quantity    how much, in its base unit, positive
 * @param bomId       the BOM to use, the product's active one when absent
 * @param due         when it is needed, or {@code null}
 * @param warehouseId the warehouse, the default one when absent
 */
public record OrderRequest(UUID productId, BigDecimal quantity, UUID bomId, LocalDate due, UUID warehouseId) {
}
