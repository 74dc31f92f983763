package io.tessera.kernel.account;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.SystemOnly;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The sign-in bookkeeping on an account: failed sign-ins in a row, and the lock after too many. Sign-in calls it
 * before anyone acts, so it is system-only.
 */
@Service
public class SignInLockout {

    /** This many failures in a row lock the account for {@link #LOCK_DURATION}. */
    public static final int MAX_FAILED_LOGINS = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final UserAccountRepository users;
    private final Transactions transactions;

    SignInLockout(UserAccountRepository users, Transactions transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    /**
     * Records a failed sign-in for the account with this email, locking it after too many.
     *
     * @param email the login tried
     */
    @SystemOnly("sign-in, before anyone acts")
    public void recordFailedLogin(String email) {
        TenantContext.callWithoutTenant(() -> transactions.write(() -> {
            users.findByEmailIgnoreCase(email.strip())
                    .ifPresent(u -> u.failedLogin(MAX_FAILED_LOGINS, LOCK_DURATION, Instant.now()));
            return null;
        }));
    }

    /**
     * Clears the failure count after a successful sign-in; call it only when there were failures.
     *
     * @param userId the account signed in
     */
    @SystemOnly("sign-in, before anyone acts")
    public void recordSuccessfulLogin(UUID userId) {
        TenantContext.callWithoutTenant(() -> transactions.write(() -> {
            users.findById(userId).ifPresent(UserAccount::succeededLogin);
            return null;
        }));
    }
}
