package io.tessera.plugins.activities;

import java.util.Optional;
import java.util.UUID;

/** The party of a pipeline opportunity, for the activities panel on its page (present only where pipeline is). */
interface OpportunityParties {

    /**
     * @param opportunityId an opportunity of the current tenant
     * @return its party, or empty where the tenant has no such opportunity or no pipeline module
     */
    Optional<UUID> partyOf(UUID opportunityId);
}
