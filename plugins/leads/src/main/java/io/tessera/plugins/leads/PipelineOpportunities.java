package io.tessera.plugins.leads;

import io.tessera.plugins.pipeline.api.NewOpportunity;
import io.tessera.plugins.pipeline.api.Opportunities;
import io.tessera.sdk.ModuleServices;
import java.util.Optional;

/**
 * The only class of this module that names the pipeline module's API. {@link LeadsModule} registers it only where
 * that API is present, so leads runs without pipeline; the SDK's typed lookup answers empty where the tenant has not
 * enabled pipeline.
 */
class PipelineOpportunities implements OpportunityLink {

    private final ModuleServices modules;

    PipelineOpportunities(ModuleServices modules) {
        this.modules = modules;
    }

    @Override
    public Optional<OpportunityCreator> forCurrentTenant() {
        return modules.find(Opportunities.class).map(PipelineOpportunities::creator);
    }

    private static OpportunityCreator creator(Opportunities opportunities) {
        return (name, partyId, ownerId, amount, currency, expectedCloseDate) -> opportunities
                .create(new NewOpportunity(name, partyId, ownerId, amount, currency, expectedCloseDate)).id();
    }
}
