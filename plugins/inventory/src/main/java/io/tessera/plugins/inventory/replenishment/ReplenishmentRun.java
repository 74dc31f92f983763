package io.tessera.plugins.inventory.replenishment;

import io.tessera.plugins.inventory.api.ReplenishmentSuggested;
import io.tessera.plugins.inventory.api.ReplenishmentSuggestion;
import io.tessera.sdk.event.EventPublisher;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import java.util.List;
import java.util.UUID;

/**
 * A replenishment run: computes the suggestions and, when there is at least one, publishes one
 * {@link ReplenishmentSuggested} in the same transaction (delivered to listeners after it commits).
 */
public class ReplenishmentRun {

    private final TenantJdbc db;
    private final Planner planner;
    private final EventPublisher events;

    ReplenishmentRun(TenantJdbc db, Planner planner, EventPublisher events) {
        this.db = db;
        this.planner = planner;
        this.events = events;
    }

    /**
     * Runs replenishment for a warehouse or all.
     *
     * @param warehouseId the warehouse, or {@code null} for all
     * @return the suggestions published (empty: nothing published)
     */
    @RequiresPermission("inventory.write")
    public List<ReplenishmentSuggestion> run(UUID warehouseId) {
        return db.tx().write(() -> {
            List<ReplenishmentSuggestion> suggestions = planner.suggestions(warehouseId);
            if (!suggestions.isEmpty()) {
                events.publish(new ReplenishmentSuggested(warehouseId, suggestions));
            }
            return suggestions;
        });
    }
}
