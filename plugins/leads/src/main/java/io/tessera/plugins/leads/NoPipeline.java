package io.tessera.plugins.leads;

import java.util.Optional;

/** The {@link OpportunityLink} of a server without the pipeline module: never an opportunity. */
class NoPipeline implements OpportunityLink {

    @Override
    public Optional<OpportunityCreator> forCurrentTenant() {
        return Optional.empty();
    }
}
