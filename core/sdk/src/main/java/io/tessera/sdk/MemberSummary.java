package io.tessera.sdk;

import java.util.Objects;
import java.util.UUID;

/**
 * A member of the current tenant as pickers and lists show it: an owner's name instead of a user id.
 *
 * @param userId the user's id (what {@code ownerId} fields hold)
 * @param name   the user's display name, or the email when the user has none
 * @param email  the user's sign-in email
 */
public record MemberSummary(UUID userId, String name, String email) {

    /**
     * Validates the summary.
     *
     * @throws NullPointerException if the id or the name is null
     */
    public MemberSummary {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
    }
}
