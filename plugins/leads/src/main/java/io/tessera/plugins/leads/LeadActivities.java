package io.tessera.plugins.leads;

import io.tessera.plugins.activities.api.LinkedActivities;
import io.tessera.sdk.ModuleServices;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Counts leads' activities through the activities module's published API: the only class of this module naming it
 * besides the listeners. {@link LeadsModule} registers it only where that API is present, so leads runs without
 * activities; the SDK's typed lookup answers empty where the tenant has not enabled activities.
 */
class LeadActivities implements ActivityLink {

    private final ModuleServices modules;

    LeadActivities(ModuleServices modules) {
        this.modules = modules;
    }

    @Override
    public Map<UUID, Map<String, Long>> countByType(Collection<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return Map.of();
        }
        return modules.find(LinkedActivities.class).map(a -> a.countByType(LeadsModule.ID, leadIds)).orElse(Map.of());
    }
}
