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
}
