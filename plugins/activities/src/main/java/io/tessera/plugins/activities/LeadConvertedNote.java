package io.tessera.plugins.activities;

import io.tessera.plugins.leads.api.LeadConverted;
import io.tessera.sdk.event.DomainEventListener;
import jakarta.persistence.EntityManager;

/** A converted lead appears in the new customer's history. Registered only where the leads module is installed. */
class LeadConvertedNote implements DomainEventListener<LeadConverted> {

    private final EntityManager em;

    LeadConvertedNote(EntityManager em) {
        this.em = em;
    }

    @Override
    public Class<LeadConverted> eventType() {
        return LeadConverted.class;
    }

    @Override
    public void on(LeadConverted event) {
        TimelineNotes.record(em, event.companyId() != null ? event.companyId() : event.personId(), "leads",
                event.leadId(), "Converted from a lead", event.opportunityId() == null ? null
                        : "Opportunity " + event.opportunityId() + " created", event.ownerId(), event.convertedAt());
    }
}
