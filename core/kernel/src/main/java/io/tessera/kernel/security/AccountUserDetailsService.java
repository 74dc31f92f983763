package io.tessera.kernel.security;

import io.tessera.kernel.account.UserAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Looks up local accounts by email. */
final class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    AccountUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findUserByEmail(email)
                .filter(u -> u.getPasswordHash() != null)
                // locks depend on the address signed in from: LockoutAuthenticationProvider enforces them
                .map(u -> new TesseraUser(u.getId(), u.getEmail(), u.getPasswordHash(), u.isActive(),
                        false, u.isMustChangePassword(), u.hasFailedLogins()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
