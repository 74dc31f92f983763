package io.tessera.tenants.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Keycloak for the tests: the distribution Maven unpacked under {@code target/keycloak}
 * (system property {@code tessera.keycloak.home}), built once ({@code kc.sh build}, cached by a marker
 * file), started once per test JVM on 127.0.0.1 with free ports and the test realm imported, and
 * stopped when the JVM's tests end. It runs on the JDK that runs the tests (JDK 25 via the toolchain).
 */
public final class KeycloakServer implements BeforeAllCallback {

    public static final String REALM = "tessera";
    public static final String ADMIN_CLIENT = "tessera-admin";
    public static final String ADMIN_SECRET = "tessera-admin-test-secret";
    public static final String UI_CLIENT = "tessera-ui";
    public static final String UI_SECRET = "tessera-ui-test-secret";
    /** Public client with the password grant, for tests and benchmarks. */
    public static final String CLI_CLIENT = "tessera-cli";
    /** Like {@link #CLI_CLIENT}, but its access tokens live 1 second. */
    public static final String SHORT_CLIENT = "tessera-short";

    private static final KeycloakServer SHARED = new KeycloakServer();

    private final int httpPort = freePort();
    private final int managementPort = freePort();
    private Process process;

    private KeycloakServer() {
    }

    /** The one server of this JVM (ports are fixed at first use; it starts on the first {@code beforeAll}). */
    public static KeycloakServer shared() {
        return SHARED;
    }

    /** Base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The test realm's issuer. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (this) {
            if (process != null) {
                return;
            }
            start();
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KeycloakServer.class, k -> (AutoCloseable) this::stop);
    }

    private void start() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("tessera.keycloak.home", "target/keycloak/keycloak"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home.toAbsolutePath()
                    + ": run the tests through Maven, which unpacks it (tenants/pom.xml, unpack-keycloak)");
        }
        Path log = home.resolve("tessera-test.log");
        Path built = home.resolve(".tessera-built");
        long started = System.nanoTime();
        if (!Files.exists(built)) {
            run(home, log, List.of("build", "--db=dev-mem", "--health-enabled=true"), Duration.ofMinutes(5));
            Files.writeString(built, "built for the Tessera tests\n");
            System.out.printf("[keycloak] kc.sh build: %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/tessera-realm.json")) {
            Files.copy(realm, imports.resolve("tessera-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        long startedServer = System.nanoTime();
        process = process(home, log, List.of("start", "--optimized", "--import-realm",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + httpPort,
                "--http-management-port=" + managementPort, "--hostname-strict=false"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "keycloak-stop"));
        awaitReady(log);
        System.out.printf("[keycloak] ready on %s in %.1f s (%.1f s including build)%n", baseUrl(),
                (System.nanoTime() - startedServer) / 1e9, (System.nanoTime() - started) / 1e9);
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet; try again below
            }
            Thread.sleep(250);
        }
        stop();
        throw new IllegalStateException("Keycloak was not ready within 3 minutes:\n" + tail(log));
    }

    private synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void run(Path home, Path log, List<String> args, Duration timeout) throws IOException, InterruptedException {
        Process build = process(home, log, args);
        if (!build.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            build.destroyForcibly();
            throw new IllegalStateException("kc.sh " + args + " did not finish within " + timeout);
        }
        if (build.exitValue() != 0) {
            throw new IllegalStateException("kc.sh " + args + " failed:\n" + tail(log));
        }
    }

    private static Process process(Path home, Path log, List<String> args) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toAbsolutePath().toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        return builder.start();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.contains("SRHCK01001")).toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
