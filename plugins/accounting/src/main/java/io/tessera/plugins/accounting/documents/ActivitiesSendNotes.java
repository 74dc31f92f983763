package io.tessera.plugins.accounting.documents;

import io.tessera.plugins.activities.api.Timeline;
import io.tessera.sdk.ModuleServices;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes sent mails into the party's activity timeline through the activities module's published {@link Timeline},
 * for tenants that have enabled it. Registered only when the activities API is on the server (it names its classes).
 */
class ActivitiesSendNotes implements SendNotes {

    private final ModuleServices services;

    ActivitiesSendNotes(ModuleServices services) {
        this.services = services;
    }

    @Override
    public void sent(UUID partyId, UUID sendId, String subject, String to, Instant at) {
        String line = subject.length() > 300 ? subject.substring(0, 300) : subject;
        services.find(Timeline.class).ifPresent(t -> t.note(partyId, "accounting", sendId, line, "Sent to " + to, null, at));
    }
}
