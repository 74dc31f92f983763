package io.tessera.kernel.account;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.SystemOnly;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Local accounts of people the external identity provider (Keycloak) signs in: the account linked to their subject,
 * linked on first sight by verified email. Sign-in calls it before anyone acts, so it is system-only.
 */
@Service
public class FederatedAccounts {

    private final UserAccountRepository users;
    private final Transactions transactions;

    FederatedAccounts(UserAccountRepository users, Transactions transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    /**
     * A person as the external identity provider describes them.
     *
     * @param subject       the provider's stable id for them (the token's {@code sub})
     * @param email         their email, if the token carries one
     * @param emailVerified whether the provider verified that email
     * @param name          a display name, if any
     */
    public record ExternalIdentity(String subject, String email, boolean emailVerified, String name) {
    }

    /**
     * The local account of a person signed in through the identity provider: the account linked to
     * their subject; on first sight, the account with their verified email (which is then linked to the
     * subject), or else a new account without a password.
     *
     * @param identity who the provider says they are
     * @return the local account
     * @throws IllegalStateException when no account can be linked: no subject, no verified email, the
     *                               email's account is linked to another subject, or the account is inactive
     */
    @SystemOnly("sign-in with a federated identity, before anyone acts")
    public UserAccount federatedAccount(ExternalIdentity identity) {
        if (identity.subject() == null || identity.subject().isBlank()) {
            throw new IllegalStateException("The token has no subject");
        }
        Optional<UserAccount> linked = TenantContext.callWithoutTenant(() -> transactions.read(() ->
                users.findByExternalSubject(identity.subject())));
        UserAccount account = linked.orElseGet(() -> linkOnFirstSight(identity));
        if (!account.isActive()) {
            throw new IllegalStateException("The Tessera account of " + account.getEmail() + " is deactivated");
        }
        return account;
    }

    private UserAccount linkOnFirstSight(ExternalIdentity identity) {
        if (identity.email() == null || !identity.emailVerified() || !UserAccounts.EMAIL.matcher(identity.email().strip()).matches()) {
            throw new IllegalStateException("The identity provider vouches for no verified email; a Tessera account cannot be linked");
        }
        String email = identity.email().strip().toLowerCase(Locale.ROOT);
        try {
            return TenantContext.callWithoutTenant(() -> transactions.write(() -> {
                UserAccount account = users.findByEmailIgnoreCase(email).orElseGet(() -> {
                    String display = identity.name() == null || identity.name().isBlank() ? email : identity.name().strip();
                    return users.saveAndFlush(new UserAccount(email, display, null));
                });
                link(account, identity.subject());
                return users.saveAndFlush(account);
            }));
        } catch (DataIntegrityViolationException e) {
            // a concurrent first sign-in of the same person linked or created it: use theirs
            return TenantContext.callWithoutTenant(() -> transactions.read(() -> users.findByExternalSubject(identity.subject())))
                    .orElseThrow(() -> new IllegalStateException("The Tessera account of " + email + " could not be linked", e));
        }
    }

    /**
     * Links an account to an external subject; no-op for {@code null}.
     *
     * @throws IllegalStateException if the account is linked to another subject
     */
    static void link(UserAccount account, String externalSubject) {
        if (externalSubject == null) {
            return;
        }
        if (account.getExternalSubject() != null && !account.getExternalSubject().equals(externalSubject)) {
            throw new IllegalStateException("The Tessera account of " + account.getEmail() + " is linked to another identity");
        }
        account.linkExternalSubject(externalSubject);
    }
}
