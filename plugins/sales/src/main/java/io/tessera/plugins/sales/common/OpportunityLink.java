package io.tessera.plugins.sales.common;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * The current tenant's opportunities, when the pipeline plugin is on the server. Implemented by
 * {@code crm.PipelineOpportunities}, registered only where pipeline's API is present; without it there is no bean.
 */
public interface OpportunityLink {

    /**
     * An opportunity as sales needs it.
     *
     * @param id       the opportunity
     * @param partyId  the customer
     * @param amount   the expected amount, or {@code null}
     * @param currency its currency, or {@code null}
     * @param status   {@code open}, {@code won} or {@code lost}
     */
    record Opportunity(UUID id, UUID partyId, BigDecimal amount, String currency, String status) {
    }

    /**
     * One opportunity.
     *
     * @param id the opportunity
     * @return it, or empty when the tenant has none or has not enabled pipeline
     */
    Optional<Opportunity> find(UUID id);

    /**
     * Marks an open opportunity won in the caller's transaction.
     *
     * @param id the opportunity
     * @return whether it was open (and is won now)
     */
    boolean markWon(UUID id);
}
