package io.tessera.ui.app;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One Chromium page for a browser test class (Debian's Chromium through {@link Browsers}), opened before the
 * class's tests and closed after them, with the steps every such test repeats: signing in through the shell's
 * form and screenshots, including one of what the browser showed when a test fails.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BrowserPage BROWSER = BrowserPage.of(1600, 900);
 * ...
 * BROWSER.signIn(KERNEL.baseUri(), "admin@board.test", PASSWORD);
 * BROWSER.shot("pipeline-01-board");
 * }</pre>
 */
public final class BrowserPage implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    /** Where screenshots go (relative to the module, i.e. build output). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final int width;
    private final int height;
    private Playwright playwright;
    private Page page;

    private BrowserPage(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /**
     * A page of this viewport size, English locale, 30 s default timeout.
     *
     * @param width  viewport width in CSS pixels
     * @param height viewport height in CSS pixels
     * @return the extension, to register as a static field
     */
    public static BrowserPage of(int width, int height) {
        return new BrowserPage(width, height);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        playwright = Browsers.playwright();
        Browser browser = Browsers.chromium(playwright);
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US"))
                .newPage();
        page.setDefaultTimeout(30_000);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A failing step leaves a screenshot of what the browser showed. */
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (page != null) {
            shot("failed-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
    }

    /**
     * The page.
     *
     * @return the page, open between the class's first and last test
     */
    public Page page() {
        if (page == null) {
            throw new IllegalStateException("The browser opens before the test class's tests: register the extension");
        }
        return page;
    }

    /**
     * Signs in through the shell's form and waits until it has left the sign-in page.
     *
     * @param base     the server's base URI (with or without a trailing slash)
     * @param email    the user's email
     * @param password the password
     */
    public void signIn(java.net.URI base, String email, String password) {
        page().navigate(base.toString().replaceAll("/$", "") + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Email").setExact(true)).fill(email);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password").setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * Waits until the document's title contains the given text and returns the whole title. Vaadin sets the title
     * in the round trip that renders the view, which may land after the address bar has changed, so a title read
     * right after {@code waitForURL} can still be the previous view's.
     *
     * @param fragment the text the title must contain
     * @return the title once it contains the text
     */
    public String waitForTitle(String fragment) {
        page().waitForCondition(() -> page.title().contains(fragment));
        return page.title();
    }

    /**
     * Saves a full-page screenshot as {@code target/screenshots/<name>.png}.
     *
     * @param name the file's name without extension
     */
    public void shot(String name) {
        page().screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
