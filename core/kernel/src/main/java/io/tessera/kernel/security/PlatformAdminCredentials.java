package io.tessera.kernel.security;

import io.tessera.kernel.config.StartupBanner;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform operator's HTTP Basic credentials: {@code tessera.platform.admin.username} and
 * {@code .password}. Without a configured password one is generated at startup and shown once, in the
 * startup banner.
 */
@Component
class PlatformAdminCredentials {

    private final String username;
    private final String password;

    PlatformAdminCredentials(@Value("${tessera.platform.admin.username:platform}") String username,
                             @Value("${tessera.platform.admin.password:}") String password,
                             StartupBanner banner) {
        this.username = username;
        if (password.isBlank()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            this.password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            banner.note("Operator sign-in", username + " / " + this.password
                    + "  (generated for this start; set tessera.platform.admin.password)");
        } else {
            this.password = password;
            banner.note("Operator sign-in", username + " / (tessera.platform.admin.password)");
        }
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }
}
