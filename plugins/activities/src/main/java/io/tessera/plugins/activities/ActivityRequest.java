package io.tessera.plugins.activities;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * An activity as clients send it, for create (POST) and full update (PUT).
 *
 * @param type     call, meeting, email, note or task
 * @param subject  a one-line summary
 * @param body     details
 * @param partyId  the party it is with
 * @param moduleId the module of a linked record, e.g. {@code pipeline}
 * @param recordId the linked record's id in that module
 * @param ownerId  who is responsible (default: the signed-in user)
 * @param dueAt    when it is due or takes place
 * @param remindAt when to notify the owner
 * @param version  on update: the version read, to refuse a lost update
 */
record ActivityRequest(
        @NotNull @Pattern(regexp = "call|meeting|email|note|task", message = "must be call, meeting, email, note or task") String type,
        @NotBlank @Size(max = 300) String subject,
        @Size(max = 4000) String body,
        @NotNull UUID partyId,
        @Pattern(regexp = "[a-z][a-z0-9-]{0,63}", message = "must be a module id") String moduleId,
        UUID recordId,
        UUID ownerId,
        Instant dueAt,
        Instant remindAt,
        Long version) {
}
