package io.tessera.kernel.module;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.kernel.plugin.ModuleDependency;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.InstallContext;
import io.tessera.sdk.TenantInstaller;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.security.RequiresPermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one owner of a tenant's module lifecycle (D5): enable takes the required-dependency closure in the
 * {@link ModuleCatalog}'s dependency order and runs each newly enabled module's installers, all in one transaction;
 * detach keeps every row and refuses while enabled modules require the module, unless asked to cascade; purge
 * resets the state of the module and of every module that requires it, around the caller's data step (export and
 * erasure), in one transaction. The marketplace API, the admin UI, the demo tenant and the test kit all go through
 * this service.
 */
@Service
public class ModuleLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ModuleLifecycle.class);

    private final ModuleCatalog catalog;
    private final ModuleAccess access;
    private final ModuleInstallers installers;
    private final TransactionTemplate tx;

    ModuleLifecycle(ModuleCatalog catalog, ModuleAccess access, ModuleInstallers installers, TransactionTemplate tx) {
        this.catalog = catalog;
        this.access = access;
        this.installers = installers;
        this.tx = tx;
    }

    /**
     * Enables the module and whatever it requires for the current tenant, optionally asking installers for
     * demonstration data. Nothing is enabled when one installer fails.
     *
     * @param id       module id
     * @param demoData whether installers add demo records
     * @return the modules that were not enabled before, dependencies first
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public List<String> enable(String id, boolean demoData) {
        List<InstalledModule> closure = closure(id);
        TenantRef tenant = TenantContext.tenant().orElseThrow();
        return tx.execute(status -> {
            Set<String> enabled = access.enabled();
            List<String> newlyEnabled = closure.stream().map(InstalledModule::id).filter(m -> !enabled.contains(m)).toList();
            if (newlyEnabled.isEmpty()) {
                return newlyEnabled;
            }
            access.setState(newlyEnabled, TenantModuleState.ENABLED);
            for (String module : newlyEnabled) {
                install(tenant, module, demoData);
            }
            return newlyEnabled;
        });
    }

    private void install(TenantRef tenant, String module, boolean demoData) {
        for (TenantInstaller installer : installers.of(module)) {
            try {
                // seeding is trusted system work: it passes service checks whatever the admin's role holds
                TenantContext.callAs(tenant, TenantContext.userId().orElse(null), () -> {
                    installer.install(new InstallContext(tenant, demoData));
                    return null;
                });
            } catch (RuntimeException e) {
                log.error("Installer {} of module {} failed for tenant {}", installer.getClass().getName(), module,
                        tenant.slug(), e);
                throw new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR.value(), "Installing module '" + module
                        + "' failed, so nothing was enabled; the error has been logged");
            }
        }
    }

    /**
     * Detaches the module (and, with cascade, its enabled dependents) for the current tenant; their data stays.
     *
     * @param id      module id
     * @param cascade whether enabled modules that require it are detached too (otherwise they make it a 409)
     * @return the detached modules, the module itself last
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public List<String> detach(String id, boolean cascade) {
        installed(id);
        return tx.execute(status -> {
            Set<String> enabled = access.enabled();
            if (!enabled.contains(id)) {
                throw ApiProblem.conflict("Module '" + id + "' is not enabled");
            }
            List<String> dependents = dependents(id).stream().filter(enabled::contains).toList();
            if (!dependents.isEmpty() && !cascade) {
                throw new ApiProblem(HttpStatus.CONFLICT.value(), "Module '" + id + "' is required by enabled modules "
                        + dependents + "; detach them first or pass cascade=true", List.of(), Map.of("dependents", dependents));
            }
            List<String> detached = new ArrayList<>(dependents);
            detached.add(id);
            access.setState(detached, TenantModuleState.DETACHED);
            return detached;
        });
    }

    /**
     * Purges the module and every module that requires it for the current tenant: in one transaction, the data
     * step gets those modules (dependents first, deepest first) and exports and deletes their rows; then their
     * state is forgotten, so they are simply available again. If the data step fails, nothing changes.
     *
     * @param id   module id
     * @param data the data step (export, erasure, audit), given the modules in deletion order
     * @param <T>  what the data step reports
     * @return the data step's report
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public <T> T purge(String id, Function<List<String>, T> data) {
        installed(id);
        List<String> modules = purgeOrder(id);
        return tx.execute(status -> {
            T report = data.apply(modules);
            access.clear(modules);
            return report;
        });
    }

    /**
     * The modules a purge of this one affects, in deletion order: the modules that require it, deepest first,
     * then the module itself.
     *
     * @param id module id
     * @return the modules
     */
    public List<String> purgeOrder(String id) {
        List<String> modules = new ArrayList<>(dependents(id).reversed());
        modules.add(id);
        return List.copyOf(modules);
    }

    /**
     * The module and every module it requires, directly or transitively, in dependency order (dependencies first).
     *
     * @param id module id
     * @return the closure
     * @throws ApiProblem 404 when the module is not installed; 409 when it or a required module is missing or
     *                      unavailable on this server
     */
    public List<InstalledModule> closure(String id) {
        installed(id);
        List<InstalledModule> all = catalog.all();
        // the catalog lists dependencies before their dependents: walking it backwards sees every module that
        // needs a dependency before the dependency itself
        Set<String> needed = new HashSet<>(Set.of(id));
        for (InstalledModule module : all.reversed()) {
            if (needed.contains(module.id())) {
                for (ModuleDependency dependency : module.dependencies()) {
                    if (!dependency.optional()) {
                        if (catalog.find(dependency.id()).isEmpty()) {
                            throw new ApiProblem(HttpStatus.CONFLICT.value(), "Module '" + module.id() + "' requires '"
                                    + dependency.id() + "', which is not installed", List.of(), Map.of("module", dependency.id()));
                        }
                        needed.add(dependency.id());
                    }
                }
            }
        }
        List<InstalledModule> closure = all.stream().filter(m -> needed.contains(m.id())).toList();
        for (InstalledModule module : closure) {
            if (!module.healthy()) {
                throw new ApiProblem(HttpStatus.CONFLICT.value(), "Module '" + module.id() + "' is unavailable on this server: "
                        + module.failure().orElse("failed"), List.of(), Map.of("module", module.id()));
            }
        }
        return closure;
    }

    /**
     * The installed modules that require this one, directly or transitively, in dependency order.
     *
     * @param id module id
     * @return the dependents
     */
    public List<String> dependents(String id) {
        Set<String> found = new LinkedHashSet<>(Set.of(id));
        for (InstalledModule module : catalog.all()) {
            if (module.dependencies().stream().anyMatch(d -> !d.optional() && found.contains(d.id()))) {
                found.add(module.id());
            }
        }
        found.remove(id);
        return List.copyOf(found);
    }

    private InstalledModule installed(String id) {
        return catalog.find(id).orElseThrow(() -> ApiProblem.notFound("Module", id));
    }
}
