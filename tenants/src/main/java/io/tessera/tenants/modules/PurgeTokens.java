package io.tessera.tenants.modules;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Confirmation tokens for purges: an HMAC over tenant, module and expiry, so that a purge request
 * proves the caller saw the impact preview of that module for that tenant within the last 15 minutes.
 * The key is {@code tessera.purge.token-secret}; without it a random per-process key is used, so a
 * token is only accepted by the node that issued it. With {@code tessera.cluster.enabled=true} a node does not
 * start without it ({@link PurgeTokenSetting}).
 */
@Component
class PurgeTokens {

    static final Duration VALIDITY = Duration.ofMinutes(15);

    private final byte[] key;
    private final Clock clock;

    @Autowired
    PurgeTokens(@Value("${tessera.purge.token-secret:}") String secret) {
        this(secret, Clock.systemUTC());
    }

    PurgeTokens(String secret, Clock clock) {
        if (secret == null || secret.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.clock = clock;
    }

    String issue(UUID tenantId, String moduleId) {
        long expires = clock.instant().plus(VALIDITY).getEpochSecond();
        return expires + "." + sign(tenantId, moduleId, expires);
    }

    boolean verify(String token, UUID tenantId, String moduleId) {
        if (token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long expires;
        try {
            expires = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        if (clock.instant().getEpochSecond() > expires) {
            return false;
        }
        byte[] expected = sign(tenantId, moduleId, expires).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(UUID tenantId, String moduleId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((tenantId + "|" + moduleId + "|purge|" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
