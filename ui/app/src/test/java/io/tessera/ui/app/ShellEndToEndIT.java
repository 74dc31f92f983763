package io.tessera.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.tessera.testkit.TesseraKernelExtension;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The UI end to end, in Debian's Chromium against the whole kernel on PostgreSQL (as the application
 * role) with a real plugin jar that contributes one view: sign-in, the marketplace enabling and
 * detaching the module (menu entry and view appear, then disappear and the URL is refused), the
 * audit log showing both; accessibility smoke checks; and the session security over plain HTTP
 * (session id rotated at sign-in, CSRF rejection at sign-in and sign-out, sign-out invalidation, headers). Screenshots of each
 * step are written to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShellEndToEndIT {

    static final String PASSWORD = "correct-horse-battery-9";
    static final String ADMIN = "admin@acme.test";

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().plugin(MemoPlugin.jar()).build();

    /** Chromium, with a screenshot of what it showed when a step fails. */
    @RegisterExtension
    static final BrowserPage BROWSER = BrowserPage.of(1280, 800);

    static Page page;
    static String base;

    @BeforeAll
    static void start() {
        KERNEL.provisionTenant("acme", PASSWORD);
        base = KERNEL.baseUri().toString().replaceAll("/$", "");
        page = BROWSER.page();
    }

    private static void shot(String name) {
        BROWSER.shot(name);
    }

    private static Locator menuEntry(String label) {
        return page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(label));
    }

    @Test
    @Order(1)
    void anonymousVisitorsAreSentToTheSignInFormWhoseInputsAreLabelled() {
        page.navigate(base + "/admin/modules");
        page.waitForURL("**/login");
        field("Email").waitFor();
        shot("01-login");
        assertThat(unlabelledInputs()).isEmpty();
    }

    @Test
    @Order(2)
    void theAdminSignsInAndSeesTheDashboardWithoutTheModule() {
        field("Email").fill(ADMIN);
        field("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();
        assertThat(page.locator(".tessera-tenant-name").textContent()).isEqualTo("acme");
        assertThat(menuEntry("Modules").count()).isEqualTo(1);
        assertThat(menuEntry("Memo board").count()).isZero();
        shot("02-dashboard");
    }

    @Test
    @Order(3)
    void theMenuIsUsableWithTheKeyboard() {
        page.navigate(base + "/");
        page.locator("vaadin-side-nav-item").first().waitFor();
        page.locator("body").focus();
        boolean reached = false;
        for (int i = 0; i < 40 && !reached; i++) {
            page.keyboard().press("Tab");
            reached = Boolean.TRUE.equals(page.evaluate("() => { const a = document.activeElement;"
                    + " return !!a && a.tagName === 'VAADIN-SIDE-NAV-ITEM' && a.textContent.trim() === 'Modules'; }"));
        }
        assertThat(reached).as("the Modules entry is reachable with Tab").isTrue();
        page.keyboard().press("Enter");
        page.waitForURL("**/admin/modules");
        page.locator("#module-memo").waitFor();
        assertThat(unlabelledInputs()).isEmpty();
        shot("03-marketplace");
    }

    @Test
    @Order(4)
    void enablingTheModuleShowsItsImpactThenItsMenuEntryAndView() {
        page.locator("#enable-memo").click();
        page.getByText("These modules will be enabled: memo").waitFor();
        shot("04-enable-impact");
        page.locator("#confirm-enable").click();
        menuEntry("Memo board").waitFor();
        assertThat(page.locator("#module-memo .module-state").textContent()).isEqualTo("Enabled");
        shot("05-enabled");
        menuEntry("Memo board").click();
        page.waitForURL("**/" + MemoPlugin.ROUTE);
        assertThat(page.locator("#memo-title").textContent()).isEqualTo("Team memos");
        shot("06-module-view");
        page.navigate(base + "/");
        page.getByText("3 memos").waitFor();
    }

    @Test
    @Order(5)
    void detachingTheModuleRemovesItsEntryAndRefusesItsUrl() {
        page.navigate(base + "/admin/modules");
        page.locator("#detach-memo").click();
        page.getByText("These modules will be detached (their data is kept): memo").waitFor();
        page.locator("#confirm-detach").click();
        page.locator("#module-memo .module-state").filter(new Locator.FilterOptions().setHasText("Detached")).waitFor();
        assertThat(menuEntry("Memo board").count()).isZero();
        shot("07-detached");
        page.navigate(base + "/" + MemoPlugin.ROUTE);
        page.locator("#refused").getByText("Page not available").waitFor();
        assertThat(page.locator("#memo-title").count()).isZero();
        assertThat(menuEntry("Memo board").count()).isZero();
        shot("08-url-refused");
    }

    @Test
    @Order(6)
    void theAuditLogShowsTheEnableAndTheDetach() {
        page.navigate(base + "/admin/audit");
        field("Entity type").fill("TenantModule");
        field("Entity type").press("Enter");
        Locator grid = page.locator("#audit-grid");
        grid.getByText("Membership").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        grid.getByText("INSERT").first().waitFor();
        grid.getByText("UPDATE").first().waitFor();
        assertThat(grid.getByText(ADMIN).count()).isGreaterThanOrEqualTo(2);
        assertThat(unlabelledInputs()).isEmpty();
        shot("09-audit");
    }

    @Test
    @Order(7)
    void onAPhoneTheMenuFoldsIntoTheDrawer() {
        page.setViewportSize(390, 844);
        page.navigate(base + "/");
        page.locator("vaadin-drawer-toggle").waitFor();
        assertThat(page.locator("vaadin-app-layout").getAttribute("overlay")).as("drawer overlays the content").isNotNull();
        shot("11-phone-dashboard");
        page.locator("vaadin-drawer-toggle").click();
        page.locator("vaadin-app-layout[drawer-opened]").waitFor();
        menuEntry("Modules").waitFor();
        page.waitForTimeout(500); // let the drawer's slide-in animation end before the screenshot
        shot("12-phone-menu");
        page.setViewportSize(1280, 800);
    }

    @Test
    @Order(8)
    void signOutEndsTheSession() {
        page.locator("#user-menu").click();
        page.locator("#sign-out").click();
        page.waitForURL("**/login");
        page.navigate(base + "/admin/modules");
        page.waitForURL("**/login");
    }

    @Test
    @Order(9)
    void sessionIdIsRotatedAtSignInAndCsrfProtectsOtherRequests() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        String anonymousSession = session(cookies);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));

        HttpResponse<String> withoutToken = http.send(form("/login", "username=" + enc(ADMIN) + "&password=" + enc(PASSWORD), null),
                HttpResponse.BodyHandlers.ofString());
        SignInCsrfIT.assertRefused(withoutToken);
        HttpResponse<String> notSignedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notSignedIn.statusCode()).as("login CSRF: a sign-in without the page's token signs nobody in").isEqualTo(302);
        Matcher loginToken = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(login.body());
        assertThat(loginToken.find()).as("the sign-in page carries the CSRF token the login form sends").isTrue();
        HttpResponse<String> signedIn = http.send(form("/login", "username=" + enc(ADMIN) + "&password=" + enc(PASSWORD)
                        + "&_csrf=" + enc(loginToken.group(1)), null), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String signedInSession = session(cookies);
        assertThat(signedInSession).isNotEqualTo(anonymousSession);

        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(home.body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> forged = http.send(form("/logout", "", null), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> stillIn = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stillIn.statusCode()).as("a forged sign-out changes nothing").isEqualTo(200);

        HttpResponse<String> logout = http.send(form("/logout", "", token.group(1)), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(302);
        HttpResponse<String> after = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(KERNEL.context().getEnvironment().getProperty("server.servlet.session.timeout")).isEqualTo("30m");
    }

    @Test
    @Order(10)
    void aWrongPasswordIsRefusedReadably() {
        page.navigate(base + "/login");
        field("Email").fill(ADMIN);
        field("Password").fill("not-the-password-123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/login?error");
        page.getByText("Sign-in refused").waitFor();
        shot("10-login-refused");
    }

    private static Locator field(String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private static HttpRequest form(String path, String body, String csrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return request.build();
    }

    private static String session(CookieManager cookies) {
        List<HttpCookie> all = cookies.getCookieStore().getCookies();
        return all.stream().filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Visible form inputs without an accessible name (aria-label, aria-labelledby with text, or a label). */
    @SuppressWarnings("unchecked")
    static List<String> unlabelledInputs() {
        return (List<String>) page.evaluate("""
                () => {
                  const missing = [];
                  const visit = (root) => {
                    root.querySelectorAll('*').forEach(el => {
                      if (el.shadowRoot) visit(el.shadowRoot);
                      if (!['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el.type === 'hidden') return;
                      const box = el.getBoundingClientRect();
                      if (box.width === 0 && box.height === 0) return;
                      const byLabel = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)
                        .map(id => (el.getRootNode().getElementById ? el.getRootNode().getElementById(id) : null)
                                   || document.getElementById(id))
                        .some(l => l && l.textContent.trim().length > 0);
                      const aria = (el.getAttribute('aria-label') || '').trim().length > 0;
                      const label = el.labels && Array.from(el.labels).some(l => l.textContent.trim().length > 0);
                      if (!(byLabel || aria || label)) missing.push(el.outerHTML.substring(0, 120));
                    });
                  };
                  visit(document);
                  return missing;
                }
                """);
    }
}
