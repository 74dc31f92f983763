package io.tessera.kernel.plugin;

import io.tessera.kernel.migration.DatabaseSettings;
import io.tessera.kernel.migration.SchemaMigrator;
import io.tessera.sdk.TesseraModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotatedBeanDefinitionReader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Runs before the application context refreshes (D1): loads the plugins, migrates the kernel's
 * schema and then each healthy module's in dependency order, and registers the healthy modules'
 * components and the {@link ModuleCatalog} in the context. A broken plugin is marked FAILED and
 * the server starts without it; a failing kernel migration stops the server.
 */
public final class PluginBootstrap implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PluginBootstrap.class);

    /**
     * With this property {@code true} the bootstrap runs the migrations of the kernel and every plugin (whatever
     * {@code spring.liquibase.enabled} says), unloads the plugins and registers nothing: for a migration job that
     * starts an otherwise empty context and exits. Without it, {@code spring.liquibase.enabled=false} makes a node
     * skip the migrations (the job ran them).
     */
    public static final String MIGRATIONS_ONLY = "tessera.migrations.only";

    /** Instantiated through {@code META-INF/spring.factories}. */
    public PluginBootstrap() {
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        Path pluginsDir = Path.of(env.getRequiredProperty("tessera.plugins.dir")).toAbsolutePath().normalize();
        long started = System.nanoTime();

        PluginLoader.Loaded loaded = new PluginLoader(pluginsDir, KernelVersion.sdkVersion()).load();
        boolean migrationsOnly = env.getProperty(MIGRATIONS_ONLY, Boolean.class, false);
        if (migrationsOnly || env.getProperty("spring.liquibase.enabled", Boolean.class, true)) {
            migrate(DatabaseSettings.from(env), loaded.modules());
        } else {
            log.info("spring.liquibase.enabled=false: this node runs no migration (a migration job runs them)");
        }
        if (migrationsOnly) {
            List<String> failed = loaded.modules().stream().filter(m -> !m.healthy()).map(InstalledModule::id).toList();
            loaded.manager().stopPlugins();
            loaded.manager().unloadPlugins();
            if (!failed.isEmpty()) {
                throw new IllegalStateException("Plugins failed to load or migrate (see the log above): " + failed);
            }
            log.info("Migrations of the kernel and {} plugins done in {} ms ({}=true: nothing else starts)",
                    loaded.modules().size(), (System.nanoTime() - started) / 1_000_000, MIGRATIONS_ONLY);
            return;
        }
        ModuleCatalog catalog = new ModuleCatalog(loaded.modules());

        ClassLoader application = PluginBootstrap.class.getClassLoader();
        ClassLoader contextLoader = new PluginAwareClassLoader(application,
                catalog.healthy().stream().map(InstalledModule::classLoader).toList());
        if (context instanceof DefaultResourceLoader resourceLoader) {
            resourceLoader.setClassLoader(contextLoader);
        }
        context.getBeanFactory().setBeanClassLoader(contextLoader);
        // registered first, so destroyed last: plugin classloaders close after every bean is gone
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry singletons) {
            singletons.registerDisposableBean("tesseraPluginShutdown", () -> {
                loaded.manager().stopPlugins();
                loaded.manager().unloadPlugins();
            });
        }
        context.getBeanFactory().registerSingleton("tesseraModuleCatalog", catalog);
        registerComponents(context, catalog);
        log.info("Plugins from {}: {} started, {} failed, in {} ms", pluginsDir, catalog.healthy().size(),
                catalog.all().size() - catalog.healthy().size(), (System.nanoTime() - started) / 1_000_000);
    }

    private static void migrate(DatabaseSettings settings, List<InstalledModule> modules) {
        try (SchemaMigrator migrator = new SchemaMigrator(settings)) {
            migrator.migrateKernel();
            for (InstalledModule module : modules) {
                failIfRequiredDependencyFailed(module, modules);
                if (!module.healthy()) {
                    continue;
                }
                TesseraModule declaration = module.module().orElseThrow();
                Optional<String> changelog = declaration.changelog();
                if (changelog.isPresent()) {
                    migrator.migrateModule(module.id(), changelog.get(), module.classLoader()).ifPresent(failure -> {
                        module.fail(failure);
                        log.error("Plugin {} FAILED: {}", module.id(), failure);
                    });
                }
            }
        }
    }

    private static void failIfRequiredDependencyFailed(InstalledModule module, List<InstalledModule> modules) {
        for (ModuleDependency dependency : module.dependencies()) {
            if (dependency.optional()) {
                continue;
            }
            modules.stream()
                    .filter(other -> other.id().equals(dependency.id()) && !other.healthy())
                    .findFirst()
                    .ifPresent(failed -> module.fail("Requires plugin '" + failed.id() + "', which failed"));
        }
    }

    private static void registerComponents(ConfigurableApplicationContext context, ModuleCatalog catalog) {
        if (!(context.getBeanFactory() instanceof BeanDefinitionRegistry registry)) {
            throw new IllegalStateException("Unsupported application context " + context.getClass());
        }
        AnnotatedBeanDefinitionReader reader = new AnnotatedBeanDefinitionReader(registry, context.getEnvironment());
        for (InstalledModule module : catalog.healthy()) {
            for (Class<?> component : module.module().orElseThrow().components()) {
                reader.registerBean(component, module.id() + ":" + component.getName());
            }
        }
    }
}
