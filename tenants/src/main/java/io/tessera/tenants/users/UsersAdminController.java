package io.tessera.tenants.users;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.account.UserAccounts;
import io.tessera.kernel.account.Memberships;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.tenants.identity.IdentityDirectoryException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/users}: the tenant admin invites (local accounts) or adds (Keycloak) members, changes their roles, resets their password,
 * deactivates and reactivates them — in the database and in the identity directory (Keycloak), all or nothing
 * ({@link MemberAdministration}).
 */
@RestController
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
@RequestMapping("/api/v1/admin/users")
class UsersAdminController {

    private final Memberships members;
    private final MemberAdministration administration;

    UsersAdminController(Memberships members, MemberAdministration administration) {
        this.members = members;
        this.administration = administration;
    }

    record NewMember(String email, String name, String password, Set<String> roles) {
    }

    record Roles(Set<String> roles) {
    }

    @GetMapping
    List<Memberships.Member> list() {
        return members.list();
    }

    /**
     * The answer to adding a person with local accounts: an invitation, the same whether or not an account with that
     * email exists (no account id, no name), so that no tenant learns who has an account.
     */
    record Invitation(String email, Set<String> roles, String status, String token, Instant expiresAt) {
    }

    /**
     * Local accounts: 202 with an {@link Invitation} (the person accepts it; an existing account is never linked
     * by the admin). A directory that owns accounts (Keycloak): 201 with the member, created or found there.
     */
    @PostMapping
    ResponseEntity<?> add(@RequestBody NewMember request) {
        try {
            UserAccounts.checkEmail("email", request.email());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("email", "must be an email address");
        }
        if (administration.invites()) {
            MemberAdministration.Invited invited = mapped(() -> administration.invite(request.email(), request.name(),
                    request.password(), request.roles()));
            return ResponseEntity.accepted().body(new Invitation(invited.email(), invited.roles(), "INVITED",
                    invited.token(), invited.expiresAt()));
        }
        Memberships.Member added = mapped(() -> administration.add(request.email(), request.name(), request.password(),
                request.roles()));
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + added.userId())).body(added);
    }

    @PutMapping("/{userId}/roles")
    Memberships.Member roles(@PathVariable UUID userId, @RequestBody Roles request) {
        return mapped(() -> members.setRoles(userId, request.roles()).orElseThrow(() -> ApiProblem.notFound("Member", userId)));
    }

    record TemporaryPassword(String temporaryPassword) {
    }

    /** Admin-initiated reset: a temporary password, shown once, that the user must change first. */
    @PostMapping("/{userId}/password-reset")
    TemporaryPassword resetPassword(@PathVariable UUID userId) {
        return new TemporaryPassword(mapped(() -> administration.resetPassword(userId)
                .orElseThrow(() -> ApiProblem.notFound("Member", userId))));
    }

    @DeleteMapping("/{userId}")
    Memberships.Member deactivate(@PathVariable UUID userId) {
        return mapped(() -> administration.deactivate(userId).orElseThrow(() -> ApiProblem.notFound("Member", userId)));
    }

    @PostMapping("/{userId}/reactivate")
    Memberships.Member reactivate(@PathVariable UUID userId) {
        return mapped(() -> administration.reactivate(userId).orElseThrow(() -> ApiProblem.notFound("Member", userId)));
    }

    /** The directory's refusals keep their status; invalid input is 422, a conflicting state 409. */
    private static <T> T mapped(Supplier<T> work) {
        try {
            return work.get();
        } catch (IdentityDirectoryException e) {
            throw new ApiProblem(e.status().value(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY.value(), e.getMessage());
        } catch (IllegalStateException e) {
            throw ApiProblem.conflict(e.getMessage());
        }
    }
}
