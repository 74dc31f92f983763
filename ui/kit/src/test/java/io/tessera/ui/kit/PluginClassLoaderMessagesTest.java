package io.tessera.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module's bundle lives only in its plugin's class loader, as with PF4J: the test compiles a
 * {@code ModuleUi} into a directory that the test class path does not see, loads it with its own
 * class loader, and resolves its keys through {@link ModuleMessages}.
 */
class PluginClassLoaderMessagesTest {

    @TempDir
    Path plugin;

    @Test
    void keysResolveWithTheClassLoaderOfTheModulesUi() throws Exception {
        Path source = write("io/tessera/plugins/notes/NotesUi.java", """
                package io.tessera.plugins.notes;
                public class NotesUi implements io.tessera.ui.kit.ModuleUi {
                    public String moduleId() { return "notes"; }
                }
                """);
        write("i18n/notes.properties", "notes.nav.list=Notes\nnotes.count={0,number,integer} notes\n");
        write("i18n/notes_de.properties", "notes.nav.list=Notizen\nnotes.count={0,number,integer} Notizen\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int exit = javac.run(null, null, null, "-d", plugin.toString(),
                "-cp", System.getProperty("java.class.path"), source.toString());
        assertThat(exit).isZero();

        assertThat(getClass().getClassLoader().getResource("i18n/notes.properties")).isNull();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {plugin.toUri().toURL()}, getClass().getClassLoader())) {
            ModuleUi notes = (ModuleUi) loader.loadClass("io.tessera.plugins.notes.NotesUi")
                    .getDeclaredConstructor().newInstance();
            ModuleMessages messages = new ModuleMessages(List.of(notes));

            assertThat(messages.find("notes.nav.list", Locale.ENGLISH)).contains("Notes");
            assertThat(messages.find("notes.nav.list", Locale.GERMAN)).contains("Notizen");
            assertThat(messages.find("notes.count", Locale.GERMAN, 1234)).contains("1.234 Notizen");
            assertThat(messages.find("kit.form.save", Locale.GERMAN)).contains("Speichern");
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = plugin.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
