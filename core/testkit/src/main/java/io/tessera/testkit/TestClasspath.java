package io.tessera.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The test JVM's class path, with manifest {@code Class-Path} entries expanded (Surefire may start
 * tests through a manifest-only jar), for compiling plugin sources against the same libraries.
 */
final class TestClasspath {

    private TestClasspath() {
    }

    static String get() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            add(Path.of(entry), entries);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void add(Path entry, Set<String> entries) {
        if (!Files.exists(entry) || !entries.add(entry.toString()) || Files.isDirectory(entry)) {
            return;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return;
            }
            for (String item : classPath.trim().split("\\s+")) {
                if (item.isEmpty()) {
                    continue;
                }
                URI uri = entry.toUri().resolve(item);
                add(Path.of(uri), entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + entry, e);
        }
    }
}
