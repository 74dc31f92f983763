package io.tessera.ui.kit.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds what is missing or broken in a message bundle across the languages Tessera offers, for a
 * test that fails on a key missing in English or German. Works for the kit's bundle and for any
 * module's: {@code assertThat(BundleCheck.problems("i18n.pipeline", getClass().getClassLoader(),
 * Locale.GERMAN)).isEmpty()}.
 */
public final class BundleCheck {

    private BundleCheck() {
    }

    /**
     * The keys of a bundle's base (English) file.
     *
     * @param baseName the bundle base name, e.g. {@code i18n.pipeline}
     * @param loader   the class loader that sees the bundle
     * @return the keys, sorted
     * @throws IllegalArgumentException if the base file does not exist
     */
    public static Set<String> keys(String baseName, ClassLoader loader) {
        return new TreeSet<>(load(baseName, "", loader).stringPropertyNames());
    }

    /**
     * Every problem of a bundle: a key of the base file missing or blank in a translation, a key of a
     * translation that the base file lacks, a blank value, or a value that is not a valid
     * {@link MessageFormat} pattern.
     *
     * @param baseName     the bundle base name
     * @param loader       the class loader that sees the bundle
     * @param translations the languages besides the English base, e.g. {@link Locale#GERMAN}
     * @return one readable line per problem; empty when the bundle is complete
     */
    public static List<String> problems(String baseName, ClassLoader loader, Locale... translations) {
        List<String> problems = new ArrayList<>();
        Properties base = load(baseName, "", loader);
        check(baseName, "en", base, problems);
        for (Locale locale : translations) {
            String suffix = "_" + locale.getLanguage();
            Properties translated = load(baseName, suffix, loader);
            check(baseName, locale.getLanguage(), translated, problems);
            for (String key : new TreeSet<>(base.stringPropertyNames())) {
                if (!translated.containsKey(key)) {
                    problems.add(baseName + suffix + ": missing key " + key);
                }
            }
            for (String key : new TreeSet<>(translated.stringPropertyNames())) {
                if (!base.containsKey(key)) {
                    problems.add(baseName + ": missing key " + key + " (present in " + suffix + ")");
                }
            }
        }
        return problems;
    }

    private static void check(String baseName, String language, Properties bundle, List<String> problems) {
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            String value = bundle.getProperty(key);
            if (value.isBlank()) {
                problems.add(baseName + " (" + language + "): blank value for " + key);
                continue;
            }
            try {
                new MessageFormat(value, Locale.forLanguageTag(language));
            } catch (IllegalArgumentException e) {
                problems.add(baseName + " (" + language + "): " + key + " is not a valid message pattern: " + e.getMessage());
            }
        }
    }

    private static Properties load(String baseName, String suffix, ClassLoader loader) {
        String resource = baseName.replace('.', '/') + suffix + ".properties";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No message bundle file " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
