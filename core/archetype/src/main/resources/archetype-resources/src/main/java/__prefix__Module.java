package ${package};

import io.tessera.sdk.Components;
import io.tessera.sdk.ModuleCategory;
import io.tessera.sdk.Permission;
import io.tessera.sdk.TesseraModule;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** The {@code ${id}} module's declaration: the kernel reads it once at boot. */
@Extension
public class ${prefix}Module implements TesseraModule {

    static final String ID = "${id}";
    static final String READ = ID + ".read";
    static final String WRITE = ID + ".write";

    /** Created by PF4J. */
    public ${prefix}Module() {
    }

    @Override
    public String name() {
        return "${name}";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.${category};
    }

    @Override
    public String description() {
        return "${name}: entries your team keeps, listed and edited in the UI and over the API.";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(${prefix}Entry.class);
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/${id}.xml");
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(READ, "See ${name} entries", true),
                new Permission(WRITE, "Create, change and delete ${name} entries", true));
    }

    @Override
    public List<Class<?>> components() {
        return Components.of(${prefix}Module.class, ${prefix}Service.class, ${prefix}Controller.class,
                        ${prefix}Installer.class)
                // the views need the shell's UI kit; a headless server gets the API alone
                .withUi(() -> List.of(${prefix}Ui.class))
                .list();
    }
}
