package io.tessera.kit;

import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testkit.ApiAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import tools.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin developer's path, end to end and out of tree: {@code archetype:generate} into a temporary directory,
 * the generated plugin's own {@code mvn verify} (its integration tests on PostgreSQL, its headless test, its
 * architecture rule) against the staged kit alone, then its jar in the plugins directory of the real server
 * ({@code deploy/server}), enabled for a tenant and called over HTTP.
 */
class GeneratedPluginIT {

    private static final Pattern PORT = Pattern.compile("URL: +http://localhost:(\\d+)/");

    @Test
    void aGeneratedPluginBuildsOutOfTreeAndServesItsApiInTheServer() throws Exception {
        OutOfTreeMaven maven = OutOfTreeMaven.fromBuild();
        Path work = Files.createTempDirectory("tessera-archetype-");
        long start = System.nanoTime();

        OutOfTreeMaven.Run generate = maven.run(work, work.resolve("generate.log"),
                "org.apache.maven.plugins:maven-archetype-plugin:" + OutOfTreeMaven.required("kit.archetype.plugin")
                        + ":generate",
                "-DinteractiveMode=false", "-DarchetypeGroupId=io.tessera",
                "-DarchetypeArtifactId=tessera-plugin-archetype",
                "-DarchetypeVersion=" + OutOfTreeMaven.required("kit.version"),
                "-Did=notes", "-Dname=Notes", "-Dcategory=CRM");
        assertThat(generate.exitCode()).as(generate.log()).isZero();
        Path project = work.resolve("notes");
        assertThat(project.resolve("src/main/java/io/tessera/plugins/notes/NotesModule.java")).exists();
        assertThat(project.resolve("src/main/resources/i18n/notes_de.properties")).exists();

        theTutorialShowsWhatWasGenerated(project);

        OutOfTreeMaven.Run verify = maven.run(project, work.resolve("verify.log"), "verify");
        assertThat(verify.exitCode()).as(verify.log()).isZero();
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertThat(verify.log()).contains("Tests run:").doesNotContain("Tests run: 0, Failures");
        Path jar = project.resolve("target/notes.jar");
        try (JarFile plugin = new JarFile(jar.toFile())) {
            assertThat(plugin.getManifest().getMainAttributes().getValue("Plugin-Id")).isEqualTo("notes");
            assertThat(plugin.getManifest().getMainAttributes().getValue("Plugin-Requires")).startsWith(">=");
            assertThat(plugin.getEntry("META-INF/extensions.idx")).isNotNull();
        }
        report(project, seconds);

        Path plugins = Files.createDirectories(work.resolve("server/plugins"));
        Files.copy(jar, plugins.resolve("notes.jar"));
        callTheEndpointInTheServer(work.resolve("server"), plugins);
        deleteRecursively(work); // kept, with its logs, when anything above failed
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Every code block of the SDK tutorial is what this test does: its {@code java} and {@code xml} blocks are found
     * verbatim in the generated files, its shell lines are the steps this test takes (generate with these
     * arguments, {@code mvn verify} in the project, the jar into a plugins directory, the server started on it).
     */
    private static void theTutorialShowsWhatWasGenerated(Path project) throws IOException {
        List<SdkReadme.Block> blocks = SdkReadme.blocks(Path.of(OutOfTreeMaven.required("kit.sdk.readme")));
        assertThat(blocks).isNotEmpty();
        List<String> generated;
        try (Stream<Path> walk = Files.walk(project)) {
            generated = walk.filter(Files::isRegularFile).map(GeneratedPluginIT::normalizedContent).toList();
        }
        List<String> steps = List.of(
                "mvn archetype:generate -DarchetypeGroupId=io.tessera -DarchetypeArtifactId=tessera-plugin-archetype "
                        + "-Did=notes -Dname=Notes -Dcategory=CRM",
                "cd notes", "mvn verify", "mkdir -p plugins && cp target/notes.jar plugins/",
                "java -jar tessera-server.jar --tessera.plugins.dir=plugins");
        for (SdkReadme.Block block : blocks) {
            switch (block.language()) {
                case "java", "xml" -> assertThat(generated).as("README block not in the generated plugin:%n%s", block.text())
                        .anyMatch(content -> content.contains(block.text()));
                case "bash" -> assertThat(steps).as("README shell lines this test does not take").containsAll(block.text().lines().toList());
                default -> throw new AssertionError("README block of language '" + block.language()
                        + "' is checked by no test:\n" + block.text());
            }
        }
    }

    private static String normalizedContent(Path file) {
        try {
            return SdkReadme.normalize(Files.readString(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void callTheEndpointInTheServer(Path serverDir, Path plugins) throws Exception {
        String operatorPassword = "operator-" + UUID.randomUUID();
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process server = new ProcessBuilder(java, "-Xmx768m", "-jar", OutOfTreeMaven.required("kit.server.jar"),
                "--server.port=0", "--tessera.plugins.dir=" + plugins, "--tessera.platform.admin.password=" + operatorPassword)
                .directory(serverDir.toFile()).redirectErrorStream(true).start();
        Path log = serverDir.resolve("server.log");
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> readLog(server, log, port));
        try {
            URI base = URI.create("http://127.0.0.1:" + port.get(5, TimeUnit.MINUTES));
            ApiClient platform = ApiClient.of(base, "platform", operatorPassword);
            JsonNode modules = ok(platform.get("/api/v1/platform/modules"));
            assertThat(modules.findValuesAsString("id")).as(modules.toString()).contains("notes");

            String adminPassword = "admin-" + UUID.randomUUID();
            created(platform.post("/api/v1/platform/tenants", """
                    {"slug":"kit","name":"Kit","admin":{"email":"admin@kit.test","password":"%s","name":"Kit Admin"}}"""
                    .formatted(adminPassword)));
            ApiClient admin = ApiClient.of(base, "admin@kit.test", adminPassword);
            assertProblem(admin.get("/api/v1/notes/entries"), 404);
            enable(admin, "notes");
            String id = created(admin.post("/api/v1/notes/entries", "{\"title\":\"Over HTTP\"}"));
            assertThat(ok(admin.get("/api/v1/notes/entries/" + id)).get("title").asString()).isEqualTo("Over HTTP");
            assertThat(values(ok(admin.get("/api/v1/notes/entries")), "title")).containsExactly("Over HTTP");
        } finally {
            server.destroy();
            if (!server.waitFor(1, TimeUnit.MINUTES)) {
                server.destroyForcibly().waitFor();
            }
            reader.join();
        }
    }

    /** Copies the server's output to its log and completes {@code port} with the port it listens on. */
    private static void readLog(Process server, Path log, CompletableFuture<Integer> port) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
             var out = Files.newBufferedWriter(log)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line);
                out.newLine();
                out.flush();
                Matcher matcher = PORT.matcher(line);
                if (!port.isDone() && matcher.find()) {
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new IllegalStateException("the server ended before it listened; see " + log));
    }

    /** Prints what was generated and how long it took from generate to a passing build. */
    private static void report(Path project, long seconds) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(project)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !project.relativize(p).startsWith("target")).toList();
        }
        long lines = 0;
        for (Path file : files) {
            try (Stream<String> content = Files.lines(file)) {
                lines += content.count();
            }
        }
        System.out.printf("[plugin kit] archetype:generate to a passing out-of-tree build: %d s; generated %d files, %d lines%n",
                seconds, files.size(), lines);
    }
}
