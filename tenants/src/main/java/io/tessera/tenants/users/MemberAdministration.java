package io.tessera.tenants.users;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.account.Invitations;
import io.tessera.kernel.account.Memberships;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.CurrentTenant;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.tenants.identity.IdentityDirectory;
import io.tessera.tenants.identity.IdentityDirectoryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant admin's changes to members, kept in step with the identity directory (Keycloak in Keycloak mode),
 * all or nothing: adding, resetting a password, deactivating and reactivating. For the API and the UI alike.
 *
 * <p>Adding differs by who owns accounts. With local accounts the person owns theirs: the admin {@linkplain #invite
 * invites} an email and the person accepts ({@link Invitations}). With a directory that owns accounts (Keycloak) the
 * admin {@linkplain #add adds} the person there and here at once.
 */
@Service
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
public class MemberAdministration {

    private final Memberships members;
    private final IdentityDirectory directory;
    private final CurrentTenant currentTenant;
    private final TransactionTemplate tx;
    private final Invitations invitations;
    private final ObjectProvider<InvitationMailer> mailer;

    MemberAdministration(Memberships members, IdentityDirectory directory, CurrentTenant currentTenant, TransactionTemplate tx,
                         Invitations invitations, ObjectProvider<InvitationMailer> mailer) {
        this.invitations = invitations;
        this.mailer = mailer;
        this.members = members;
        this.directory = directory;
        this.currentTenant = currentTenant;
        this.tx = tx;
    }

    /**
     * Whether members are added by invitation (local accounts), not directly ({@link #add}, a directory that owns
     * accounts).
     *
     * @return true with local accounts
     */
    public boolean invites() {
        return !directory.managesPasswords();
    }

    /**
     * An invitation, as the admin sees it: the same whether or not an account with that email exists.
     *
     * @param email     the invited email
     * @param roles     the roles the member will hold
     * @param token     the token to hand to the invitee, or {@code null} if it was mailed to them
     * @param expiresAt when it expires
     */
    public record Invited(String email, Set<String> roles, String token, java.time.Instant expiresAt) {
    }

    /**
     * Invites a person to the tenant (local accounts): an existing account joins only when its holder accepts,
     * signed in; a new one is created when the invitee sets its password with the token. The admin chooses no
     * password. The token is mailed if an {@link InvitationMailer} exists, otherwise returned.
     *
     * @param email    the person's email
     * @param name     a display name for a new account, or {@code null}
     * @param password must be {@code null}: tenant admins do not choose passwords
     * @param roles    the tenant's roles they will hold
     * @return the invitation
     * @throws ApiProblem (422) naming the bad field; (409) if they already are a member
     */
    public Invited invite(String email, String name, String password, Set<String> roles) {
        if (!invites()) {
            throw new IllegalStateException("The identity directory owns the accounts: add members with add()");
        }
        if (password != null && !password.isEmpty()) {
            throw ApiProblem.invalid("password", "must be absent: the person sets their own password through the invitation");
        }
        return tx.execute(status -> {
            Invitations.Issued issued = invitations.invite(email, name, roles);
            InvitationMailer delivery = mailer.getIfAvailable();
            if (delivery != null) {
                delivery.send(currentTenant.require().slug(), issued);
            }
            return new Invited(issued.email(), issued.roles(), delivery == null ? issued.token() : null, issued.expiresAt());
        });
    }

    /**
     * Adds a member directly, with a directory that owns accounts (Keycloak): the directory first (it may refuse), then the database; whichever fails, nothing is left on
     * either side.
     *
     * @return the member
     * @throws IdentityDirectoryException if the directory refuses
     * @throws IllegalArgumentException   for invalid input
     * @throws IllegalStateException      if the person already is a member
     */
    public Memberships.Member add(String email, String name, String password, Set<String> roles) {
        IdentityDirectory.Registration registration = directory.addMember(currentTenant.require().slug(),
                new IdentityDirectory.Person(email, name, password));
        try {
            return members.add(email, name, password, roles, registration.subject().orElse(null));
        } catch (RuntimeException e) {
            registration.undo();
            throw e;
        }
    }

    /**
     * A temporary password, shown once, that the member must change first. With a directory that owns passwords
     * (Keycloak) it is set there as a temporary credential, and if the directory refuses nothing changed.
     *
     * @return the temporary password, or empty if no such member
     * @throws IdentityDirectoryException if the directory refuses
     * @throws IllegalStateException      if the account also belongs to other tenants
     */
    public Optional<String> resetPassword(UUID userId) {
        BiConsumer<String, String> external = directory.managesPasswords() ? directory::setTemporaryPassword : null;
        return members.resetPassword(userId, external);
    }

    /**
     * Deactivates a member and takes them out of the tenant's organization in the directory.
     *
     * @return the member, or empty if no such member
     * @throws IdentityDirectoryException if the directory refuses; then the member stays active
     * @throws IllegalStateException      for the last active admin
     */
    public Optional<Memberships.Member> deactivate(UUID userId) {
        return changeStatus(userId, members::deactivate, email -> directory.removeMember(currentTenant.require().slug(), email));
    }

    /**
     * Reactivates a deactivated member and adds them back to the tenant's organization in the directory.
     *
     * @return the member, or empty if no such member
     * @throws IdentityDirectoryException if the directory refuses; then the member stays inactive
     * @throws IllegalStateException      if the member is active already
     */
    public Optional<Memberships.Member> reactivate(UUID userId) {
        return changeStatus(userId, members::reactivate, email -> directory.addMember(currentTenant.require().slug(),
                new IdentityDirectory.Person(email, null, null)));
    }

    /**
     * The database change and the directory change in one transaction: the directory's part runs last, so when it
     * refuses the transaction rolls back; when the commit fails after it, the directory's part is undone.
     */
    private Optional<Memberships.Member> changeStatus(UUID userId, Function<UUID, Optional<Memberships.Member>> change,
                                                  Function<String, IdentityDirectory.Registration> inDirectory) {
        List<IdentityDirectory.Registration> done = new ArrayList<>(1);
        try {
            return tx.execute(status -> change.apply(userId).map(member -> {
                done.add(inDirectory.apply(member.email()));
                return member;
            }));
        } catch (RuntimeException e) {
            done.forEach(IdentityDirectory.Registration::undo);
            throw e;
        }
    }
}
