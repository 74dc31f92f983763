package io.tessera.tenants.modules;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.audit.AuditLogService;
import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.module.ModuleLifecycle;
import io.tessera.kernel.module.TenantModuleState;
import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.kernel.plugin.ModuleDependency;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.tenants.data.ExportFiles;
import io.tessera.tenants.data.ModuleErasure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant admin's view of the modules (D5): the list with states, the impact preview of an action, and the data
 * side of a purge (export first, then erasure, audited). Enabling, detaching and the state side of a purge belong
 * to the kernel's {@link ModuleLifecycle}, which this class calls.
 */
@Service
public class ModuleMarketplace {

    private static final Logger log = LoggerFactory.getLogger(ModuleMarketplace.class);

    private final ModuleCatalog catalog;
    private final ModuleLifecycle lifecycle;
    private final ModuleAccess access;
    private final TransactionTemplate tx;
    private final ModuleTables tables;
    private final PurgeTokens tokens;
    private final ExportFiles exports;
    private final AuditLogService audit;
    private final ModuleErasure erasure;

    ModuleMarketplace(ModuleCatalog catalog, ModuleLifecycle lifecycle, ModuleAccess access, TransactionTemplate tx,
                      ModuleTables tables, PurgeTokens tokens, ExportFiles exports, AuditLogService audit, ModuleErasure erasure) {
        this.catalog = catalog;
        this.lifecycle = lifecycle;
        this.access = access;
        this.tx = tx;
        this.tables = tables;
        this.tokens = tokens;
        this.exports = exports;
        this.audit = audit;
        this.erasure = erasure;
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
     * resets their state to available (through the kernel's lifecycle). Needs the confirmation token of a purge
     * impact preview.
     *
     * @param id    module id
     * @param token the confirmation token of {@link #impact(String, String) impact(id, "purge")}
     * @return what was purged
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public PurgeResult purge(String id, String token) {
        installed(id);
        TenantRef tenant = TenantContext.tenant().orElseThrow();
        if (!tokens.verify(token, tenant.id(), id)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST.value(), "A valid confirmation token is required: request "
                    + "GET /api/v1/admin/modules/" + id + "/impact?action=purge and pass its confirmationToken (valid "
                    + PurgeTokens.VALIDITY.toMinutes() + " minutes)");
        }
        Path file = exports.newFile(tenant, id + "-purge");
        return exports.discardIfFailed(file, () -> lifecycle.purge(id, modules -> {
            // dependents first, deepest first; the erasure orders them by their foreign keys as well
            Map<String, List<String>> moduleTables = new LinkedHashMap<>();
            for (String m : modules) {
                moduleTables.put(m, tables.of(m));
            }
            exports.write(file, moduleTables.values().stream().flatMap(List::stream).toList(), tenant);
            Map<String, Long> deleted = erasure.erase(moduleTables, tenant.id());
            audit.record("Module", id, "PURGE", Map.of("modules", modules, "deleted", deleted, "export", file.toString()));
            log.info("Tenant {} purged modules {}: {} (export {})", tenant.slug(), modules, deleted, file);
            return new PurgeResult(modules, file.toString(), deleted);
        }));
    }

    /**
     * Every installed module with its state for the current tenant.
     *
     * @return the modules, in dependency order
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public List<ModuleStatus> list() {
        Map<String, TenantModuleState> states = tx.execute(s -> access.states());
        Set<String> enabled = states.entrySet().stream().filter(e -> e.getValue() == TenantModuleState.ENABLED)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return catalog.all().stream().map(m -> new ModuleStatus(m.id(), m.name(),
                m.category().map(Enum::name).orElse(null), m.description(), m.version().orElse(null),
                state(m, states), m.failure().orElse(null),
                m.dependencies().stream().filter(d -> !d.optional()).map(ModuleDependency::id).toList(),
                lifecycle.dependents(m.id()).stream().filter(enabled::contains).toList())).toList();
    }

    /**
     * What enabling, detaching or purging the module would change for the current tenant (purge: with a
     * confirmation token).
     *
     * @param id     module id
     * @param action enable, detach or purge
     * @return the impact
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Impact impact(String id, String action) {
        installed(id);
        UUID tenantId = TenantContext.tenant().orElseThrow().id();
        return tx.execute(status -> {
            Set<String> enabled = access.enabled();
            List<String> modules = switch (action) {
                case "enable" -> lifecycle.closure(id).stream().map(InstalledModule::id).filter(m -> !enabled.contains(m))
                        .toList();
                case "detach" -> {
                    List<String> affected = new ArrayList<>(lifecycle.dependents(id).stream().filter(enabled::contains)
                            .toList());
                    affected.add(id);
                    yield affected;
                }
                case "purge" -> lifecycle.purgeOrder(id);
                default -> throw new ApiProblem(HttpStatus.BAD_REQUEST.value(), "action must be enable, detach or purge");
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
        return catalog.find(id).orElseThrow(() -> ApiProblem.notFound("Module", id));
    }

    private static String state(InstalledModule module, Map<String, TenantModuleState> states) {
        if (!module.healthy()) {
            return "UNAVAILABLE";
        }
        TenantModuleState state = states.get(module.id());
        return state == null ? "AVAILABLE" : state.name();
    }
}
