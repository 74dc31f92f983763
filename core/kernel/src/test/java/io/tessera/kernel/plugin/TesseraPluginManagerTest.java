package io.tessera.kernel.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginState;
import org.pf4j.PluginStateEvent;
import org.pf4j.PluginWrapper;

/** The shutdown sequence the kernel runs (stop, then unload) on real plugin jars loaded by PF4J. */
class TesseraPluginManagerTest {

    @TempDir
    Path plugins;

    @Test
    void stopsEveryStartedPluginDependentsFirstThenUnloadsThem() throws IOException {
        jar("base", null);
        jar("addon", "base");
        jar("extra", "addon");
        TesseraPluginManager manager = new TesseraPluginManager(plugins, "0.1.0");
        manager.loadPlugins();
        manager.startPlugins();
        assertThat(manager.getStartedPlugins()).extracting(PluginWrapper::getPluginId)
                .containsExactly("base", "addon", "extra");
        List<String> stopped = new ArrayList<>();
        manager.addPluginStateListener((PluginStateEvent event) -> {
            if (event.getPluginState() == PluginState.STOPPED) {
                stopped.add(event.getPlugin().getPluginId());
            }
        });

        manager.stopPlugins();

        assertThat(stopped).containsExactly("extra", "addon", "base");
        assertThat(manager.getStartedPlugins()).isEmpty();
        assertThat(manager.getPlugins()).allMatch(p -> p.getPluginState() == PluginState.STOPPED);

        manager.unloadPlugins();

        assertThat(manager.getPlugins()).isEmpty();
    }

    /** A plugin jar with only a PF4J manifest: PF4J gives it its plain {@code Plugin}. */
    private void jar(String id, String dependency) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", id);
        main.putValue("Plugin-Version", "1.0.0");
        if (dependency != null) {
            main.putValue("Plugin-Dependencies", dependency);
        }
        try (OutputStream out = Files.newOutputStream(plugins.resolve(id + ".jar"));
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.finish();
        }
    }
}
