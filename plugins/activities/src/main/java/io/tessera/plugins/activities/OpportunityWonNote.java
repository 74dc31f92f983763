package io.tessera.plugins.activities;

import io.tessera.plugins.pipeline.api.OpportunityWon;
import io.tessera.sdk.event.DomainEventListener;
import jakarta.persistence.EntityManager;

/** A won opportunity appears in the customer's history. Registered only where the pipeline module is installed. */
class OpportunityWonNote implements DomainEventListener<OpportunityWon> {

    private final EntityManager em;

    OpportunityWonNote(EntityManager em) {
        this.em = em;
    }

    @Override
    public Class<OpportunityWon> eventType() {
        return OpportunityWon.class;
    }

    @Override
    public void on(OpportunityWon event) {
        TimelineNotes.record(em, event.partyId(), "pipeline", event.opportunityId(), "Opportunity won",
                "Won " + event.amount().stripTrailingZeros().toPlainString() + " " + event.currency(), event.ownerId(),
                event.wonAt());
    }
}
