package io.tessera.plugins.purchasing.replenish;

import io.tessera.plugins.inventory.api.Replenishment;
import io.tessera.plugins.inventory.api.ReplenishmentSuggestion;
import io.tessera.sdk.ModuleServices;
import java.util.List;
import java.util.Optional;

/** {@link SuggestionSource} through inventory's published {@link Replenishment}. */
class InventorySuggestions implements SuggestionSource {

    private final ModuleServices services;

    InventorySuggestions(ModuleServices services) {
        this.services = services;
    }

    @Override
    public Optional<List<Suggestion>> suggestions() {
        return services.find(Replenishment.class).map(r -> r.suggestions(null).stream().map(InventorySuggestions::of).toList());
    }

    static Suggestion of(ReplenishmentSuggestion s) {
        return new Suggestion(s.productId(), s.supplierId(), s.quantity(), s.supplierQuantity(), s.supplierUom());
    }
}
