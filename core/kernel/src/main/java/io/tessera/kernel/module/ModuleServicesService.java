package io.tessera.kernel.module;

import io.tessera.sdk.ModuleServices;
import java.util.Optional;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/** The SDK's typed lookup of another module's published service, empty where that module is off for the tenant. */
@Component
class ModuleServicesService implements ModuleServices {

    private final BeanFactory beans;
    private final ModuleAccess access;

    ModuleServicesService(BeanFactory beans, ModuleAccess access) {
        this.beans = beans;
        this.access = access;
    }

    @Override
    public <T> Optional<T> find(Class<T> type) {
        String moduleId = ModuleServices.moduleOf(type);
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type.getName() + " is not a published service: it must be an interface");
        }
        if (!access.isEnabled(moduleId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(beans.getBeanProvider(type).getIfUnique());
    }
}
