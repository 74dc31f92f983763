package io.tessera.plugins.activities;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes what happened in other modules into a party's history as done notes linked to the record, once per
 * record and kind (event delivery is at least once). Used by the listeners of other modules' events.
 */
final class TimelineNotes {

    private TimelineNotes() {
    }

    static void record(EntityManager em, UUID partyId, String moduleId, UUID recordId, String subject, String body,
                       UUID ownerId, Instant at) {
        if (partyId == null) {
            return;
        }
        boolean seen = !em.createQuery("""
                        select 1 from Activity a
                        where a.moduleId = :module and a.recordId = :record and a.subject = :subject""", Integer.class)
                .setParameter("module", moduleId).setParameter("record", recordId).setParameter("subject", subject)
                .setMaxResults(1).getResultList().isEmpty();
        if (seen) {
            return;
        }
        Activity note = new Activity(ActivityType.NOTE);
        note.describe(subject, body, partyId, moduleId, recordId, ownerId, at, null);
        note.markDone(true);
        em.persist(note);
    }
}
