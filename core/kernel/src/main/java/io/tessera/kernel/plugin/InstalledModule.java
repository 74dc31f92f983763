package io.tessera.kernel.plugin;

import io.tessera.sdk.ModuleCategory;
import io.tessera.sdk.TesseraModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A plugin found in the plugins directory, healthy or not.
 */
public final class InstalledModule {

    private final String id;
    private final String version;
    private final List<ModuleDependency> dependencies;
    private final Path path;
    private final TesseraModule module;
    private final ClassLoader classLoader;
    private String failure;

    InstalledModule(String id, String version, List<ModuleDependency> dependencies, Path path,
                    TesseraModule module, ClassLoader classLoader, String failure) {
        this.id = id;
        this.version = version;
        this.dependencies = List.copyOf(dependencies);
        this.path = path;
        this.module = module;
        this.classLoader = classLoader;
        this.failure = failure;
    }

    public String id() {
        return id;
    }

    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    public List<ModuleDependency> dependencies() {
        return dependencies;
    }

    public Path path() {
        return path;
    }

    /** The module's name, or its id when it could not be read. */
    public String name() {
        return module == null ? id : module.name();
    }

    public Optional<ModuleCategory> category() {
        return Optional.ofNullable(module).map(TesseraModule::category);
    }

    public String description() {
        return module == null ? "" : module.description();
    }

    public ModuleState state() {
        return failure == null ? ModuleState.STARTED : ModuleState.FAILED;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public boolean healthy() {
        return failure == null;
    }

    /** The module declaration; present when the plugin got as far as declaring one. */
    public Optional<TesseraModule> module() {
        return Optional.ofNullable(module);
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    void fail(String reason) {
        if (failure == null) {
            failure = reason;
        }
    }
}
