package io.tessera.tenants.billing;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.security.RequiresPermission;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    /** The paid modules' prices, for the marketplace. */
    @GetMapping("/prices")
    Map<String, BillingOverview.ModulePrice> prices() {
        return overview.prices();
    }

    record PortalRequest(String returnUrl) {
    }

    /** A Stripe Billing Portal session for payment methods and invoices. */
    @PostMapping("/portal")
    Map<String, String> portal(@RequestBody PortalRequest request) {
        return Map.of("url", overview.portal(request == null ? null : request.returnUrl()));
    }
}
