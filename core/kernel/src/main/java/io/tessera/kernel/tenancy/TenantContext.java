package io.tessera.kernel.tenancy;

import io.tessera.sdk.TenantRef;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who the current code acts for: a tenant and/or a user. Bound for the extent of a call with
 * {@link #callAs}; it cannot leak to the next request on a pooled thread.
 */
public final class TenantContext {

    /** The tenant id Hibernate sees when no tenant is in scope: matches no row. */
    public static final UUID NO_TENANT = new UUID(0L, 0L);

    private static final ScopedValue<Actor> ACTOR = ScopedValue.newInstance();

    /**
     * The acting tenant and user.
     *
     * @param tenant the tenant, or {@code null} outside tenant scope
     * @param userId the signed-in user, or {@code null}
     * @param roles  the user's roles in the tenant (empty for system work)
     * @param scopes the permissions the actor holds in this request: an API key's scopes, or the effective
     *               permissions of a user's roles; {@code null} for system work
     * @param mustChangePassword the user signed in with a temporary password and must change it first
     */
    public record Actor(TenantRef tenant, UUID userId, Set<String> roles, Set<String> scopes, boolean mustChangePassword) {

        /** Normalises the roles and scopes. */
        public Actor {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            scopes = scopes == null ? null : Set.copyOf(scopes);
        }

        /** An API key acting with its scopes, or a user with their roles. */
        public Actor(TenantRef tenant, UUID userId, Set<String> roles, Set<String> scopes) {
            this(tenant, userId, roles, scopes, false);
        }

        /** A user acting with their roles. */
        public Actor(TenantRef tenant, UUID userId, Set<String> roles) {
            this(tenant, userId, roles, null, false);
        }

        /** An actor without roles: system work for a tenant. */
        public Actor(TenantRef tenant, UUID userId) {
            this(tenant, userId, Set.of(), null, false);
        }
    }

    private TenantContext() {
    }

    /** The current tenant, if any. */
    public static Optional<TenantRef> tenant() {
        return ACTOR.isBound() ? Optional.ofNullable(ACTOR.get().tenant()) : Optional.empty();
    }

    /** The permissions the current actor holds, or {@code null} for system work outside a request. */
    public static Set<String> scopes() {
        return ACTOR.isBound() ? ACTOR.get().scopes() : null;
    }

    /** Whether the current user must change a temporary password before doing anything else. */
    public static boolean mustChangePassword() {
        return ACTOR.isBound() && ACTOR.get().mustChangePassword();
    }

    /** The current user, if any. */
    public static Optional<UUID> userId() {
        return ACTOR.isBound() ? Optional.ofNullable(ACTOR.get().userId()) : Optional.empty();
    }

    /**
     * Runs code as a tenant (and optionally a user).
     *
     * @param tenant the tenant; {@code null} for none
     * @param userId the user; {@code null} for none
     * @param work   the code
     * @param <T>    its result type
     * @return its result
     */
    public static <T> T callAs(TenantRef tenant, UUID userId, Supplier<T> work) {
        return ScopedValue.where(ACTOR, new Actor(tenant, userId)).call(work::get);
    }

    /**
     * Runs code as a tenant.
     *
     * @param tenant the tenant
     * @param work   the code
     */
    public static void runAs(TenantRef tenant, Runnable work) {
        ScopedValue.where(ACTOR, new Actor(tenant, null)).run(work);
    }

    /**
     * Runs code that may throw checked exceptions (a servlet filter chain) as an actor.
     *
     * @param actor the actor
     * @param work  the code
     * @param <X>   the exception type
     * @throws X what the code throws
     */
    public static <X extends Throwable> void runAs(Actor actor, ScopedValue.CallableOp<Void, X> work) throws X {
        ScopedValue.where(ACTOR, actor).call(work);
    }

    /**
     * Runs code outside any tenant, even when called from tenant scope (platform work).
     *
     * @param work the code
     * @param <T>  its result type
     * @return its result
     */
    public static <T> T callWithoutTenant(Supplier<T> work) {
        return ScopedValue.where(ACTOR, new Actor(null, null)).call(work::get);
    }
}
