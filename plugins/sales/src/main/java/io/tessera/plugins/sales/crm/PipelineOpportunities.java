package io.tessera.plugins.sales.crm;

import io.tessera.plugins.pipeline.api.Opportunities;
import io.tessera.plugins.sales.common.OpportunityLink;
import io.tessera.sdk.ModuleServices;
import java.util.Optional;
import java.util.UUID;

/**
 * Opportunities through pipeline's published {@link Opportunities}, found with the SDK's typed lookup (empty where the
 * tenant has not enabled pipeline). Registered only where pipeline's API is on the server.
 */
class PipelineOpportunities implements OpportunityLink {

    private final ModuleServices modules;

    PipelineOpportunities(ModuleServices modules) {
        this.modules = modules;
    }

    @Override
    public Optional<Opportunity> find(UUID id) {
        return modules.find(Opportunities.class).flatMap(o -> o.find(id))
                .map(o -> new Opportunity(o.id(), o.partyId(), o.amount(), o.currency(), o.status()));
    }

    @Override
    public boolean markWon(UUID id) {
        return modules.find(Opportunities.class).map(o -> o.markWon(id)).orElse(false);
    }
}
