package io.tessera.plugins.activities;

import io.tessera.plugins.activities.api.LinkedActivities;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The published {@link LinkedActivities}: activities per record and type, in one grouped query. */
class ActivityCounts implements LinkedActivities {

    private final EntityManager em;

    ActivityCounts(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<UUID, Map<String, Long>> countByType(String moduleId, Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<String, Long>> counts = new HashMap<>();
        em.createQuery("""
                        select a.recordId, a.type, count(a) from Activity a
                        where a.moduleId = :module and a.recordId in :records
                        group by a.recordId, a.type""", Object[].class)
                .setParameter("module", moduleId).setParameter("records", recordIds)
                .getResultList()
                .forEach(r -> counts.computeIfAbsent((UUID) r[0], k -> new HashMap<>())
                        .put(((ActivityType) r[1]).apiName(), ((Number) r[2]).longValue()));
        return counts;
    }
}
