package io.tessera.ui.app.security;

import com.vaadin.flow.server.VaadinSession;
import io.tessera.kernel.access.AccessChanges;
import io.tessera.kernel.access.Roles;
import io.tessera.kernel.account.AccountMemberships;
import io.tessera.kernel.account.UserAccounts;
import io.tessera.kernel.account.MembershipView;
import io.tessera.kernel.account.TenantStatus;
import io.tessera.kernel.security.InteractiveSignIn;
import io.tessera.kernel.security.SignedInUser;
import io.tessera.kernel.tenancy.TenantContext;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who uses the UI and in which tenant. A signed-in user works in one tenant per session: their only
 * membership, or the one they chose with the switcher. Only active tenants they are a member of (and,
 * when the identity provider names organizations, that it names too) are reachable.
 */
@Component
public class UiSession {

    /** The session attribute holding the chosen tenant's slug. */
    static final String TENANT_ATTRIBUTE = "tessera.ui.tenant";
    /** The session attribute holding the last resolved actor. */
    static final String ACTOR_ATTRIBUTE = "tessera.ui.actor";
    /** How long a resolved actor is reused at most, unless access changes on this server first. */
    static final Duration ACTOR_TTL = Duration.ofSeconds(10);

    private final UserAccounts accounts;
    private final AccountMemberships memberships;
    private final Roles roles;
    private final TransactionTemplate tx;
    private final AccessChanges changes;

    UiSession(UserAccounts accounts, AccountMemberships memberships, Roles roles, TransactionTemplate tx, AccessChanges changes) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.roles = roles;
        this.tx = tx;
        this.changes = changes;
    }

    /**
     * A resolved actor kept in the HTTP session: valid for the same user and chosen tenant, while the
     * server's {@link AccessChanges} version is unchanged, and for {@link #ACTOR_TTL} at most.
     */
    record CachedActor(UUID userId, Object chosen, long version, long expiresAt, TenantContext.Actor actor) {

        boolean validFor(SignedInUser user, Object chosenNow, long versionNow, long now) {
            return userId.equals(user.userId()) && Objects.equals(chosen, chosenNow) && version == versionNow
                    && now - expiresAt < 0;
        }
    }

    /** The signed-in person, unless nobody or the platform operator is signed in. */
    public Optional<SignedInUser> user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
    }

    /** Whether the platform operator is signed in. */
    public boolean isPlatformOperator() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> InteractiveSignIn.PLATFORM_AUTHORITY.equals(a.getAuthority()));
    }

    /** The name shown for whoever is signed in. */
    public String displayName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return user().map(SignedInUser::email).orElse(auth == null ? "" : auth.getName());
    }

    /** The tenants this user may work in, in the order of their memberships. */
    public List<MembershipView> reachableTenants(SignedInUser user) {
        Optional<Set<String>> organizations = user.organizations();
        return memberships.membershipsOf(user.userId()).stream()
                .filter(m -> m.tenantStatus() == TenantStatus.ACTIVE)
                .filter(m -> organizations.map(o -> o.contains(m.tenant().slug())).orElse(true))
                .toList();
    }

    /** The membership of the tenant the current request acts in. */
    public Optional<MembershipView> currentMembership() {
        return TenantContext.tenant().flatMap(t -> user().flatMap(u -> reachableTenants(u).stream()
                .filter(m -> m.tenant().id().equals(t.id())).findFirst()));
    }

    /** Whether the current user holds the permission in the current tenant. */
    public boolean can(String permission) {
        Set<String> scopes = TenantContext.scopes();
        return TenantContext.tenant().isPresent() && scopes != null && scopes.contains(permission);
    }

    /**
     * Makes another reachable tenant the session's tenant (effective from the next request).
     *
     * @param slug the tenant's slug
     * @return whether the user may work there
     */
    public boolean switchTenant(String slug) {
        Optional<SignedInUser> user = user();
        if (user.isEmpty() || reachableTenants(user.get()).stream().noneMatch(m -> m.tenant().slug().equals(slug))) {
            return false;
        }
        VaadinSession.getCurrent().getSession().setAttribute(TENANT_ATTRIBUTE, slug);
        return true;
    }

    /**
     * Resolves the actor of a request: the session's tenant if still reachable, else the first reachable
     * one. Within a session the result is reused (no queries) until access changes on this server
     * (roles, member or tenant status, a role's permissions, a password to change) or
     * {@link #ACTOR_TTL} passes.
     */
    Optional<TenantContext.Actor> resolve(SignedInUser user, HttpSession session) {
        if (session == null) {
            return resolveNow(user, null);
        }
        long version = changes.version();
        long now = System.nanoTime();
        Object chosen = session.getAttribute(TENANT_ATTRIBUTE);
        if (session.getAttribute(ACTOR_ATTRIBUTE) instanceof CachedActor cached && cached.validFor(user, chosen, version, now)) {
            return Optional.of(cached.actor());
        }
        Optional<TenantContext.Actor> actor = resolveNow(user, session);
        if (actor.isPresent()) {
            session.setAttribute(ACTOR_ATTRIBUTE, new CachedActor(user.userId(), session.getAttribute(TENANT_ATTRIBUTE),
                    version, now + ACTOR_TTL.toNanos(), actor.get()));
        } else {
            session.removeAttribute(ACTOR_ATTRIBUTE);
        }
        return actor;
    }

    private Optional<TenantContext.Actor> resolveNow(SignedInUser user, HttpSession session) {
        List<MembershipView> reachable = reachableTenants(user);
        Object chosen = session == null ? null : session.getAttribute(TENANT_ATTRIBUTE);
        Optional<MembershipView> membership = reachable.stream()
                .filter(m -> m.tenant().slug().equals(chosen)).findFirst()
                .or(() -> reachable.stream().findFirst());
        if (membership.isEmpty()) {
            return Optional.empty();
        }
        MembershipView m = membership.get();
        if (session != null && !m.tenant().slug().equals(chosen)) {
            session.setAttribute(TENANT_ATTRIBUTE, m.tenant().slug());
        }
        Set<String> held = m.roles();
        Set<String> permissions = held.stream().allMatch(r -> Roles.ADMIN.equals(r) || Roles.MEMBER.equals(r))
                ? roles.effectivePermissions(held)
                : TenantContext.callAs(m.tenant(), user.userId(), () -> tx.execute(s -> roles.effectivePermissions(held)));
        boolean mustChange = accounts.findUserByEmail(user.email()).map(a -> a.isMustChangePassword()).orElse(false);
        return Optional.of(new TenantContext.Actor(m.tenant(), user.userId(), held, permissions, mustChange));
    }
}
