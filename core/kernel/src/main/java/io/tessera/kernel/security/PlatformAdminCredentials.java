package io.tessera.kernel.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform operator's HTTP Basic credentials: {@code tessera.platform.admin.username} and
 * {@code .password}. Without a configured password one is generated at startup and logged once.
 */
@Component
class PlatformAdminCredentials {

    private static final Logger log = LoggerFactory.getLogger(PlatformAdminCredentials.class);

    private final String username;
    private final String password;

    PlatformAdminCredentials(@Value("${tessera.platform.admin.username:platform}") String username,
                             @Value("${tessera.platform.admin.password:}") String password) {
        this.username = username;
        if (password.isBlank()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            this.password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.warn("No tessera.platform.admin.password configured. Generated platform operator password for user '{}': {}",
                    username, this.password);
        } else {
            this.password = password;
        }
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }
}
