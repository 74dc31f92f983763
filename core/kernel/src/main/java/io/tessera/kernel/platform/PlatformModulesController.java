package io.tessera.kernel.platform;

import io.tessera.kernel.access.PlatformOperator;

import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.kernel.plugin.ModuleDependency;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/platform/modules}: every installed plugin with its state and, if failed, why. */
@RestController
@PlatformOperator
class PlatformModulesController {

    private final ModuleCatalog catalog;

    PlatformModulesController(ModuleCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * An installed plugin.
     *
     * @param id           plugin id (the jar's file name when its manifest could not be read)
     * @param name         module name
     * @param version      plugin version
     * @param category     CRM, ERP or PLATFORM; null when unknown
     * @param description  module description
     * @param dependencies declared dependencies
     * @param state        STARTED or FAILED
     * @param failure      why it failed; absent when started
     */
    record ModuleView(String id, String name, String version, String category, String description,
                      List<ModuleDependency> dependencies, String state, String failure) {

        static ModuleView of(InstalledModule m) {
            return new ModuleView(m.id(), m.name(), m.version().orElse(null), m.category().map(Enum::name).orElse(null),
                    m.description(), m.dependencies(), m.state().name(), m.failure().orElse(null));
        }
    }

    @GetMapping("/api/v1/platform/modules")
    List<ModuleView> modules() {
        return catalog.all().stream().map(ModuleView::of).toList();
    }
}
