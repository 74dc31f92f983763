package io.tessera.plugins.purchasing.billing;

import io.tessera.plugins.purchasing.common.PurchasingPermissions;
import io.tessera.sdk.security.RequiresPermission;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/purchasing/orders/{id}/bill} and {@code /api/v1/purchasing/bills}: vendor bills. */
@RestController
@RequestMapping("/api/v1/purchasing")
class BillsController {

    private final Bills bills;

    BillsController(Bills bills) {
        this.bills = bills;
    }

    @PostMapping("/orders/{id}/bill")
    @RequiresPermission(PurchasingPermissions.WRITE)
    ResponseEntity<BillResult> bill(@PathVariable UUID id, @RequestBody(required = false) BillRequest body) {
        BillResult bill = bills.bill(id, body);
        return ResponseEntity.status(201).body(bill);
    }

    @GetMapping("/bills")
    @RequiresPermission(PurchasingPermissions.READ)
    List<BillResult> list(@RequestParam(required = false) String state, @RequestParam(required = false) UUID before,
                          @RequestParam(required = false) Integer size) {
        return bills.list(state, before, size == null ? 50 : size);
    }

    @GetMapping("/bills/{id}")
    @RequiresPermission(PurchasingPermissions.READ)
    BillResult find(@PathVariable UUID id) {
        return bills.find(id);
    }

    @PostMapping("/bills/{id}/release")
    @RequiresPermission(PurchasingPermissions.RELEASE)
    BillResult release(@PathVariable UUID id) {
        return bills.release(id);
    }
}
