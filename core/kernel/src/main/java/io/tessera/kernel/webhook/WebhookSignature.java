package io.tessera.kernel.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature scheme of webhook deliveries: header {@code Tessera-Signature: t=<unix seconds>,v1=<hex>} where
 * {@code v1 = hex(HMAC-SHA256(key = the subscription's secret as UTF-8 bytes, message = t + "." + raw body))}.
 * A receiver recomputes {@code v1} over the raw body it received, compares in constant time, and rejects timestamps
 * older than its tolerance (say 5 minutes) against replays.
 */
final class WebhookSignature {

    static final String HEADER = "Tessera-Signature";

    private WebhookSignature() {
    }

    static String header(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body);
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
