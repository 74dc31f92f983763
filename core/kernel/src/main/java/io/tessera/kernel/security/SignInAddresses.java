package io.tessera.kernel.security;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.SystemOnly;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The addresses each account last signed in from successfully ({@link #REMEMBERED} per account, table
 * {@code sign_in_addresses}). From such a known address an account has a failure count and lock of its own; from
 * any other address the account-wide lock applies. So someone who knows an email can lock that account only for
 * addresses its holder never used, and a throttled address still admits the accounts known there.
 */
@Component
class SignInAddresses {

    /** How many addresses are remembered per account, newest first. */
    static final int REMEMBERED = 4;

    private final JdbcClient jdbc;
    private final Transactions tx;

    SignInAddresses(JdbcClient jdbc, Transactions tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * An account's sign-in state as seen from one address.
     *
     * @param userId             the account
     * @param accountLockedUntil the account-wide lock (for unknown addresses), or {@code null}
     * @param known              whether the account signed in from this address before
     * @param addressFailures    failures from this known address since its last success
     * @param addressLockedUntil the lock for this known address, or {@code null}
     */
    record State(UUID userId, Instant accountLockedUntil, boolean known, int addressFailures, Instant addressLockedUntil) {

        boolean locked(Instant now) {
            Instant until = known ? addressLockedUntil : accountLockedUntil;
            return until != null && until.isAfter(now);
        }
    }

    /** The state of the account with this email from this address; empty if there is no such account. */
    Optional<State> state(String email, String address) {
        return TenantContext.callWithoutTenant(() -> tx.read(() -> jdbc.sql("""
                        select u.id, u.locked_until, a.address, a.failed_logins, a.locked_until
                          from users u left join sign_in_addresses a on a.user_id = u.id and a.address = ?
                         where lower(u.email) = lower(?)""")
                .param(address == null ? "" : address)
                .param(email.strip().toLowerCase(Locale.ROOT))
                .query((rs, row) -> new State(rs.getObject(1, UUID.class), instant(rs.getTimestamp(2)), rs.getString(3) != null,
                        rs.getInt(4), instant(rs.getTimestamp(5))))
                .optional()));
    }

    /** Remembers a successful sign-in from an address (and clears its failures), forgetting the oldest beyond a few. */
    @SystemOnly("sign-in, before anyone acts")
    void succeeded(UUID userId, String address) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = TenantContext.callWithoutTenant(() -> tx.write(() -> jdbc.sql(
                        "update sign_in_addresses set last_success_at = ?, failed_logins = 0, locked_until = null "
                                + "where user_id = ? and address = ?")
                .param(now).param(userId).param(address).update()));
        if (updated > 0) {
            return;
        }
        try {
            TenantContext.callWithoutTenant(() -> tx.write(() -> {
                jdbc.sql("insert into sign_in_addresses (user_id, address, last_success_at, failed_logins) values (?, ?, ?, 0)")
                        .param(userId).param(address).param(now).update();
                return jdbc.sql("""
                                delete from sign_in_addresses where user_id = ? and address not in (
                                  select address from sign_in_addresses where user_id = ? order by last_success_at desc, address
                                  limit ?)""")
                        .param(userId).param(userId).param(REMEMBERED).update();
            }));
        } catch (DuplicateKeyException e) {
            // a concurrent sign-in from the same address remembered it first: as good
        }
    }

    /** Counts a failure from a known address, locking the account there after {@code max} in a row. */
    @SystemOnly("sign-in, before anyone acts")
    void failed(UUID userId, String address, int max, Duration lockFor) {
        Timestamp until = Timestamp.from(Instant.now().plus(lockFor));
        TenantContext.callWithoutTenant(() -> tx.write(() -> jdbc.sql("""
                        update sign_in_addresses
                           set failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end,
                               locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
                         where user_id = ? and address = ?""")
                .param(max).param(max).param(until).param(userId).param(address).update()));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
