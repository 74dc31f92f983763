package io.tessera.plugins.purchasing.replenish;

import io.tessera.plugins.purchasing.common.PurchasingPermissions;
import io.tessera.sdk.security.RequiresPermission;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/purchasing/replenishment}: draft purchase orders from inventory's reorder suggestions. */
@RestController
@RequestMapping("/api/v1/purchasing")
class ReplenishController {

    private final DraftOrders drafts;

    ReplenishController(DraftOrders drafts) {
        this.drafts = drafts;
    }

    @PostMapping("/replenishment")
    @RequiresPermission(PurchasingPermissions.WRITE)
    ResponseEntity<Drafted> draft() {
        Drafted drafted = drafts.draft();
        return ResponseEntity.status(drafted.orders().isEmpty() ? 200 : 201).body(drafted);
    }
}
