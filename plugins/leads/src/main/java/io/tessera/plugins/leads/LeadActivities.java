package io.tessera.plugins.leads;

import io.tessera.plugins.activities.api.LinkedActivities;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Counts leads' activities through the activities module's published API. Loaded reflectively by
 * {@link ActivityLink}, and only when that API is on the class path, so leads runs without activities.
 */
final class LeadActivities implements ActivityCounter {

    private final LinkedActivities activities;

    LeadActivities(Object activities) {
        this.activities = (LinkedActivities) activities;
    }

    static Class<?> serviceType() {
        return LinkedActivities.class;
    }

    @Override
    public Map<UUID, Map<String, Long>> countByType(Collection<UUID> leadIds) {
        return activities.countByType(LeadsModule.ID, leadIds);
    }
}
