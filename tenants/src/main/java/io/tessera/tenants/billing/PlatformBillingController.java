package io.tessera.tenants.billing;

import io.tessera.kernel.access.PlatformOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/platform/billing}: the operator's overview (tenants, status, monthly revenue by module). */
@RestController
@PlatformOperator
@RequestMapping("/api/v1/platform/billing")
class PlatformBillingController {

    private final BillingOverview overview;

    PlatformBillingController(BillingOverview overview) {
        this.overview = overview;
    }

    @GetMapping
    BillingOverview.Platform get() {
        return overview.platform();
    }
}
