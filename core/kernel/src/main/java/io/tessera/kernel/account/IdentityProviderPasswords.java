package io.tessera.kernel.account;

import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where passwords live. Locally by default; in Keycloak mode ({@code tessera.keycloak.admin.server-url}
 * set) the identity provider owns them, local password hashes are unused, and people change their
 * password in the provider's account console, {@code <issuer>/account}.
 */
@Component
public class IdentityProviderPasswords {

    private final Optional<String> accountConsole;

    IdentityProviderPasswords(Environment env) {
        this.accountConsole = Optional.ofNullable(env.getProperty("tessera.keycloak.admin.server-url"))
                .filter(url -> !url.isBlank())
                .map(serverUrl -> issuer(env, serverUrl) + "/account");
    }

    private static String issuer(Environment env, String serverUrl) {
        String issuer = env.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri",
                env.getProperty("spring.security.oauth2.client.provider.keycloak.issuer-uri", ""));
        if (issuer.isBlank()) {
            issuer = stripSlash(serverUrl) + "/realms/" + env.getRequiredProperty("tessera.keycloak.admin.realm");
        }
        return stripSlash(issuer);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Whether the identity provider, not Tessera, manages passwords (Keycloak mode). */
    public boolean external() {
        return accountConsole.isPresent();
    }

    /** The identity provider's account console, where people change their password; empty in local mode. */
    public Optional<String> accountConsole() {
        return accountConsole;
    }
}
