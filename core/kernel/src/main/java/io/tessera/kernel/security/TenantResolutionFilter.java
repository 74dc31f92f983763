package io.tessera.kernel.security;

import io.tessera.kernel.access.InvitationAcceptance;
import io.tessera.kernel.access.Roles;
import io.tessera.kernel.account.AccountMemberships;
import io.tessera.kernel.account.MembershipView;
import io.tessera.kernel.account.TenantStatus;
import io.tessera.kernel.tenancy.ActorChain;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.persistence.Transactions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds an authenticated user's request to one tenant for the rest of the chain: the tenant of their
 * only membership, or the one named by {@code X-Tenant} if they are a member of it. A user signed in
 * through the identity provider ({@link SignedInUser#organizations()} present) reaches only tenants
 * that are both a membership and named by their token's organization claim. Anything else is refused
 * before any controller runs.
 */
final class TenantResolutionFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Tenant";

    private final AccountMemberships accounts;
    private final Roles roles;
    private final Transactions tx;
    private final ProblemWriter problems;
    private final RecentMemberships recent;

    TenantResolutionFilter(AccountMemberships accounts, Roles roles, Transactions tx, ProblemWriter problems, RecentMemberships recent) {
        this.accounts = accounts;
        this.roles = roles;
        this.tx = tx;
        this.problems = problems;
        this.recent = recent;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (request.getRequestURI().substring(request.getContextPath().length()).startsWith(InvitationAcceptance.PATH)) {
            acceptingInvitation(auth, request, response, chain);
            return;
        }
        if (auth instanceof ApiKeyAuthentication apiKey) {
            actAsKey(apiKey, request, response, chain);
            return;
        }
        if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Set<String>> vouched = user.organizations();
        List<MembershipView> memberships = recent.memberships(user.userId(),
                () -> List.copyOf(accounts.membershipsOf(user.userId())));
        String requested = request.getHeader(HEADER) == null ? "" : request.getHeader(HEADER).strip();
        if (!requested.isEmpty() && vouched.isPresent() && !vouched.get().contains(requested)) {
            problems.write(response, HttpStatus.FORBIDDEN, "Your sign-in does not name organization '" + requested + "'",
                    request.getRequestURI());
            return;
        }
        // with an identity provider, only tenants it vouches for (organization claim) and where the user is a member
        List<MembershipView> reachable = vouched.map(orgs -> memberships.stream()
                .filter(m -> orgs.contains(m.tenant().slug())).toList()).orElse(memberships);
        Optional<MembershipView> chosen;
        if (!requested.isEmpty()) {
            chosen = reachable.stream().filter(m -> m.tenant().slug().equals(requested)).findFirst();
            if (chosen.isEmpty()) {
                problems.write(response, HttpStatus.FORBIDDEN, "You are not a member of tenant '" + requested + "'",
                        request.getRequestURI());
                return;
            }
        } else if (reachable.size() == 1) {
            chosen = Optional.of(reachable.getFirst());
        } else if (reachable.isEmpty()) {
            problems.write(response, HttpStatus.FORBIDDEN, vouched.isPresent()
                    ? "None of your organizations " + sorted(vouched.get()) + " is a tenant you are a member of"
                    : "Your account is not a member of any tenant", request.getRequestURI());
            return;
        } else {
            problems.write(response, HttpStatus.BAD_REQUEST, "Your account belongs to several tenants ("
                    + String.join(", ", reachable.stream().map(m -> m.tenant().slug()).toList())
                    + "); name one with the " + HEADER + " header", request.getRequestURI());
            return;
        }
        MembershipView membership = chosen.get();
        if (membership.tenantStatus() == TenantStatus.SUSPENDED) {
            problems.write(response, HttpStatus.FORBIDDEN, "Tenant '" + membership.tenant().slug()
                    + "' is suspended; contact your administrator", request.getRequestURI());
            return;
        }
        Set<String> held = membership.roles();
        // only roles an admin defined need a lookup; admin and member are known without the database
        Set<String> permissions = held.stream().allMatch(r -> Roles.ADMIN.equals(r) || Roles.MEMBER.equals(r))
                ? roles.effectivePermissions(held)
                : recent.permissions(membership.tenant().id(), held, () -> Set.copyOf(TenantContext.callAs(membership.tenant(),
                        user.userId(), () -> tx.read(() -> roles.effectivePermissions(held)))));
        boolean mustChangePassword = user instanceof TesseraUser local && local.mustChangePassword();
        ActorChain.proceed(new TenantContext.Actor(membership.tenant(), user.userId(), membership.roles(), permissions,
                mustChangePassword), request, response, chain);
    }

    private static List<String> sorted(Set<String> organizations) {
        return organizations.stream().sorted().toList();
    }

    /**
     * Accepting an invitation happens before the person is a member of its tenant: a signed-in user acts as
     * themselves in no tenant (the invitation names it), an anonymous caller stays anonymous, an API key is refused.
     */
    private void acceptingInvitation(Authentication auth, HttpServletRequest request, HttpServletResponse response,
                                     FilterChain chain) throws IOException, ServletException {
        if (auth instanceof ApiKeyAuthentication) {
            problems.write(response, HttpStatus.FORBIDDEN, "An API key cannot accept an invitation", request.getRequestURI());
            return;
        }
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            ActorChain.proceed(new TenantContext.Actor(null, user.userId(), Set.of(), Set.of()), request, response, chain);
            return;
        }
        chain.doFilter(request, response);
    }

    /** An API key acts in its own tenant with its scopes; naming another tenant is refused. */
    private void actAsKey(ApiKeyAuthentication apiKey, HttpServletRequest request, HttpServletResponse response,
                          FilterChain chain) throws IOException, ServletException {
        String requested = request.getHeader(HEADER);
        if (requested != null && !requested.isBlank() && !requested.strip().equals(apiKey.key().tenant().slug())) {
            problems.write(response, HttpStatus.FORBIDDEN, "This API key belongs to another tenant", request.getRequestURI());
            return;
        }
        ActorChain.proceed(new TenantContext.Actor(apiKey.key().tenant(), null, Set.of(), apiKey.key().scopes()),
                request, response, chain);
    }
}
