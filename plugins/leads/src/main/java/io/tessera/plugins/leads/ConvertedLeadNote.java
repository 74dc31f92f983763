package io.tessera.plugins.leads;

import io.tessera.plugins.activities.api.Timeline;
import io.tessera.plugins.leads.api.LeadConverted;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.event.DomainEventListener;

/**
 * A converted lead appears in the new customer's history, through the activities module's published
 * {@link Timeline}. {@link LeadsModule} registers it only where that API is present on the server; the SDK's typed
 * lookup answers empty where the tenant has not enabled activities, and then nothing is written.
 */
class ConvertedLeadNote implements DomainEventListener<LeadConverted> {

    private final ModuleServices modules;

    ConvertedLeadNote(ModuleServices modules) {
        this.modules = modules;
    }

    @Override
    public Class<LeadConverted> eventType() {
        return LeadConverted.class;
    }

    @Override
    public void on(LeadConverted event) {
        modules.find(Timeline.class).ifPresent(history -> history.note(
                event.companyId() != null ? event.companyId() : event.personId(), LeadsModule.ID, event.leadId(),
                "Converted from a lead", event.opportunityId() == null ? null
                        : "Opportunity " + event.opportunityId() + " created", event.ownerId(), event.convertedAt()));
    }
}
