package io.tessera.plugins.leads;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The optional link to the activities module (D2, D13): the activities linked to leads, counted, when the module is
 * installed on this server <em>and</em> enabled for the current tenant; else no activities at all, so that
 * {@code activity} scoring rules give nothing and everything else works as before. {@link LeadsModule} registers
 * {@link LeadActivities} where the activities API is present and {@link NoActivities} where it is not.
 */
interface ActivityLink {

    String ACTIVITIES = "activities";
    String API = "io.tessera.plugins.activities.api.LinkedActivities";

    /** Lead id → (activity type → count) for the current tenant, in one query; empty where activities is absent or off. */
    Map<UUID, Map<String, Long>> countByType(Collection<UUID> leadIds);
}
