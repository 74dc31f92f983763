package io.tessera.plugins.leads;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The {@link ActivityLink} of a server without the activities module: no lead has activities. */
class NoActivities implements ActivityLink {

    @Override
    public Map<UUID, Map<String, Long>> countByType(Collection<UUID> leadIds) {
        return Map.of();
    }
}
