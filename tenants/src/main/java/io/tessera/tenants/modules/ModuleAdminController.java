package io.tessera.tenants.modules;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.tenants.billing.ModuleBilling;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/modules}: the tenant admin's module marketplace. */
@RestController
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
@RequestMapping("/api/v1/admin/modules")
class ModuleAdminController {

    private final ModuleBilling billing;
    private final ModuleMarketplace marketplace;

    /** Enable and detach go through billing, which calls the kernel's lifecycle (directly for free modules). */
    ModuleAdminController(ModuleBilling billing, ModuleMarketplace marketplace) {
        this.billing = billing;
        this.marketplace = marketplace;
    }

    @GetMapping
    List<ModuleStatus> list() {
        return marketplace.list();
    }

    @PutMapping("/{id}")
    Map<String, List<String>> enable(@PathVariable String id) {
        return Map.of("enabled", billing.enable(id));
    }

    @DeleteMapping("/{id}")
    Map<String, List<String>> detach(@PathVariable String id, @RequestParam(defaultValue = "false") boolean cascade) {
        return Map.of("detached", billing.detach(id, cascade));
    }

    record PurgeRequest(String confirmationToken) {
    }

    @PostMapping("/{id}/purge")
    ModuleMarketplace.PurgeResult purge(@PathVariable String id, @RequestBody(required = false) PurgeRequest request) {
        return marketplace.purge(id, request == null ? null : request.confirmationToken());
    }

    @GetMapping("/{id}/impact")
    Impact impact(@PathVariable String id, @RequestParam String action) {
        return marketplace.impact(id, action);
    }
}
