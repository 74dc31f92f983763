package io.tessera.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an export the kernel wrote (a zip of JSON-lines files, one per table), for tests of export, purge and
 * offboarding.
 */
public final class ExportZip {

    private ExportZip() {
    }

    /**
     * The export's entries with their lines.
     *
     * @param zip the zip's bytes
     * @return entry name → its lines (empty for an empty entry)
     * @throws UncheckedIOException if the bytes are not a readable zip
     */
    public static Map<String, List<String>> lines(byte[] zip) {
        Map<String, List<String>> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                entries.put(entry.getName(), text.isEmpty() ? List.of() : List.of(text.split("\n")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
