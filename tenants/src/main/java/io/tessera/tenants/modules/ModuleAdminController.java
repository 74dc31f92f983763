package io.tessera.tenants.modules;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.tenants.billing.ModuleBilling;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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

    /**
     * 200 with the modules enabled (and the trials started); 202 with {@code checkoutUrl} when the tenant's first paid
     * module must be paid through Stripe Checkout first (nothing is enabled until Stripe reports the session completed).
     */
    @PutMapping("/{id}")
    ResponseEntity<Map<String, Object>> enable(@PathVariable String id) {
        ModuleBilling.Enabling enabling = billing.enable(id,
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        if (enabling.checkoutPending()) {
            return ResponseEntity.accepted().body(Map.of("enabled", enabling.enabled(), "checkoutUrl",
                    enabling.checkoutUrl()));
        }
        return ResponseEntity.ok(Map.of("enabled", enabling.enabled(), "trials", enabling.trials()));
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
