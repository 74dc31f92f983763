package io.tessera.tenants;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
        Map<String, List<String>> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                entries.put(entry.getName(), text.isEmpty() ? List.of() : List.of(text.split("\n")));
            }
        }
        return entries;
    }

    /** Entry name → its lines, from a file. */
    static Map<String, List<String>> lines(Path zip) throws IOException {
        return lines(Files.readAllBytes(zip));
    }
}
