package io.tessera.kernel.account;

import java.util.Locale;
import java.util.Set;

/**
 * The password policy for local accounts (OWASP ASVS 4.0.3 V2.1): 12 to 128 characters, any
 * characters allowed, not the login itself, not one of the most common passwords.
 */
public final class PasswordPolicy {

    static final int MIN = 12;
    static final int MAX = 128;
    private static final Set<String> COMMON = Set.of("123456789012", "password1234", "passwordpassword",
            "qwertyuiopas", "111111111111", "iloveyou1234", "administrator", "letmein12345", "welcome12345",
            "changeme1234", "123456123456", "qwerty123456", "password123!", "p@ssw0rd1234");

    private PasswordPolicy() {
    }

    /**
     * Checks a new password.
     *
     * @param password the password
     * @param email    the account's login
     * @throws IllegalArgumentException with a readable reason
     */
    public static void check(String password, String email) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            throw new IllegalArgumentException("password must be " + MIN + " to " + MAX + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null && lower.equals(email.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("password must not be the email address");
        }
        if (COMMON.contains(lower)) {
            throw new IllegalArgumentException("password is too common");
        }
    }
}
