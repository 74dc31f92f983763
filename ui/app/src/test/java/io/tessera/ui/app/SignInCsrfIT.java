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
 * Login CSRF: the sign-in form's POST needs the CSRF token of the sign-in page (which the Vaadin login form sends
 * from the page's {@code _csrf} meta tags), so a foreign page cannot sign a browser in to an account of its choice.
 */
class SignInCsrfIT {

    static final String PASSWORD = "correct-horse-battery-9";
    static final String ADMIN = "admin@csrf.test";

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().build();

    static String base;

    @BeforeAll
    static void tenant() {
        KERNEL.provisionTenant("csrf", PASSWORD);
        base = KERNEL.baseUri().toString().replaceAll("/$", "");
    }

    @Test
    void aSignInWithoutTheTokenSignsNobodyIn() throws Exception {
        HttpClient browser = browser();
        get(browser, "/login");

        HttpResponse<String> forged = browser.send(signIn("/login", null), HttpResponse.BodyHandlers.ofString());

        assertRefused(forged);
        assertThat(signedIn(browser)).as("signed in by a sign-in POST without the token").isFalse();
    }

    @Test
    void aSignInPostDisguisedAsAVaadinRequestStillNeedsTheToken() throws Exception {
        HttpClient browser = browser();
        get(browser, "/login");

        HttpResponse<String> forged = browser.send(signIn("/login?v-r=uidl&v-uiId=0", null), HttpResponse.BodyHandlers.ofString());

        assertRefused(forged);
        assertThat(signedIn(browser)).as("signed in by a disguised sign-in POST without the token").isFalse();
    }

    @Test
    void aSignInWithTheTokenOfTheSignInPageSignsIn() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> page = get(browser, "/login");
        Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page.body());
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(parameter.find()).as("the sign-in page names the token's parameter for the login form").isTrue();
        assertThat(token.find()).as("the sign-in page carries the token").isTrue();

        HttpResponse<String> signIn = browser.send(signIn("/login", parameter.group(1) + "=" + enc(token.group(1))),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(signedIn(browser)).isTrue();
    }

    /** Refused: 403, or sent back to the sign-in page (never on to the application). */
    static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a sign-in POST without the token").isIn(302, 403);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location").orElseThrow()).as("redirected to").matches(".*/login(\\?.*)?$");
        }
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    /** Whether the browser's session is signed in: the shell answers instead of sending it to the sign-in page. */
    private static boolean signedIn(HttpClient browser) throws Exception {
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() == 302) {
            assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            return false;
        }
        assertThat(home.statusCode()).isEqualTo(200);
        return true;
    }

    private static HttpRequest signIn(String path, String csrf) {
        String body = "username=" + enc(ADMIN) + "&password=" + enc(PASSWORD) + (csrf == null ? "" : "&" + csrf);
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
