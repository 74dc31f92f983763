package io.tessera.plugins.leads;

import io.tessera.sdk.EnabledModules;
import java.lang.reflect.Constructor;
import java.util.Optional;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.ClassUtils;

/**
 * The optional link to the pipeline module (D2): an {@link OpportunityCreator} when the module is installed
 * on this server <em>and</em> enabled for the current tenant, else empty.
 */
class OpportunityLink {

    static final String PIPELINE = "pipeline";
    static final String API = "io.tessera.plugins.pipeline.api.Opportunities";

    private final BeanFactory beans;
    private final EnabledModules modules;
    private final boolean installed;

    OpportunityLink(BeanFactory beans, EnabledModules modules) {
        this.beans = beans;
        this.modules = modules;
        this.installed = ClassUtils.isPresent(API, OpportunityLink.class.getClassLoader());
    }

    Optional<OpportunityCreator> forCurrentTenant() {
        if (!installed || !modules.isEnabled(PIPELINE)) {
            return Optional.empty();
        }
        try {
            Class<?> bridge = Class.forName("io.tessera.plugins.leads.PipelineOpportunities", true,
                    OpportunityLink.class.getClassLoader());
            Class<?> serviceType = (Class<?>) bridge.getDeclaredMethod("serviceType").invoke(null);
            Object service = beans.getBeanProvider(serviceType).getIfAvailable();
            if (service == null) {
                return Optional.empty();
            }
            Constructor<?> constructor = bridge.getDeclaredConstructor(Object.class);
            return Optional.of((OpportunityCreator) constructor.newInstance(service));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The pipeline module's API is present but cannot be used", e);
        }
    }
}
