package io.tessera.plugins.activities.api;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How many activities the records of a module have, for modules that weigh their records by activity (lead
 * scoring). Look it up optionally: the activities module may be absent or not enabled for the tenant. Acts in
 * the current tenant and joins the caller's transaction.
 */
public interface LinkedActivities {

    /**
     * The activities linked to each record, counted by type, in one query.
     *
     * @param moduleId  the records' module, e.g. {@code leads}
     * @param recordIds the records (at most a few thousand at a time)
     * @return record id → (type → count), types {@code call}, {@code meeting}, {@code email}, {@code note},
     *         {@code task}; records without activities are absent
     */
    Map<UUID, Map<String, Long>> countByType(String moduleId, Collection<UUID> recordIds);
}
