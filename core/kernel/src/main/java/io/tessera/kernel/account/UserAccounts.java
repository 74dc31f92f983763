package io.tessera.kernel.account;

import io.tessera.kernel.access.AccessChanges;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Local accounts, which exist across tenants: creating one (the platform's {@link KernelPermissions#PLATFORM}),
 * finding one by email, and a user changing their own password (the caller authenticates the user, so it needs no
 * permission).
 */
@Service
public class UserAccounts {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}");

    private final UserAccountRepository users;
    private final Transactions transactions;
    private final PasswordEncoder passwordEncoder;
    private final AccessChanges changes;

    UserAccounts(UserAccountRepository users, Transactions transactions, PasswordEncoder passwordEncoder,
            AccessChanges changes) {
        this.users = users;
        this.transactions = transactions;
        this.passwordEncoder = passwordEncoder;
        this.changes = changes;
    }

    /**
     * Checks that a value is an email address, as accounts require.
     *
     * @param field the request field, named in the message
     * @param email the value
     * @throws IllegalArgumentException if it is not an email address
     */
    public static void checkEmail(String field, String email) {
        if (email == null || !EMAIL.matcher(email.strip()).matches()) {
            throw new IllegalArgumentException(field + " must be an email address");
        }
    }

    /**
     * Creates a local account.
     *
     * @param email       the login
     * @param displayName the name shown
     * @param rawPassword the password, hashed before it is stored
     * @return the user id
     */
    @RequiresPermission(KernelPermissions.PLATFORM)
    public UUID createUser(String email, String displayName, String rawPassword) {
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        String hash = rawPassword == null ? null : passwordEncoder.encode(rawPassword);
        return TenantContext.callWithoutTenant(() -> transactions.write(() ->
                users.saveAndFlush(new UserAccount(normalized, displayName, hash)).getId()));
    }

    /**
     * A user by email, case-insensitively.
     *
     * @param email the login
     * @return the account, if there is one
     */
    public Optional<UserAccount> findUserByEmail(String email) {
        return TenantContext.callWithoutTenant(() -> transactions.read(() -> users.findByEmailIgnoreCase(email.strip())));
    }

    /**
     * Changes a user's own password.
     *
     * @param userId          the signed-in user, as the caller authenticated them
     * @param currentPassword their current password
     * @param newPassword     the new one, per {@link PasswordPolicy}
     * @throws IllegalArgumentException if the current password is wrong or the new one breaks the policy
     */
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        TenantContext.callWithoutTenant(() -> transactions.write(() -> {
            UserAccount user = users.findById(userId).orElseThrow();
            if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
                throw new IllegalArgumentException("currentPassword is not correct");
            }
            PasswordPolicy.check(newPassword, user.getEmail());
            if (newPassword.equals(currentPassword)) {
                throw new IllegalArgumentException("newPassword must differ from the current one");
            }
            user.changePassword(passwordEncoder.encode(newPassword), false);
            changes.changed();
            return null;
        }));
    }
}
