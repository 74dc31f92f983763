package io.tessera.ui.app;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Where {@link #assertAccessible} reports each view's violation counts (relative to the module). */
    public static final Path AXE_REPORT = Path.of("target", "axe", "report.txt");

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
     * Runs axe-core on the page as it is now and fails on any critical or serious violation, naming each rule and
     * up to three elements; every run's counts by impact go to {@code target/axe/report.txt} (one line per view),
     * moderate and minor ones included, so a report can compare views before and after. Call it once the view has
     * rendered (after waiting for an element of it). axe-core comes from the npm registry's tarball, which the ui/app
     * build puts on the test class path.
     *
     * @param view a name for the view in the report and the failure message
     * @return the number of violations by impact ({@code critical}, {@code serious}, {@code moderate}, {@code minor})
     */
    public Map<String, Integer> assertAccessible(String view) {
        Page p = page();
        if (!Boolean.TRUE.equals(p.evaluate("() => typeof window.axe === 'object'"))) {
            p.addScriptTag(new Page.AddScriptTagOptions().setContent(axeScript()));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) p.evaluate("""
                async () => (await axe.run(document, {resultTypes: ['violations']})).violations.map(v => ({
                  id: v.id, impact: v.impact || 'minor', count: v.nodes.length,
                  targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}))""");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String impact : List.of("critical", "serious", "moderate", "minor")) {
            counts.put(impact, 0);
        }
        List<String> blocking = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            String impact = String.valueOf(v.get("impact"));
            counts.merge(impact, ((Number) v.get("count")).intValue(), Integer::sum);
            rules.add(v.get("id") + "(" + impact + ")");
            if (impact.equals("critical") || impact.equals("serious")) {
                blocking.add(v.get("id") + " (" + impact + ", " + v.get("count") + "×): " + v.get("targets"));
            }
        }
        try {
            Files.createDirectories(AXE_REPORT.getParent());
            Files.writeString(AXE_REPORT, view + "\t" + counts + "\t" + rules + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!blocking.isEmpty()) {
            throw new AssertionError("axe-core: critical or serious accessibility violations on " + view + ":\n  "
                    + String.join("\n  ", blocking));
        }
        return counts;
    }

    private static String axeScript() {
        try (InputStream in = BrowserPage.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is not on the class path: build ui/app (its test resources)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
