package io.tessera.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.tessera.kernel.account.AccountMemberships;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.tenants.keycloak.KeycloakServer;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Keycloak mode end to end in Chromium: the UI's own security chain sends a visitor to the real
 * Keycloak, the person signs in there (Organizations make it identity-first: user name, then password)
 * and lands in the shell, in the tenant of their organization.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakSignInIT {

    static final String PASSWORD = "correct-horse-battery-ui";
    static final Path SCREENSHOTS = Path.of("target/screenshots/keycloak");

    @RegisterExtension
    @org.junit.jupiter.api.Order(1)
    static final KeycloakServer keycloak = KeycloakServer.shared();

    @RegisterExtension
    @org.junit.jupiter.api.Order(2)
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .property("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak.issuer())
            .property("tessera.keycloak.admin.server-url", keycloak.baseUrl())
            .property("tessera.keycloak.admin.realm", KeycloakServer.REALM)
            .property("tessera.keycloak.admin.client-id", KeycloakServer.ADMIN_CLIENT)
            .property("tessera.keycloak.admin.client-secret", KeycloakServer.ADMIN_SECRET)
            .property("spring.security.oauth2.client.registration.keycloak.client-id", KeycloakServer.UI_CLIENT)
            .property("spring.security.oauth2.client.registration.keycloak.client-secret", KeycloakServer.UI_SECRET)
            .property("spring.security.oauth2.client.registration.keycloak.scope", "openid,organization")
            .property("spring.security.oauth2.client.provider.keycloak.issuer-uri", keycloak.issuer())
            .build();

    static Playwright playwright;
    static Page page;
    static String base;

    @BeforeAll
    static void start() {
        // provisioning creates the Organization and its admin in Keycloak (Keycloak mode)
        kernel.provisionTenant("kc-ui", PASSWORD);
        kernel.provisionTenant("kc-elsewhere", PASSWORD + "-2");
        base = kernel.baseUri().toString().replaceAll("/$", "");
        playwright = Browsers.playwright();
        Browser browser = Browsers.chromium(playwright);
        BrowserContext context = browser.newContext();
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterAll
    static void stop() {
        if (playwright != null) {
            playwright.close();
        }
    }

    private static void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    @Order(1)
    void anonymousVisitorsAreSentToKeycloakNotToTheForm() {
        page.navigate(base + "/");
        page.waitForURL(url -> url.startsWith(keycloak.issuer()));
        page.locator("#username").waitFor();
        shot("01-keycloak-sign-in");
        assertThat(page.url()).contains("/protocol/openid-connect/auth").contains("code_challenge=");
    }

    @Test
    @Order(2)
    void signingInAtKeycloakLandsInTheShellInTheOrganizationsTenant() {
        page.locator("#username").fill("admin@kc-ui.test");
        if (page.locator("#password").isVisible()) {
            page.locator("#password").fill(PASSWORD);
        }
        page.locator("#kc-login").click();
        page.waitForLoadState();
        if (page.url().startsWith(keycloak.baseUrl())) {
            // identity-first: a second page asks for the password
            page.locator("#password").fill(PASSWORD);
            page.locator("#kc-login").click();
        }
        page.waitForURL(url -> url.startsWith(base));
        page.locator("vaadin-app-layout").waitFor();
        shot("02-shell-after-keycloak");
        assertThat(page.locator(".tessera-tenant-name").textContent()).isEqualTo("kc-ui");
    }

    @Test
    @Order(3)
    void aLocalMembershipTheTokenDoesNotNameIsNotOffered() {
        // the same person is also a member of another tenant locally, but not of its Keycloak organization
        AccountMemberships memberships = kernel.bean(AccountMemberships.class);
        TenantContext.callWithoutTenant(() -> {
            memberships.addMembership(kernel.tenant("kc-elsewhere"), kernel.userId("admin@kc-ui.test"), Set.of("member"));
            return null;
        });
        page.navigate(base + "/");
        page.locator("vaadin-app-layout").waitFor();
        assertThat(page.locator(".tessera-tenant-name").textContent()).isEqualTo("kc-ui");
        assertThat(page.locator("[aria-label='Switch organisation']").count())
                .as("no tenant switcher: only one tenant is both a membership and named by the token").isZero();
    }

    @Test
    @Order(4)
    void theProfileLinksToTheAccountConsoleInsteadOfALocalPasswordForm() {
        page.navigate(base + "/profile");
        page.locator("#account-console").waitFor();
        shot("04-profile-account-console");
        assertThat(page.locator("#change-password").count()).as("no local password form").isZero();
        assertThat(page.locator("vaadin-password-field").count()).isZero();
        assertThat(page.locator("#account-console").getAttribute("href")).isEqualTo(keycloak.issuer() + "/account");
    }
}
