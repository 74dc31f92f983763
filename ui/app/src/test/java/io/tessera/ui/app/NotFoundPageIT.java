package io.tessera.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A direct browser load of an unknown UI address, signed in, in Debian's Chromium against the kernel on PostgreSQL:
 * the server answers 404 with the shell's page (menu, a readable message and a way back), which Chromium renders;
 * an unknown {@code /api/} path stays a problem+json 404. Screenshot: {@code target/screenshots/not-found.png}.
 */
class NotFoundPageIT {

    static final String PASSWORD = "correct-horse-battery-9";

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().build();

    @RegisterExtension
    static final BrowserPage BROWSER = BrowserPage.of(1280, 800);

    static Page page;
    static String base;

    @BeforeAll
    static void start() {
        KERNEL.provisionTenant("lost", PASSWORD);
        base = KERNEL.baseUri().toString().replaceAll("/$", "");
        page = BROWSER.page();
        BROWSER.signIn(KERNEL.baseUri(), "admin@lost.test", PASSWORD);
        page.locator("vaadin-app-layout").waitFor();
    }

    @Test
    void anUnknownAddressLoadedDirectlyShowsTheShellsNotFoundPageWithAWayBack() {
        Response response = page.navigate(base + "/no-such-page/at-all");
        String seen = response.status() + " " + response.headers() + "\n" + response.text();
        assertThat(response.status()).as(seen).isEqualTo(404);
        assertThat(response.headers().get("content-type")).as(seen).startsWith("text/html");
        assertThat(response.text()).as("a body the browser renders: " + seen).contains("<html");
        page.locator("#refused").getByText("Page not available").waitFor();
        page.locator("vaadin-app-layout").waitFor();
        BROWSER.waitForTitle("Page not available");
        BROWSER.shot("not-found");
        page.locator("#refused a").click();
        page.waitForURL(base + "/");
        assertThat(page.locator("#refused").count()).isZero();

        APIResponse api = page.request().get(base + "/api/v1/no-such-thing");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.headers().get("content-type")).startsWith("application/problem+json");
    }
}
