package io.tessera.plugins.leads;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Counts the activities linked to leads; implemented only where the activities module is installed. */
interface ActivityCounter {

    /** Lead id → (activity type → count), in one query; leads without activities are absent. */
    Map<UUID, Map<String, Long>> countByType(Collection<UUID> leadIds);
}
