package io.tessera.ui.app.security;

import com.vaadin.flow.server.VaadinSession;
import io.tessera.kernel.access.Roles;
import io.tessera.kernel.account.Accounts;
import io.tessera.kernel.account.MembershipView;
import io.tessera.kernel.account.TenantStatus;
import io.tessera.kernel.security.InteractiveSignIn;
import io.tessera.kernel.security.SignedInUser;
import io.tessera.kernel.tenancy.TenantContext;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    private final Accounts accounts;
    private final Roles roles;
    private final TransactionTemplate tx;

    UiSession(Accounts accounts, Roles roles, TransactionTemplate tx) {
        this.accounts = accounts;
        this.roles = roles;
        this.tx = tx;
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
        return accounts.membershipsOf(user.userId()).stream()
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

    /** Resolves the actor of a request: the session's tenant if still reachable, else the first reachable one. */
    Optional<TenantContext.Actor> resolve(SignedInUser user, HttpSession session) {
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
