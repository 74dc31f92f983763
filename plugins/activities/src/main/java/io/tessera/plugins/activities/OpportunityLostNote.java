package io.tessera.plugins.activities;

import io.tessera.plugins.pipeline.api.OpportunityLost;
import io.tessera.sdk.event.DomainEventListener;
import jakarta.persistence.EntityManager;

/** A lost opportunity appears in the customer's history. Registered only where the pipeline module is installed. */
class OpportunityLostNote implements DomainEventListener<OpportunityLost> {

    private final EntityManager em;

    OpportunityLostNote(EntityManager em) {
        this.em = em;
    }

    @Override
    public Class<OpportunityLost> eventType() {
        return OpportunityLost.class;
    }

    @Override
    public void on(OpportunityLost event) {
        TimelineNotes.record(em, event.partyId(), "pipeline", event.opportunityId(), "Opportunity lost",
                "Reason: " + event.reason(), null, event.lostAt());
    }
}
