package io.tessera.sdk;

import java.util.Optional;
import java.util.UUID;

/**
 * The user the current request acts for, e.g. to make them the owner of what they create. Inject it
 * into a component.
 */
public interface CurrentUser {

    /**
     * The signed-in user's account id.
     *
     * @return the user id, or empty for an API key, a job or an event delivery
     */
    Optional<UUID> id();

    /**
     * Whether the current request's actor (a user in the current tenant, or an API key) holds a
     * permission, e.g. for a view to offer or refuse a write action its route's read permission does
     * not cover.
     *
     * @param permission a permission key such as {@code pipeline.write}
     * @return whether it is held; {@code false} outside a request of a tenant
     */
    default boolean hasPermission(String permission) {
        return false;
    }
}
