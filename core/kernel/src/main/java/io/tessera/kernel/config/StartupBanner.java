package io.tessera.kernel.config;

import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.kernel.tenancy.TransactionSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The one block the server logs when it is ready: where it listens, how to sign in (the demo tenant's admin
 * and the platform operator, when their passwords were generated for this start), where the data lives and
 * which modules run. Parts of the server add their lines with {@link #note(String, String)} while starting.
 */
@Component
public final class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Map<String, String> notes = new LinkedHashMap<>();
    private final ModuleCatalog catalog;
    private final TransactionSettings settings;

    StartupBanner(ModuleCatalog catalog, TransactionSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    /**
     * Adds a line to the banner (a later note with the same label replaces the earlier one).
     *
     * @param label what the line is about, e.g. "Demo sign-in"
     * @param value its text
     */
    public synchronized void note(String label, String value) {
        notes.put(label, value);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void printWhenReady(ApplicationReadyEvent event) {
        log.info("{}", render(event.getApplicationContext().getEnvironment()));
    }

    synchronized String render(Environment environment) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("URL", url(environment));
        lines.putAll(notes);
        lines.put("Data", data(environment.getProperty("spring.datasource.url", "")));
        lines.put("Modules", modules());
        return render(lines);
    }

    static String render(Map<String, String> lines) {
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
        List<String> out = new ArrayList<>();
        out.add("");
        out.add("=".repeat(78));
        out.add("  Tessera is ready");
        lines.forEach((label, value) -> out.add("  " + pad(label + ":", width) + "  " + value));
        out.add("=".repeat(78));
        return String.join(System.lineSeparator(), out);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String url(Environment environment) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String path = environment.getProperty("server.servlet.context-path", "");
        return "http://localhost:" + port + (path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/");
    }

    private String data(String url) {
        if (settings.postgres()) {
            int options = url.indexOf('?');
            return "PostgreSQL " + (options < 0 ? url : url.substring(0, options));
        }
        return "embedded H2 database " + embeddedLocation(url)
                + " (tenant isolation is application-level only; use PostgreSQL in production)";
    }

    static String embeddedLocation(String url) {
        String prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix)) {
            return url;
        }
        int options = url.indexOf(';');
        String file = url.substring(prefix.length(), options < 0 ? url.length() : options);
        return "in " + Path.of(file).toAbsolutePath().normalize().getParent();
    }

    private String modules() {
        List<InstalledModule> healthy = catalog.healthy();
        int failed = catalog.all().size() - healthy.size();
        String names = healthy.stream().map(InstalledModule::id).collect(Collectors.joining(", "));
        return healthy.size() + " started" + (names.isEmpty() ? "" : " (" + names + ")")
                + (failed == 0 ? "" : ", " + failed + " FAILED (see GET /api/v1/platform/modules)");
    }
}
