package io.tessera.kernel.plugin;

import java.util.List;
import java.util.Optional;

/**
 * Every plugin found at boot, in dependency order (dependencies first), with its state. Fixed once
 * the application context refreshes: installing a plugin version means a restart (D1).
 */
public final class ModuleCatalog {

    private final List<InstalledModule> modules;

    ModuleCatalog(List<InstalledModule> modules) {
        this.modules = List.copyOf(modules);
    }

    /** All plugins, healthy and failed. */
    public List<InstalledModule> all() {
        return modules;
    }

    /** The plugins that started, in dependency order. */
    public List<InstalledModule> healthy() {
        return modules.stream().filter(InstalledModule::healthy).toList();
    }

    /** A plugin by id. */
    public Optional<InstalledModule> find(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The healthy plugin whose classloader defined the class, if any. */
    public Optional<InstalledModule> owning(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return healthy().stream().filter(m -> m.classLoader() == loader).findFirst();
    }

    /** The healthy modules' JPA entity class names. */
    public List<String> entityClassNames() {
        return healthy().stream()
                .flatMap(m -> m.module().orElseThrow().entityClasses().stream())
                .map(Class::getName)
                .toList();
    }
}
