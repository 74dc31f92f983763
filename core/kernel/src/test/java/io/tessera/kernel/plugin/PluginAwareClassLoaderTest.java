package io.tessera.kernel.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginAwareClassLoaderTest {

    @Test
    void prefersTheApplicationAndThenFindsPluginResources(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("only-in-plugin.txt"), "plugin");
        try (URLClassLoader plugin = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            PluginAwareClassLoader loader = new PluginAwareClassLoader(getClass().getClassLoader(), List.of(plugin));

            assertThat(loader.getResource("only-in-plugin.txt")).isNotNull();
            assertThat(Collections.list(loader.getResources("only-in-plugin.txt"))).hasSize(1);
            assertThat(loader.getResource("META-INF/tessera/kernel.properties")).isNotNull();
            assertThatThrownBy(() -> loader.loadClass("io.tessera.plugins.none.Missing"))
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void applicationClassesKeepTheirIdentity() throws ClassNotFoundException {
        PluginAwareClassLoader loader = new PluginAwareClassLoader(getClass().getClassLoader(), List.of());
        assertThat(loader.loadClass(ModuleCatalog.class.getName())).isSameAs(ModuleCatalog.class);
    }
}
