package io.tessera.tenants.billing;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.security.RequiresPermission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/billing}: the tenant admin's plan, subscription status, grace period and paid modules. */
@RestController
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
@RequestMapping("/api/v1/admin/billing")
class BillingAdminController {

    private final BillingOverview overview;

    BillingAdminController(BillingOverview overview) {
        this.overview = overview;
    }

    @GetMapping
    BillingOverview.TenantBilling get() {
        return overview.tenant();
    }
}
