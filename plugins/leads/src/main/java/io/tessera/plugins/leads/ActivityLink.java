package io.tessera.plugins.leads;

import io.tessera.sdk.EnabledModules;
import java.lang.reflect.Constructor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.ClassUtils;

/**
 * The optional link to the activities module (D2): the activities linked to leads, counted, when the module is
 * installed on this server <em>and</em> enabled for the current tenant; else no activities at all, so that
 * {@code activity} scoring rules give nothing and everything else works as before.
 */
class ActivityLink {

    static final String ACTIVITIES = "activities";
    static final String API = "io.tessera.plugins.activities.api.LinkedActivities";

    private final BeanFactory beans;
    private final EnabledModules modules;
    private final boolean installed;

    ActivityLink(BeanFactory beans, EnabledModules modules) {
        this.beans = beans;
        this.modules = modules;
        this.installed = ClassUtils.isPresent(API, ActivityLink.class.getClassLoader());
    }

    /** Lead id → (activity type → count) for the current tenant; empty where activities is absent or off. */
    Map<UUID, Map<String, Long>> countByType(Collection<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return Map.of();
        }
        return counter().map(c -> c.countByType(leadIds)).orElse(Map.of());
    }

    private Optional<ActivityCounter> counter() {
        if (!installed || !modules.isEnabled(ACTIVITIES)) {
            return Optional.empty();
        }
        try {
            Class<?> bridge = Class.forName("io.tessera.plugins.leads.LeadActivities", true,
                    ActivityLink.class.getClassLoader());
            Class<?> serviceType = (Class<?>) bridge.getDeclaredMethod("serviceType").invoke(null);
            Object service = beans.getBeanProvider(serviceType).getIfAvailable();
            if (service == null) {
                return Optional.empty();
            }
            Constructor<?> constructor = bridge.getDeclaredConstructor(Object.class);
            return Optional.of((ActivityCounter) constructor.newInstance(service));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The activities module's API is present but cannot be used", e);
        }
    }
}
