package io.tessera.sdk;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A permission that a module checks, such as {@code accounting.post} or
 * {@code pipeline.opportunity.write}. Keys are lower-case, dot-separated and start with the module id.
 *
 * @param key              the permission key
 * @param description      what holding it allows, shown to tenant admins
 * @param grantedToMembers whether the tenant's {@code member} role holds it by default
 *                         ({@code admin} holds every permission)
 */
public record Permission(String key, String description, boolean grantedToMembers) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    /**
     * Validates the key.
     *
     * @throws IllegalArgumentException if the key is not of the form {@code module.action}
     */
    public Permission {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Permission key must look like 'module.action': " + key);
        }
    }

    /**
     * A permission only admins hold by default.
     *
     * @param key         the permission key
     * @param description what holding it allows
     */
    public Permission(String key, String description) {
        this(key, description, false);
    }
}
