package io.tessera.kernel.module;

import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.kernel.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes which modules the current tenant has enabled. Deciding which states change (dependency
 * closure, installers, dependents) is {@link ModuleLifecycle}'s job; this class only reads and writes the rows.
 */
@Service
public class ModuleAccess {

    private final EntityManager entityManager;
    private final ModuleCatalog catalog;
    private final ModuleStateChanges changes;

    ModuleAccess(EntityManager entityManager, ModuleCatalog catalog, ModuleStateChanges changes) {
        this.entityManager = entityManager;
        this.catalog = catalog;
        this.changes = changes;
    }

    /** Module id → state, for the current tenant's modules that have a state. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<String, TenantModuleState> states() {
        requireTenant();
        return entityManager.createQuery("select m from TenantModule m order by m.moduleId", TenantModule.class)
                .getResultList().stream()
                .collect(Collectors.toMap(TenantModule::getModuleId, TenantModule::getState, (a, b) -> a, LinkedHashMap::new));
    }

    /** Whether the current tenant has enabled the module (and the module is healthy on this server). */
    @Transactional(readOnly = true)
    public boolean isEnabled(String moduleId) {
        requireTenant();
        if (catalog.find(moduleId).filter(InstalledModule::healthy).isEmpty()) {
            return false;
        }
        return !entityManager.createQuery(
                        "select 1 from TenantModule m where m.moduleId = :id and m.state = :state", Integer.class)
                .setParameter("id", moduleId)
                .setParameter("state", TenantModuleState.ENABLED)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The current tenant's enabled module ids. */
    @Transactional(readOnly = true)
    public Set<String> enabled() {
        return states().entrySet().stream().filter(e -> e.getValue() == TenantModuleState.ENABLED)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Sets the state of modules for the current tenant; must run inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setState(List<String> moduleIds, TenantModuleState state) {
        requireTenant();
        changes.changed();
        Map<String, TenantModule> existing = entityManager
                .createQuery("select m from TenantModule m where m.moduleId in :ids", TenantModule.class)
                .setParameter("ids", moduleIds)
                .getResultList().stream().collect(Collectors.toMap(TenantModule::getModuleId, m -> m));
        for (String id : moduleIds) {
            Optional.ofNullable(existing.get(id)).ifPresentOrElse(
                    m -> m.setState(state),
                    () -> entityManager.persist(new TenantModule(id, state)));
        }
    }

    /** Forgets the modules' state for the current tenant (after a purge they are simply available). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clear(List<String> moduleIds) {
        requireTenant();
        changes.changed();
        entityManager.createQuery("delete from TenantModule m where m.moduleId in :ids")
                .setParameter("ids", moduleIds)
                .executeUpdate();
    }

    private static void requireTenant() {
        if (TenantContext.tenant().isEmpty()) {
            throw new IllegalStateException("Module states are per tenant: no tenant in scope");
        }
    }
}
