package io.tessera.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Maven as a plugin developer would, outside the reactor: on the outer build's Maven, with the staged kit as
 * the local repository and the outer build's local repository as a read-only mirror for everything else (releases
 * only, so Tessera's snapshots come from the staged kit alone).
 */
final class OutOfTreeMaven {

    /** The answer of one Maven run. */
    record Run(int exitCode, String log) {
    }

    private final Path mvn;
    private final Path stagedRepo;
    private final Path settings;

    private OutOfTreeMaven(Path mvn, Path stagedRepo, Path settings) {
        this.mvn = mvn;
        this.stagedRepo = stagedRepo;
        this.settings = settings;
    }

    /** From the system properties the module's failsafe configuration sets. */
    static OutOfTreeMaven fromBuild() throws IOException {
        Path stagedRepo = Path.of(required("kit.staged.repo"));
        Path mirror = Path.of(required("kit.mirror.repo"));
        Path settings = stagedRepo.resolveSibling("it-settings.xml");
        Files.writeString(settings, """
                <settings>
                  <mirrors>
                    <mirror>
                      <id>outer-build-local-repository</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                </settings>
                """.formatted(mirror.toUri()));
        return new OutOfTreeMaven(Path.of(required("kit.maven.home"), "bin", "mvn"), stagedRepo, settings);
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run this through failsafe");
        }
        return value;
    }

    /** Runs {@code mvn <arguments>} in {@code directory}, its output kept in {@code log}. */
    Run run(Path directory, Path log, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-B", "-ntp", "-s", settings.toString(),
                "-Dmaven.repo.local=" + stagedRepo));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        return new Run(exit, Files.readString(log, StandardCharsets.UTF_8));
    }
}
