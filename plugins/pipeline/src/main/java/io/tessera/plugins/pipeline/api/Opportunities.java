package io.tessera.plugins.pipeline.api;

/**
 * Creates opportunities for other modules, e.g. when a lead is converted. Look it up optionally (Spring
 * {@code ObjectProvider}) and call it only when the current tenant has the {@code pipeline} module enabled.
 */
public interface Opportunities {

    /**
     * Creates an open opportunity in the tenant's default pipeline, at its first stage, inside the caller's
     * transaction.
     *
     * @param opportunity what to create
     * @return the new opportunity's id and stage
     * @throws IllegalArgumentException when the party does not exist for the current tenant or a value is invalid
     * @throws IllegalStateException    when the tenant has no pipeline (the module is not enabled)
     */
    OpportunityRef create(NewOpportunity opportunity);

    /**
     * One opportunity of the current tenant.
     *
     * @param id the opportunity
     * @return it, or empty when the tenant has none with that id
     */
    java.util.Optional<OpportunityInfo> find(java.util.UUID id);

    /**
     * Marks an open opportunity won inside the caller's transaction (e.g. when its quotation is confirmed), recording
     * the stage history and publishing {@link OpportunityWon}, as winning it in the pipeline does.
     *
     * @param id the opportunity
     * @return {@code true} when it was open and is won now; {@code false} when it was already won or lost
     * @throws io.tessera.sdk.web.ApiProblem 404 when the tenant has no such opportunity
     */
    boolean markWon(java.util.UUID id);
}
