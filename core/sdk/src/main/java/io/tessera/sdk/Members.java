package io.tessera.sdk;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The current tenant's members, for modules that record who owns or works on something: an owner or a
 * team member must be an active member of the tenant. Inject it into a component. Every method acts in
 * the current tenant only (another tenant's user is simply not a member) and joins the caller's
 * transaction.
 */
public interface Members {

    /**
     * Which of the given users are active members of the current tenant, in one query.
     *
     * @param userIds user ids; {@code null} elements are ignored
     * @return the ids among them that are active members (a subset of {@code userIds})
     * @throws IllegalStateException when no tenant is in scope
     */
    Set<UUID> activeAmong(Collection<UUID> userIds);

    /**
     * A page of the active members whose name or email contains the text, ignoring case, ordered by name — for
     * owner pickers that load lazily.
     *
     * @param text   the text to look for; blank lists every active member
     * @param offset rows to skip, from 0
     * @param limit  rows to return, 1 to 200
     * @return the matching members on that page
     * @throws IllegalArgumentException when offset or limit is out of range
     * @throws IllegalStateException    when no tenant is in scope
     */
    List<MemberSummary> search(String text, int offset, int limit);

    /**
     * The names of the given users who are or were members of the current tenant, in one query: a deactivated
     * owner keeps a name on the records they own.
     *
     * @param userIds user ids; {@code null} elements are ignored
     * @return the members among them by user id (strangers are absent)
     * @throws IllegalStateException when no tenant is in scope
     */
    Map<UUID, MemberSummary> named(Collection<UUID> userIds);

    /**
     * Whether one user is an active member of the current tenant.
     *
     * @param userId a user id, or {@code null}
     * @return {@code false} for {@code null}, a stranger, another tenant's user or a deactivated member
     * @throws IllegalStateException when no tenant is in scope
     */
    default boolean isActive(UUID userId) {
        return userId != null && activeAmong(List.of(userId)).contains(userId);
    }
}
