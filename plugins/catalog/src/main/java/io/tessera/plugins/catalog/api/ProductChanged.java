package io.tessera.plugins.catalog.api;

import io.tessera.sdk.event.DomainEvent;
import java.util.UUID;

/**
 * A product was created, changed, archived or restored.
 *
 * @param productId the product
 * @param sku       its SKU now
 * @param type      its type now
 * @param active    whether it is active now
 * @param change    {@code created}, {@code updated}, {@code archived} or {@code restored}
 */
public record ProductChanged(UUID productId, String sku, ProductType type, boolean active, String change)
        implements DomainEvent {
}
