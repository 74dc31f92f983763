package io.tessera.plugins.leads;

import io.tessera.plugins.pipeline.api.NewOpportunity;
import io.tessera.plugins.pipeline.api.Opportunities;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The only class of this module that names the pipeline module's API. It is loaded reflectively by
 * {@link OpportunityLink}, and only when that API is on the class path, so leads runs without pipeline.
 */
final class PipelineOpportunities implements OpportunityCreator {

    private final Opportunities opportunities;

    PipelineOpportunities(Object opportunities) {
        this.opportunities = (Opportunities) opportunities;
    }

    static Class<?> serviceType() {
        return Opportunities.class;
    }

    @Override
    public UUID create(String name, UUID partyId, UUID ownerId, BigDecimal amount, String currency, LocalDate expectedCloseDate) {
        return opportunities.create(new NewOpportunity(name, partyId, ownerId, amount, currency, expectedCloseDate)).id();
    }
}
