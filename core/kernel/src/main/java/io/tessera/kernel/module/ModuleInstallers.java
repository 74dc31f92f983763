package io.tessera.kernel.module;

import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.sdk.TenantInstaller;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Every module's {@link TenantInstaller}s, looked up once when the application context has created its singletons
 * (the plugins are fixed at boot, D1) instead of scanning the beans on every enable.
 */
@Component
class ModuleInstallers implements SmartInitializingSingleton {

    private final ListableBeanFactory beans;
    private final ModuleCatalog catalog;
    private final AtomicReference<Map<String, List<TenantInstaller>>> byModule = new AtomicReference<>();

    ModuleInstallers(ListableBeanFactory beans, ModuleCatalog catalog) {
        this.beans = beans;
        this.catalog = catalog;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, List<TenantInstaller>> index = new java.util.HashMap<>();
        for (TenantInstaller installer : beans.getBeansOfType(TenantInstaller.class).values()) {
            catalog.owning(AopUtils.getTargetClass(installer)).map(InstalledModule::id)
                    .ifPresent(id -> index.computeIfAbsent(id, k -> new ArrayList<>()).add(installer));
        }
        index.replaceAll((id, list) -> List.copyOf(list));
        byModule.set(Map.copyOf(index));
    }

    /** The installers of a module, in no particular order; empty for a module without any. */
    List<TenantInstaller> of(String moduleId) {
        Map<String, List<TenantInstaller>> index = byModule.get();
        if (index == null) {
            throw new IllegalStateException("Installers are indexed once the application context has started");
        }
        return index.getOrDefault(moduleId, List.of());
    }
}
