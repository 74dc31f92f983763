package io.tessera.plugins.leads;

import java.util.Optional;

/**
 * The optional link to the pipeline module (D2, D13): an {@link OpportunityCreator} when the module is installed on
 * this server <em>and</em> enabled for the current tenant, else empty. {@link LeadsModule} registers
 * {@link PipelineOpportunities} where pipeline's API is present and {@link NoPipeline} where it is not.
 */
interface OpportunityLink {

    String PIPELINE = "pipeline";
    String API = "io.tessera.plugins.pipeline.api.Opportunities";

    /** The pipeline's opportunities for the current tenant, or empty where the tenant has no pipeline. */
    Optional<OpportunityCreator> forCurrentTenant();
}
