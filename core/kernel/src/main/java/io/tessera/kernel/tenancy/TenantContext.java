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
     * @param system trusted work the kernel started (a tenant task, an event delivery, an installer,
     *               provisioning, a public endpoint's handler): it passes service permission checks
     */
    public record Actor(TenantRef tenant, UUID userId, Set<String> roles, Set<String> scopes, boolean mustChangePassword,
                        boolean system) {

        /** Normalises the roles and scopes. */
        public Actor {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            scopes = scopes == null ? null : Set.copyOf(scopes);
        }

        /** A user (or API key) acting with their permissions; not system work. */
        public Actor(TenantRef tenant, UUID userId, Set<String> roles, Set<String> scopes, boolean mustChangePassword) {
            this(tenant, userId, roles, scopes, mustChangePassword, false);
        }

        /** An API key acting with its scopes, or a user with their roles; not system work. */
        public Actor(TenantRef tenant, UUID userId, Set<String> roles, Set<String> scopes) {
            this(tenant, userId, roles, scopes, false, false);
        }

        /** An actor without roles: trusted system work for a tenant (see {@link #system}). */
        public Actor(TenantRef tenant, UUID userId) {
            this(tenant, userId, Set.of(), null, false, true);
        }

        /**
         * Trusted system work for a tenant (or none), on behalf of a user (or none).
         *
         * @param tenant the tenant, or {@code null}
         * @param userId the user, or {@code null}
         * @return the actor
         */
        public static Actor system(TenantRef tenant, UUID userId) {
            return new Actor(tenant, userId, Set.of(), null, false, true);
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

    /**
     * Whether the current code is trusted system work the kernel started ({@link #callAs}, {@link #runAs(TenantRef,
     * Runnable)}, {@link #callWithoutTenant}, or an actor {@linkplain Actor#system marked so}). Outside any scope,
     * and for a signed-in user or an API key, it is not.
     */
    public static boolean systemWork() {
        return ACTOR.isBound() && ACTOR.get().system();
    }

    /** The current user, if any. */
    public static Optional<UUID> userId() {
        return ACTOR.isBound() ? Optional.ofNullable(ACTOR.get().userId()) : Optional.empty();
    }

    /**
     * Runs code as a tenant (and optionally a user) as trusted system work: service permission checks pass.
     * Only kernel code can do this (plugins cannot reach this class); use it for work the kernel itself
     * starts, never to widen what a request's actor may do.
     *
     * @param tenant the tenant; {@code null} for none
     * @param userId the user; {@code null} for none
     * @param work   the code
     * @param <T>    its result type
     * @return its result
     */
    public static <T> T callAs(TenantRef tenant, UUID userId, Supplier<T> work) {
        return ScopedValue.where(ACTOR, Actor.system(tenant, userId)).call(work::get);
    }

    /**
     * Runs code as a tenant, as trusted system work (see {@link #callAs}).
     *
     * @param tenant the tenant
     * @param work   the code
     */
    public static void runAs(TenantRef tenant, Runnable work) {
        ScopedValue.where(ACTOR, Actor.system(tenant, null)).run(work);
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
     * Runs code outside any tenant, even when called from tenant scope (platform work), as trusted system work.
     *
     * @param work the code
     * @param <T>  its result type
     * @return its result
     */
    public static <T> T callWithoutTenant(Supplier<T> work) {
        return ScopedValue.where(ACTOR, Actor.system(null, null)).call(work::get);
    }
}
