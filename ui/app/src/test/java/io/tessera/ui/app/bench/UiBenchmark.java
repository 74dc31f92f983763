package io.tessera.ui.app.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.ui.app.Browsers;
import io.tessera.ui.app.MemoPlugin;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Figures, not a test (run with {@code -Pbench}): first page load time of the sign-in page and of the
 * dashboard, cold (empty browser cache, first request after boot) and warm (new page in the same
 * browser context, cached bundle), from the browser's navigation timing plus the time until Vaadin
 * has rendered the view; and the server heap retained per signed-in UI session (N browser contexts
 * signed in, full GC before and after, difference / N).
 */
class UiBenchmark {

    static final String PASSWORD = "correct-horse-battery-9";
    static final int WARM_RUNS = 10;
    static final int SESSIONS = 20;

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().plugin(MemoPlugin.jar()).build();

    @Test
    void pageLoadAndHeapPerSession() throws Exception {
        KERNEL.provisionTenant("bench", PASSWORD);
        String base = KERNEL.baseUri().toString().replaceAll("/$", "");
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            BrowserContext cold = browser.newContext();
            Page page = cold.newPage();
            double[] coldLogin = load(page, base + "/login", "vaadin-login-form");
            signIn(page);
            double[] coldDashboard = load(page, base + "/", "vaadin-side-nav-item");
            List<double[]> warmLogin = new ArrayList<>();
            List<double[]> warmDashboard = new ArrayList<>();
            for (int i = 0; i < WARM_RUNS; i++) {
                Page again = cold.newPage();
                warmDashboard.add(load(again, base + "/", "vaadin-side-nav-item"));
                again.close();
            }
            for (int i = 0; i < WARM_RUNS; i++) {
                BrowserContext anonymous = browser.newContext();
                Page login = anonymous.newPage();
                load(login, base + "/login", "vaadin-login-form");
                warmLogin.add(load(login, base + "/login", "vaadin-login-form"));
                anonymous.close();
            }
            System.out.printf("%nUI first page load (ms: navigation loadEventEnd / view rendered)%n");
            System.out.printf("  sign-in page, cold: %.0f / %.0f%n", coldLogin[0], coldLogin[1]);
            System.out.printf("  sign-in page, warm (median of %d): %.0f / %.0f%n", WARM_RUNS, median(warmLogin, 0), median(warmLogin, 1));
            System.out.printf("  dashboard after sign-in, cold: %.0f / %.0f%n", coldDashboard[0], coldDashboard[1]);
            System.out.printf("  dashboard, warm (median of %d): %.0f / %.0f%n", WARM_RUNS, median(warmDashboard, 0), median(warmDashboard, 1));
            cold.close();

            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long before = settledHeap(memory);
            Map<String, long[]> histogramBefore = histogram();
            List<BrowserContext> sessions = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                BrowserContext context = browser.newContext();
                Page p = context.newPage();
                load(p, base + "/login", "vaadin-login-form");
                signIn(p);
                p.navigate(base + "/admin/modules");
                p.locator("#module-memo").waitFor();
                sessions.add(context);
            }
            long after = settledHeap(memory);
            System.out.printf("Server heap retained per signed-in UI session (%d sessions, dashboard + marketplace open): %.1f KiB%n",
                    SESSIONS, (after - before) / 1024.0 / SESSIONS);
            System.out.printf("  heap used before %.1f MiB, after %.1f MiB; Playwright's client runs in this JVM, so its state per "
                    + "open browser context is included%n", before / 1048576.0, after / 1048576.0);
            printGrowth(histogramBefore, histogram(), SESSIONS);
            // closing the contexts frees the client's state; the browser unloads each page, so Vaadin drops its UI too,
            // and what is left is the HTTP and Vaadin session of a signed-in user without an open view
            sessions.forEach(BrowserContext::close);
            long closed = settledHeap(memory);
            System.out.printf("  after the browser contexts closed (UIs unloaded, sessions kept): %.1f KiB per session%n",
                    (closed - before) / 1024.0 / SESSIONS);
            printGrowth(histogramBefore, histogram(), SESSIONS);
        }
    }

    private static void signIn(Page page) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Email").setExact(true)).fill("admin@bench.test");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password").setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("vaadin-side-nav-item").first().waitFor();
    }

    /** Navigation timing's loadEventEnd, and the time until the view's marker element is rendered. */
    private static double[] load(Page page, String url, String marker) {
        page.navigate(url);
        page.locator(marker).first().waitFor();
        Object loadEnd = page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd");
        Object rendered = page.evaluate("() => performance.now()");
        return new double[] {((Number) loadEnd).doubleValue(), ((Number) rendered).doubleValue()};
    }

    private static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return values[values.length / 2];
    }

    /** Live objects per class (instances, bytes), from the JVM's class histogram (which runs a full GC first). */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\\R")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                classes.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        return classes;
    }

    /** The classes whose live bytes grew most per session: what a session's heap is made of. */
    private static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        for (String alive : List.of("com.vaadin.flow.component.UI", "com.vaadin.flow.server.VaadinSession",
                "org.apache.catalina.session.StandardSession")) {
            System.out.printf("  live %s: %d more than before%n", alive,
                    after.getOrDefault(alive, new long[2])[0] - before.getOrDefault(alive, new long[2])[0]);
        }
        System.out.printf("  largest growth per session by class (instances, KiB):%n");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(12)
                .forEach(e -> System.out.printf("    %8.1f %8.1f KiB  %s%n", e.getValue()[0] / (double) sessions,
                        e.getValue()[1] / 1024.0 / sessions, e.getKey()));
        System.out.println();
    }

    private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
