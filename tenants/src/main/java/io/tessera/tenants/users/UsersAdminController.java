package io.tessera.tenants.users;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.account.Accounts;
import io.tessera.kernel.account.Members;
import io.tessera.kernel.web.ApiException;
import io.tessera.sdk.CurrentTenant;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.tenants.identity.IdentityDirectory;
import io.tessera.tenants.identity.IdentityDirectoryException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/users}: the tenant admin adds members, changes their roles, resets their password,
 * deactivates and reactivates them — in the database and in the identity directory (Keycloak), all or nothing.
 */
@RestController
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
@RequestMapping("/api/v1/admin/users")
class UsersAdminController {

    private final Members members;
    private final IdentityDirectory directory;
    private final CurrentTenant currentTenant;
    private final TransactionTemplate tx;

    UsersAdminController(Members members, IdentityDirectory directory, CurrentTenant currentTenant, TransactionTemplate tx) {
        this.members = members;
        this.directory = directory;
        this.currentTenant = currentTenant;
        this.tx = tx;
    }

    record NewMember(String email, String name, String password, Set<String> roles) {
    }

    record Roles(Set<String> roles) {
    }

    @GetMapping
    List<Members.Member> list() {
        return members.list();
    }

    @PostMapping
    ResponseEntity<Members.Member> add(@RequestBody NewMember request) {
        try {
            Accounts.checkEmail("email", request.email());
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
        // the directory first (it may refuse), then the database; whichever fails, nothing is left on either side
        IdentityDirectory.Registration registration;
        try {
            registration = directory.addMember(currentTenant.require().slug(),
                    new IdentityDirectory.Person(request.email(), request.name(), request.password()));
        } catch (IdentityDirectoryException e) {
            throw new ApiException(e.status(), e.getMessage());
        }
        try {
            Members.Member added = members.add(request.email(), request.name(), request.password(), request.roles(),
                    registration.subject().orElse(null));
            return ResponseEntity.created(URI.create("/api/v1/admin/users/" + added.userId())).body(added);
        } catch (IllegalArgumentException e) {
            registration.undo();
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        } catch (IllegalStateException e) {
            registration.undo();
            throw ApiException.conflict(e.getMessage());
        } catch (RuntimeException e) {
            registration.undo();
            throw e;
        }
    }

    @PutMapping("/{userId}/roles")
    Members.Member roles(@PathVariable UUID userId, @RequestBody Roles request) {
        try {
            return members.setRoles(userId, request.roles()).orElseThrow(() -> ApiException.notFound("Member", userId));
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        } catch (IllegalStateException e) {
            throw ApiException.conflict(e.getMessage());
        }
    }

    record TemporaryPassword(String temporaryPassword) {
    }

    /**
     * Admin-initiated reset: a temporary password, shown once, that the user must change first. With an identity
     * provider that owns passwords (Keycloak), it is set there as a temporary credential, all or nothing.
     */
    @PostMapping("/{userId}/password-reset")
    TemporaryPassword resetPassword(@PathVariable UUID userId) {
        try {
            BiConsumer<String, String> external = directory.managesPasswords() ? directory::setTemporaryPassword : null;
            return new TemporaryPassword(members.resetPassword(userId, external)
                    .orElseThrow(() -> ApiException.notFound("Member", userId)));
        } catch (IdentityDirectoryException e) {
            throw new ApiException(e.status(), e.getMessage());
        } catch (IllegalStateException e) {
            throw ApiException.conflict(e.getMessage());
        }
    }

    /** Deactivates a member and takes them out of the tenant's organization in the directory, all or nothing. */
    @DeleteMapping("/{userId}")
    Members.Member deactivate(@PathVariable UUID userId) {
        return changeStatus(userId, members::deactivate, email -> directory.removeMember(currentTenant.require().slug(), email));
    }

    /** Reactivates a deactivated member and adds them back to the tenant's organization, all or nothing. */
    @PostMapping("/{userId}/reactivate")
    Members.Member reactivate(@PathVariable UUID userId) {
        return changeStatus(userId, members::reactivate, email -> directory.addMember(currentTenant.require().slug(),
                new IdentityDirectory.Person(email, null, null)));
    }

    /**
     * The database change and the directory change in one transaction: the directory's part runs last, and is
     * undone when the commit fails; when the directory refuses, the transaction rolls back.
     */
    private Members.Member changeStatus(UUID userId, Function<UUID, Optional<Members.Member>> change,
                                        Function<String, IdentityDirectory.Registration> inDirectory) {
        List<IdentityDirectory.Registration> done = new ArrayList<>(1);
        try {
            return tx.execute(status -> {
                Members.Member member = change.apply(userId).orElseThrow(() -> ApiException.notFound("Member", userId));
                done.add(inDirectory.apply(member.email()));
                return member;
            });
        } catch (IdentityDirectoryException e) {
            throw new ApiException(e.status(), e.getMessage());
        } catch (IllegalStateException e) {
            done.forEach(IdentityDirectory.Registration::undo);
            throw ApiException.conflict(e.getMessage());
        } catch (RuntimeException e) {
            done.forEach(IdentityDirectory.Registration::undo);
            throw e;
        }
    }
}
