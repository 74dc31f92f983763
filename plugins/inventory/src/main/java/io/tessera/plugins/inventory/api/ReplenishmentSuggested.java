package io.tessera.plugins.inventory.api;

import io.tessera.sdk.event.DomainEvent;
import java.util.List;
import java.util.UUID;

/**
 * Products to replenish: published after a replenishment run ({@code POST /api/v1/inventory/replenishment/run})
 * commits, when at least one product of the warehouse (or of all warehouses) is projected below its reorder rule's
 * minimum. Purchasing and MRP listen to it to draft orders. Not published on every stock move: a run is an explicit
 * act (a user or a scheduled job), so a burst of deliveries does not flood listeners with the same suggestion.
 *
 * @param warehouseId the warehouse run for, or {@code null} when the run covered every warehouse
 * @param suggestions the suggestions, at least one
 */
public record ReplenishmentSuggested(UUID warehouseId, List<ReplenishmentSuggestion> suggestions) implements DomainEvent {
}
