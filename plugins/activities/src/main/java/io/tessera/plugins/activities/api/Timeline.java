package io.tessera.plugins.activities.api;

import java.time.Instant;
import java.util.UUID;

/**
 * Writes what happened in another module into a party's history. Look it up optionally: the activities module
 * may be absent or not enabled for the tenant. Acts in the current tenant and joins the caller's transaction.
 */
public interface Timeline {

    /**
     * Records a done note in the party's history, linked to the module's record, once per record and subject
     * (calling it again, e.g. on a redelivered event, changes nothing).
     *
     * @param partyId  the party, or {@code null} to record nothing
     * @param moduleId the module of the record, e.g. {@code leads}
     * @param recordId the record
     * @param subject  a one-line summary (at most 300 characters)
     * @param body     details, or {@code null}
     * @param ownerId  who the note belongs to, or {@code null}
     * @param at       when it happened
     */
    void note(UUID partyId, String moduleId, UUID recordId, String subject, String body, UUID ownerId, Instant at);
}
