package io.tessera.kernel.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupBannerTest {

    @Test
    void rendersOneAlignedBlockWithEveryLineInOrder() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("URL", "http://localhost:8080/");
        lines.put("Demo sign-in", "admin@demo.local / secret");
        lines.put("Data", "embedded H2 database in /srv/data");

        String banner = StartupBanner.render(lines);

        assertThat(banner.lines().toList()).containsSubsequence(
                "  Tessera is ready",
                "  URL:           http://localhost:8080/",
                "  Demo sign-in:  admin@demo.local / secret",
                "  Data:          embedded H2 database in /srv/data");
        assertThat(banner.lines().filter(line -> line.startsWith("====="))).hasSize(2);
    }

    @Test
    void namesTheDirectoryOfAnEmbeddedFileDatabase() {
        String location = StartupBanner.embeddedLocation("jdbc:h2:file:./data/tessera;MODE=PostgreSQL");

        assertThat(location).isEqualTo("in " + Path.of("data").toAbsolutePath().normalize());
        assertThat(StartupBanner.embeddedLocation("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
    }
}
