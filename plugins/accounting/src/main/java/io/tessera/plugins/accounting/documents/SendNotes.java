package io.tessera.plugins.accounting.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * Writes a sent mail into the party's activity timeline. Implemented by an adapter registered only when the
 * activities module's API is on the server ({@code ActivitiesSendNotes}); it does nothing for tenants that have not
 * enabled activities.
 */
interface SendNotes {

    /**
     * Records that a mail was sent to the party.
     *
     * @param partyId the invoice's party
     * @param sendId  the send (the activity's record)
     * @param subject the mail's subject
     * @param to      the recipient
     * @param at      when it was sent
     */
    void sent(UUID partyId, UUID sendId, String subject, String to, Instant at);
}
