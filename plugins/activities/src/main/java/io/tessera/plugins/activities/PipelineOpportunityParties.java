package io.tessera.plugins.activities;

import io.tessera.plugins.pipeline.api.Opportunities;
import io.tessera.plugins.pipeline.api.OpportunityInfo;
import io.tessera.sdk.ModuleServices;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link OpportunityParties} through pipeline's published {@link Opportunities}. Registered only when the
 * pipeline API is on the server (it names its classes).
 */
class PipelineOpportunityParties implements OpportunityParties {

    private final ModuleServices services;

    PipelineOpportunityParties(ModuleServices services) {
        this.services = services;
    }

    @Override
    public Optional<UUID> partyOf(UUID opportunityId) {
        return services.find(Opportunities.class).flatMap(o -> o.find(opportunityId)).map(OpportunityInfo::partyId);
    }
}
