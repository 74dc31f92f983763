package io.tessera.plugins.activities;

import io.tessera.plugins.activities.api.Timeline;
import io.tessera.sdk.security.RequiresPermission;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/** The published {@link Timeline}: other modules' notes in a party's history, once per record and subject. */
class ActivityTimeline implements Timeline {

    private final EntityManager em;

    ActivityTimeline(EntityManager em) {
        this.em = em;
    }

    @Override
    @RequiresPermission(ActivitiesModule.WRITE)
    public void note(UUID partyId, String moduleId, UUID recordId, String subject, String body, UUID ownerId, Instant at) {
        TimelineNotes.record(em, partyId, moduleId, recordId, subject, body, ownerId, at);
    }
}
