package io.tessera.kernel.module;

import io.tessera.sdk.EnabledModules;
import org.springframework.stereotype.Component;

/** The SDK's view of the current tenant's enabled modules. */
@Component
class EnabledModulesService implements EnabledModules {

    private final ModuleAccess access;

    EnabledModulesService(ModuleAccess access) {
        this.access = access;
    }

    @Override
    public boolean isEnabled(String moduleId) {
        return access.isEnabled(moduleId);
    }
}
