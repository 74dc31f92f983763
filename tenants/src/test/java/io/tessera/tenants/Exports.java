package io.tessera.tenants;

import io.tessera.testkit.ExportZip;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads the zip exports that purge, offboarding and the export endpoint write. */
final class Exports {

    private Exports() {
    }

    /** A fresh directory for a test class's exports. */
    static Path tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entry name → its lines. */
    static Map<String, List<String>> lines(byte[] zip) throws IOException {
        return ExportZip.lines(zip);
    }

    /** Entry name → its lines, from a file. */
    static Map<String, List<String>> lines(Path zip) throws IOException {
        return lines(Files.readAllBytes(zip));
    }
}
