package io.tessera.plugins.sales.crm;

import java.util.List;

/** The components that name pipeline's API, for the module declaration. */
public final class CrmComponents {

    /** A class of pipeline's published API: the CRM link exists only where it is on the server. */
    public static final String PIPELINE_API = "io.tessera.plugins.pipeline.api.Opportunities";

    private CrmComponents() {
    }

    /**
     * Register with {@code whenPresent(PIPELINE_API, ...)}.
     *
     * @return the classes
     */
    public static List<Class<?>> withPipeline() {
        return List.of(PipelineOpportunities.class, WonDealQuotation.class);
    }
}
