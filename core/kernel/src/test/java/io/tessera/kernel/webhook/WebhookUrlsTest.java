package io.tessera.kernel.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** The SSRF guard: by default https to public addresses only; the operator's property lifts it. */
class WebhookUrlsTest {

    private final WebhookUrls strict = new WebhookUrls(false);

    @Test
    void refusesLoopbackPrivateLinkLocalAndPlainHttpByDefault() {
        assertThat(strict.refusal("https://127.0.0.1/hook")).get().asString().contains("internal address");
        assertThat(strict.refusal("https://localhost:8443/hook")).get().asString().contains("internal address");
        assertThat(strict.refusal("https://10.1.2.3/hook")).isPresent();
        assertThat(strict.refusal("https://172.16.0.9/hook")).isPresent();
        assertThat(strict.refusal("https://192.168.1.1/hook")).isPresent();
        assertThat(strict.refusal("https://169.254.169.254/latest/meta-data")).isPresent();
        assertThat(strict.refusal("https://100.64.0.1/hook")).isPresent();
        assertThat(strict.refusal("https://[::1]/hook")).isPresent();
        assertThat(strict.refusal("https://[fd00::1]/hook")).isPresent();
        assertThat(strict.refusal("https://[fe80::1]/hook")).isPresent();
        assertThat(strict.refusal("https://0.0.0.0/hook")).isPresent();
        assertThat(strict.refusal("http://93.184.216.34/hook")).get().asString().contains("https");
        assertThat(strict.refusal("ftp://93.184.216.34/hook")).isPresent();
        assertThat(strict.refusal("https://user:pw@93.184.216.34/hook")).get().asString().contains("credentials");
        assertThat(strict.refusal("not a url")).isPresent();
        assertThat(strict.refusal(null)).isPresent();
    }

    @Test
    void acceptsHttpsToAPublicAddress() {
        assertThat(strict.refusal("https://93.184.216.34/hook")).isEmpty();
        assertThat(strict.refusal("https://[2606:2800:220:1:248:1893:25c8:1946]/hook")).isEmpty();
    }

    @Test
    void theOperatorMayAllowLocalReceivers() {
        WebhookUrls lenient = new WebhookUrls(true);
        assertThat(lenient.refusal("http://127.0.0.1:8080/hook")).isEmpty();
        assertThat(lenient.refusal("ftp://127.0.0.1/hook")).isPresent();
    }

    @Test
    void classifiesAddresses() throws UnknownHostException {
        assertThat(WebhookUrls.internal(InetAddress.getByName("127.0.0.2"))).isTrue();
        assertThat(WebhookUrls.internal(InetAddress.getByName("8.8.8.8"))).isFalse();
    }

    @Test
    void signatureIsHmacSha256OverTimestampDotBody() {
        // RFC 4231 is over raw messages; this pins the documented "t.body" scheme with a fixed vector
        String header = WebhookSignature.header("whsec_test", 1700000000L, "{\"a\":1}");
        assertThat(header).isEqualTo("t=1700000000,v1=" + WebhookSignature.hmac("whsec_test", "1700000000.{\"a\":1}"));
        assertThat(WebhookSignature.hmac("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }
}
