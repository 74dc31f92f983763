package io.tessera.tenants.modules;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.audit.AuditTrail;
import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.module.TenantModuleState;
import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.kernel.plugin.ModuleDependency;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.web.ApiException;
import io.tessera.sdk.InstallContext;
import io.tessera.sdk.TenantInstaller;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.tenants.data.ModuleErasure;
import io.tessera.tenants.data.ExportFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enables and detaches modules for the current tenant (D5). Enable takes the required-dependency
 * closure and runs each newly enabled module's installers, all in one transaction; detach keeps every
 * row and refuses while enabled modules depend on it, unless asked to cascade.
 */
@Service
public class ModuleLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ModuleLifecycle.class);

    private final ModuleCatalog catalog;
    private final ModuleAccess access;
    private final TransactionTemplate tx;
    private final ListableBeanFactory beans;
    private final ModuleTables tables;
    private final PurgeTokens tokens;
    private final ExportFiles exports;
    private final AuditTrail audit;
    private final ModuleErasure erasure;

    ModuleLifecycle(ModuleCatalog catalog, ModuleAccess access, TransactionTemplate tx, ListableBeanFactory beans,
                    ModuleTables tables, PurgeTokens tokens, ExportFiles exports, AuditTrail audit,
                    ModuleErasure erasure) {
        this.audit = audit;
        this.erasure = erasure;
        this.catalog = catalog;
        this.access = access;
        this.tx = tx;
        this.beans = beans;
        this.tables = tables;
        this.tokens = tokens;
        this.exports = exports;
    }

    /**
     * What a purge did.
     *
     * @param purged  modules whose data was deleted and whose state was reset to available
     * @param export  the export written before deleting (kept for the operator)
     * @param deleted rows deleted per table
     */
    public record PurgeResult(List<String> purged, String export, Map<String, Long> deleted) {
    }

    /**
     * Exports, then deletes the tenant's rows of the module and of every module that requires it, and
     * resets their state to available. Needs the confirmation token of a purge impact preview.
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public PurgeResult purge(String id, String token) {
        installed(id);
        TenantRef tenant = TenantContext.tenant().orElseThrow();
        if (!tokens.verify(token, tenant.id(), id)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "A valid confirmation token is required: request "
                    + "GET /api/v1/admin/modules/" + id + "/impact?action=purge and pass its confirmationToken (valid "
                    + PurgeTokens.VALIDITY.toMinutes() + " minutes)");
        }
        // dependents first, deepest first; the erasure orders them by their foreign keys as well
        List<String> modules = new ArrayList<>(dependents(id).reversed());
        modules.add(id);
        Path file = exports.newFile(tenant, id + "-purge");
        return exports.discardIfFailed(file, () -> tx.execute(status -> {
            Map<String, List<String>> moduleTables = new LinkedHashMap<>();
            for (String m : modules) {
                moduleTables.put(m, tables.of(m));
            }
            exports.write(file, moduleTables.values().stream().flatMap(List::stream).toList(), tenant);
            Map<String, Long> deleted = erasure.erase(moduleTables, tenant.id());
            access.clear(modules);
            audit.record("Module", id, "PURGE", Map.of("modules", modules, "deleted", deleted, "export", file.toString()));
            log.info("Tenant {} purged modules {}: {} (export {})", tenant.slug(), modules, deleted, file);
            return new PurgeResult(List.copyOf(modules), file.toString(), deleted);
        }));
    }

    /** Every installed module with its state for the current tenant. */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public List<ModuleStatus> list() {
        Map<String, TenantModuleState> states = tx.execute(s -> access.states());
        Set<String> enabled = enabled(states);
        return catalog.all().stream().map(m -> new ModuleStatus(m.id(), m.name(),
                m.category().map(Enum::name).orElse(null), m.description(), m.version().orElse(null),
                state(m, states), m.failure().orElse(null),
                m.dependencies().stream().filter(d -> !d.optional()).map(ModuleDependency::id).toList(),
                dependents(m.id()).stream().filter(enabled::contains).toList())).toList();
    }

    /** Enables the module and whatever it requires; returns the modules that were not enabled before. */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public List<String> enable(String id) {
        return enable(id, false);
    }

    /**
     * Enables the module and whatever it requires, optionally asking installers for demonstration data.
     *
     * @param id       module id
     * @param demoData whether installers add demo records
     * @return the modules that were not enabled before
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public List<String> enable(String id, boolean demoData) {
        List<InstalledModule> closure = closure(installed(id));
        TenantRef tenant = TenantContext.tenant().orElseThrow();
        return tx.execute(status -> {
            Map<String, TenantModuleState> states = access.states();
            List<String> newlyEnabled = closure.stream().map(InstalledModule::id)
                    .filter(m -> states.get(m) != TenantModuleState.ENABLED).toList();
            if (newlyEnabled.isEmpty()) {
                return newlyEnabled;
            }
            access.setState(newlyEnabled, TenantModuleState.ENABLED);
            for (String module : newlyEnabled) {
                for (TenantInstaller installer : installersOf(module)) {
                    try {
                        // seeding is trusted system work: it passes service checks whatever the admin's role holds
                        TenantContext.callAs(tenant, TenantContext.userId().orElse(null), () -> {
                            installer.install(new InstallContext(tenant, demoData));
                            return null;
                        });
                    } catch (RuntimeException e) {
                        log.error("Installer {} of module {} failed for tenant {}", installer.getClass().getName(), module,
                                tenant.slug(), e);
                        throw new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "Installing module '" + module
                                + "' failed, so nothing was enabled; the error has been logged");
                    }
                }
            }
            return newlyEnabled;
        });
    }

    /** Detaches the module (and, with cascade, its enabled dependents); returns the detached modules. */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public List<String> detach(String id, boolean cascade) {
        installed(id);
        return tx.execute(status -> {
            Set<String> enabled = enabled(access.states());
            if (!enabled.contains(id)) {
                throw ApiException.conflict("Module '" + id + "' is not enabled");
            }
            List<String> dependents = dependents(id).stream().filter(enabled::contains).toList();
            if (!dependents.isEmpty() && !cascade) {
                throw new ApiException(HttpStatus.CONFLICT, "Module '" + id + "' is required by enabled modules "
                        + dependents + "; detach them first or pass cascade=true", List.of(), Map.of("dependents", dependents));
            }
            List<String> detached = new ArrayList<>(dependents);
            detached.add(id);
            access.setState(detached, TenantModuleState.DETACHED);
            return detached;
        });
    }

    /** What enabling, detaching or purging the module would change for the current tenant (purge: with a confirmation token). */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Impact impact(String id, String action) {
        InstalledModule module = installed(id);
        UUID tenantId = TenantContext.tenant().orElseThrow().id();
        return tx.execute(status -> {
            Set<String> enabled = enabled(access.states());
            List<String> modules = switch (action) {
                case "enable" -> closure(module).stream().map(InstalledModule::id).filter(m -> !enabled.contains(m)).toList();
                case "detach" -> {
                    List<String> affected = new ArrayList<>(dependents(id).stream().filter(enabled::contains).toList());
                    affected.add(id);
                    yield affected;
                }
                case "purge" -> {
                    List<String> affected = new ArrayList<>(dependents(id));
                    affected.add(id);
                    yield affected;
                }
                default -> throw new ApiException(HttpStatus.BAD_REQUEST, "action must be enable, detach or purge");
            };
            List<Impact.TableRows> rows = new ArrayList<>();
            for (String m : modules) {
                for (String table : tables.of(m)) {
                    rows.add(new Impact.TableRows(m, table, tables.rows(table, tenantId)));
                }
            }
            String token = "purge".equals(action) ? tokens.issue(tenantId, id) : null;
            return new Impact(action, id, modules, rows, token);
        });
    }

    private InstalledModule installed(String id) {
        return catalog.find(id).orElseThrow(() -> ApiException.notFound("Module", id));
    }

    /** The module and its required dependencies, dependencies first; 409 if any is unusable. */
    private List<InstalledModule> closure(InstalledModule module) {
        LinkedHashSet<InstalledModule> ordered = new LinkedHashSet<>();
        collect(module, ordered, new LinkedHashSet<>());
        return List.copyOf(ordered);
    }

    private void collect(InstalledModule module, Set<InstalledModule> ordered, Set<String> visiting) {
        if (!module.healthy()) {
            throw new ApiException(HttpStatus.CONFLICT, "Module '" + module.id() + "' is unavailable on this server: "
                    + module.failure().orElse("failed"), List.of(), Map.of("module", module.id()));
        }
        if (!visiting.add(module.id())) {
            throw ApiException.conflict("Dependency cycle through module '" + module.id() + "'");
        }
        for (ModuleDependency dependency : module.dependencies()) {
            if (dependency.optional()) {
                continue;
            }
            InstalledModule target = catalog.find(dependency.id()).orElseThrow(() -> ApiException.conflict(
                    "Module '" + module.id() + "' requires '" + dependency.id() + "', which is not installed"));
            collect(target, ordered, visiting);
        }
        visiting.remove(module.id());
        ordered.add(module);
    }

    /** Installed modules that require this one, directly or transitively. */
    private List<String> dependents(String id) {
        Set<String> found = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (InstalledModule m : catalog.all()) {
                if (found.contains(m.id()) || m.id().equals(id)) {
                    continue;
                }
                boolean requires = m.dependencies().stream()
                        .anyMatch(d -> !d.optional() && (d.id().equals(id) || found.contains(d.id())));
                if (requires) {
                    found.add(m.id());
                    grew = true;
                }
            }
        }
        return List.copyOf(found);
    }

    private List<TenantInstaller> installersOf(String moduleId) {
        return beans.getBeansOfType(TenantInstaller.class).values().stream()
                .filter(i -> catalog.owning(AopUtils.getTargetClass(i)).map(m -> m.id().equals(moduleId)).orElse(false))
                .toList();
    }

    private static Set<String> enabled(Map<String, TenantModuleState> states) {
        Set<String> enabled = new LinkedHashSet<>();
        states.forEach((id, state) -> {
            if (state == TenantModuleState.ENABLED) {
                enabled.add(id);
            }
        });
        return enabled;
    }

    private static String state(InstalledModule module, Map<String, TenantModuleState> states) {
        if (!module.healthy()) {
            return "UNAVAILABLE";
        }
        TenantModuleState state = states.get(module.id());
        return state == null ? "AVAILABLE" : state.name();
    }
}
