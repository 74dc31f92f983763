package io.tessera.plugins.purchasing.replenish;

import java.util.List;
import java.util.Optional;

/** Inventory's reorder suggestions, where the server has inventory ({@link InventorySuggestions}). */
interface SuggestionSource {

    /**
     * The suggestions for every warehouse of the current tenant.
     *
     * @return the suggestions, or empty when the tenant has not enabled inventory
     */
    Optional<List<Suggestion>> suggestions();
}
