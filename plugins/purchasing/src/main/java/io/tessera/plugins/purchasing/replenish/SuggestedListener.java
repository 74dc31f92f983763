package io.tessera.plugins.purchasing.replenish;

import io.tessera.plugins.inventory.api.ReplenishmentSuggested;
import io.tessera.sdk.event.DomainEventListener;

/**
 * Drafts purchase orders when inventory publishes {@link ReplenishmentSuggested} (a replenishment run). Delivered at
 * least once: drafting nets what open orders already bring, so a second delivery drafts nothing.
 */
class SuggestedListener implements DomainEventListener<ReplenishmentSuggested> {

    private final DraftOrders drafts;

    SuggestedListener(DraftOrders drafts) {
        this.drafts = drafts;
    }

    @Override
    public Class<ReplenishmentSuggested> eventType() {
        return ReplenishmentSuggested.class;
    }

    @Override
    public void on(ReplenishmentSuggested event) {
        drafts.fromEvent(event.suggestions().stream().map(InventorySuggestions::of).toList());
    }
}
