package io.tessera.plugins.leads;

import io.tessera.plugins.activities.api.Timeline;
import io.tessera.plugins.leads.api.LeadConverted;
import io.tessera.sdk.EnabledModules;
import io.tessera.sdk.event.DomainEventListener;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A converted lead appears in the new customer's history, through the activities module's published
 * {@link Timeline}, where that module is enabled for the tenant. Registered only where it is installed.
 */
class ConvertedLeadNote implements DomainEventListener<LeadConverted> {

    private final ObjectProvider<Timeline> timeline;
    private final EnabledModules modules;

    ConvertedLeadNote(ObjectProvider<Timeline> timeline, EnabledModules modules) {
        this.timeline = timeline;
        this.modules = modules;
    }

    @Override
    public Class<LeadConverted> eventType() {
        return LeadConverted.class;
    }

    @Override
    public void on(LeadConverted event) {
        Timeline history = timeline.getIfAvailable();
        if (history == null || !modules.isEnabled(ActivityLink.ACTIVITIES)) {
            return;
        }
        history.note(event.companyId() != null ? event.companyId() : event.personId(), LeadsModule.ID, event.leadId(),
                "Converted from a lead", event.opportunityId() == null ? null
                        : "Opportunity " + event.opportunityId() + " created", event.ownerId(), event.convertedAt());
    }
}
