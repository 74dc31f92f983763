package io.tessera.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.TesseraKernelExtension;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The form sign-in's per-address throttle: bad attempts of others from one address throttle unknown sign-ins from
 * it, but an account that signed in from that address before still gets its password checked (as on the API).
 */
class FormSignInThrottleIT {

    static final String PASSWORD = "correct-horse-battery-9";
    static final String ADMIN = "admin@throttle.test";

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder()
            .property("tessera.security.login-throttle.max-failures", "3")
            .build();

    static String base;

    @BeforeAll
    static void tenant() {
        KERNEL.provisionTenant("throttle", PASSWORD);
        base = KERNEL.baseUri().toString().replaceAll("/$", "");
    }

    @Test
    void aThrottledAddressStillAdmitsTheAccountsKnownThereButNoOneElse() throws Exception {
        assertThat(location(signIn(ADMIN, PASSWORD))).as("the holder signs in from this address").doesNotContain("error")
                .doesNotContain("throttled");
        for (int i = 0; i < 3; i++) {
            assertThat(location(signIn("guess" + i + "@throttle.test", "wrong-password-" + i))).contains("error");
        }

        assertThat(location(signIn("guess9@throttle.test", "wrong-password-9"))).as("an unknown sign-in from the address")
                .endsWith("/login?throttled");
        assertThat(location(signIn(ADMIN, PASSWORD))).as("the holder, known at this address, with the right password")
                .doesNotContain("error").doesNotContain("throttled");
    }

    /** One sign-in as a fresh browser would: the sign-in page for its CSRF token, then the form's POST. */
    private static HttpResponse<String> signIn(String email, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page.body());
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(parameter.find() && token.find()).as("the sign-in page carries its CSRF token").isTrue();
        String body = "username=" + enc(email) + "&password=" + enc(password) + "&" + parameter.group(1) + "="
                + enc(token.group(1));
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
