package io.tessera.ui.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shell's bundles are complete: English and German hold the same keys, no value is blank, and
 * every literal key the code passes to {@code getTranslation} exists (keys built at run time from a
 * prefix are checked for each value they can take).
 */
class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-z0-9.-]*[a-z0-9-])\"");
    private static final Pattern PREFIX_KEY = Pattern.compile("getTranslation\\(\"([a-z0-9.-]+\\.)\" *\\+");

    @Test
    void englishAndGermanHoldTheSameKeys() {
        ResourceBundle en = Messages.shellBundle(Locale.ENGLISH);
        ResourceBundle de = Messages.shellBundle(Locale.GERMAN);
        assertThat(de.getLocale()).isEqualTo(Locale.GERMAN);
        Set<String> english = new TreeSet<>(en.keySet());
        Set<String> german = new TreeSet<>(de.keySet());
        assertThat(german).as("keys missing in German").containsAll(english);
        assertThat(english).as("keys missing in English").containsAll(german);
        for (String key : english) {
            assertThat(en.getString(key)).as("English " + key).isNotBlank();
            assertThat(de.getString(key)).as("German " + key).isNotBlank();
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() {
        Set<String> known = Messages.shellBundle(Locale.ENGLISH).keySet();
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (String source : sources()) {
            Matcher literal = LITERAL_KEY.matcher(source);
            while (literal.find()) {
                used.add(literal.group(1));
            }
            Matcher prefix = PREFIX_KEY.matcher(source);
            while (prefix.find()) {
                prefixes.add(prefix.group(1));
            }
        }
        assertThat(used).as("literal keys found in the code").hasSizeGreaterThan(100);
        Set<String> ownKeys = new TreeSet<>(used);
        ownKeys.removeIf(k -> k.startsWith("kit."));
        assertThat(known).as("keys used in the code but missing from messages.properties").containsAll(ownKeys);
        for (String prefix : prefixes) {
            assertThat(known).as("keys under " + prefix).anyMatch(k -> k.startsWith(prefix));
        }
        for (String state : Set.of("available", "enabled", "detached", "unavailable")) {
            assertThat(known).contains("modules.state." + state);
        }
        for (String action : Set.of("enable", "detach", "purge")) {
            assertThat(known).contains("modules.action." + action, "modules.impact.title." + action,
                    "modules.impact.modules." + action, "modules.done." + action);
        }
        for (String category : Set.of("crm", "erp", "platform", "other")) {
            assertThat(known).contains("modules.category." + category);
        }
        assertThat(known).contains("tenants.status.active", "tenants.status.suspended");
    }

    @Test
    void aMissingKeyShowsAsSuchInsteadOfFailing() {
        Messages messages = new Messages(new io.tessera.ui.app.shell.ModuleViews(
                new org.springframework.beans.factory.support.StaticListableBeanFactory()
                        .getBeanProvider(io.tessera.ui.kit.ModuleUi.class), null));
        assertThat(messages.getTranslation("no.such.key", Locale.GERMAN)).isEqualTo("!no.such.key!");
        assertThat(messages.getTranslation("modules.requires", Locale.GERMAN, "catalog")).isEqualTo("Benötigt: catalog");
        assertThat(messages.getTranslation("kit.nav.group.crm", Locale.ENGLISH)).isNotEqualTo("!kit.nav.group.crm!");
    }

    private static Set<String> sources() {
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            Set<String> sources = new java.util.HashSet<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(file));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
