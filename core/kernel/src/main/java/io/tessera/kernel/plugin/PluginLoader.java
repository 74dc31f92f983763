package io.tessera.kernel.plugin;

import io.tessera.sdk.TesseraModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads, resolves and starts every plugin in the plugins directory and reads each one's
 * {@link TesseraModule} declaration. Never throws for a broken plugin: it is recorded as FAILED.
 */
final class PluginLoader {

    private static final Logger log = LoggerFactory.getLogger(PluginLoader.class);

    private final Path pluginsDir;
    private final String kernelVersion;

    PluginLoader(Path pluginsDir, String kernelVersion) {
        this.pluginsDir = pluginsDir;
        this.kernelVersion = kernelVersion;
    }

    record Loaded(TesseraPluginManager manager, List<InstalledModule> modules) {
    }

    Loaded load() {
        if (!Files.isDirectory(pluginsDir)) {
            log.warn("Plugins directory {} does not exist; starting without plugins", pluginsDir);
        }
        TesseraPluginManager manager = new TesseraPluginManager(pluginsDir, kernelVersion);
        manager.loadPlugins();
        manager.startPlugins();

        List<InstalledModule> modules = new ArrayList<>();
        for (PluginWrapper plugin : manager.getResolvedPlugins()) {
            modules.add(describe(manager, plugin));
        }
        for (TesseraPluginManager.Rejected rejected : manager.rejected().values()) {
            modules.add(new InstalledModule(rejected.descriptor().getPluginId(), rejected.descriptor().getVersion(),
                    dependencies(rejected.descriptor()), rejected.path(), null, null, rejected.reason()));
        }
        for (Map.Entry<Path, String> unreadable : manager.unreadable().entrySet()) {
            modules.add(new InstalledModule(unreadable.getKey().getFileName().toString(), null, List.of(),
                    unreadable.getKey(), null, null, "Cannot load plugin (its manifest needs Plugin-Id and Plugin-Version): "
                            + unreadable.getValue()));
        }
        for (InstalledModule module : modules) {
            if (module.healthy()) {
                log.info("Plugin {} {} started", module.id(), module.version().orElse("?"));
            } else {
                log.error("Plugin {} FAILED: {}", module.id(), module.failure().orElseThrow());
            }
        }
        return new Loaded(manager, modules);
    }

    private InstalledModule describe(TesseraPluginManager manager, PluginWrapper plugin) {
        PluginDescriptor descriptor = plugin.getDescriptor();
        String failure = null;
        TesseraModule module = null;
        if (plugin.getPluginState() == PluginState.DISABLED && plugin.getFailedException() != null) {
            failure = "Requires Tessera " + descriptor.getRequires() + ", but this server provides " + kernelVersion;
        } else if (plugin.getPluginState() != PluginState.STARTED) {
            Throwable cause = plugin.getFailedException();
            failure = "Did not start (" + plugin.getPluginState() + ")" + (cause == null ? "" : ": " + Failures.describe(cause));
        } else if (RESERVED_IDS.contains(plugin.getPluginId())) {
            failure = "Plugin id '" + plugin.getPluginId() + "' is reserved by the kernel " + RESERVED_IDS;
        } else {
            try {
                List<TesseraModule> declared = manager.getExtensions(TesseraModule.class, plugin.getPluginId());
                if (declared.size() != 1) {
                    failure = "Must declare exactly one @Extension implementing " + TesseraModule.class.getName()
                            + ", found " + declared.size();
                } else {
                    module = declared.getFirst();
                    validate(plugin.getPluginId(), module);
                }
            } catch (RuntimeException | LinkageError e) {
                failure = "Invalid module declaration: " + Failures.describe(e);
                module = null;
            }
        }
        return new InstalledModule(plugin.getPluginId(), descriptor.getVersion(), dependencies(descriptor),
                plugin.getPluginPath(), module, plugin.getPluginClassLoader(), failure);
    }

    /** Path segments of /api/v1/ that belong to the kernel, so no module may take them as its id. */
    static final Set<String> RESERVED_IDS = Set.of("admin", "platform", "parties", "kernel", "me");

    private static void validate(String id, TesseraModule module) {
        if (module.name() == null || module.name().isBlank()) {
            throw new IllegalStateException("name() must not be blank");
        }
        if (module.category() == null) {
            throw new IllegalStateException("category() must not be null");
        }
        // touch every declared class list so that a missing class fails here, not at context refresh
        module.entityClasses().forEach(Class::getName);
        module.components().forEach(Class::getName);
        module.permissions().forEach(p -> p.key());
        HandlerPaths.requireUnderModulePrefix(id, module.components());
    }

    private static List<ModuleDependency> dependencies(PluginDescriptor descriptor) {
        return descriptor.getDependencies().stream()
                .map((PluginDependency d) -> new ModuleDependency(d.getPluginId(), d.getPluginVersionSupport(), d.isOptional()))
                .toList();
    }
}
