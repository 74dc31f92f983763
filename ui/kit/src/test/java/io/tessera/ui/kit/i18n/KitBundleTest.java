package io.tessera.ui.kit.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.ui.kit.ModuleMessages;
import io.tessera.ui.kit.NavGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KitBundleTest {

    static final ClassLoader LOADER = KitBundleTest.class.getClassLoader();

    @Test
    void englishAndGermanHoldTheSameValidKeys() {
        assertThat(BundleCheck.problems(ModuleMessages.KIT_BUNDLE, LOADER, Locale.GERMAN)).isEmpty();
    }

    @Test
    void everyKeyTheKitUsesIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(kit\\.[a-z0-9.]+[a-z0-9])\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (NavGroup group : NavGroup.values()) {
            used.add(group.labelKey());
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(BundleCheck.keys(ModuleMessages.KIT_BUNDLE, LOADER)).containsAll(used);
        Set<String> sameInBothLanguages = Set.of("kit.nav.group.crm", "kit.nav.group.erp");
        for (String key : used) {
            String german = KitMessages.get(Locale.GERMAN, key, 1, 2, 3);
            assertThat(german).as(key).isNotBlank();
            if (!sameInBothLanguages.contains(key)) {
                assertThat(german).as("%s is translated", key).isNotEqualTo(KitMessages.get(Locale.ENGLISH, key, 1, 2, 3));
            }
        }
    }

    @Test
    void theCheckFindsMissingBlankAndBrokenEntries() {
        assertThat(BundleCheck.problems("i18n.broken", LOADER, Locale.GERMAN)).containsExactlyInAnyOrder(
                "i18n.broken (en): blank value for broken.blank",
                "i18n.broken (de): broken.pattern is not a valid message pattern: Unmatched braces in the pattern.",
                "i18n.broken_de: missing key broken.blank",
                "i18n.broken_de: missing key broken.only.english",
                "i18n.broken: missing key broken.only.german (present in _de)");
        assertThatThrownBy(() -> BundleCheck.problems("i18n.none", LOADER, Locale.GERMAN))
                .hasMessageContaining("i18n/none.properties");
    }
}
