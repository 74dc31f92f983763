package io.tessera.plugins.purchasing.order;

import io.tessera.plugins.purchasing.common.PurchasingPermissions;
import io.tessera.plugins.purchasing.common.Settings;
import io.tessera.sdk.security.RequiresPermission;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/purchasing}: purchase orders, receipts, settings and bill policies. */
@RestController
@RequestMapping("/api/v1/purchasing")
class OrdersController {

    private final Orders orders;
    private final Receipts receipts;
    private final Settings settings;
    private final BillPolicies policies;

    OrdersController(Orders orders, Receipts receipts, Settings settings, BillPolicies policies) {
        this.orders = orders;
        this.receipts = receipts;
        this.settings = settings;
        this.policies = policies;
    }

    @PostMapping("/orders")
    @RequiresPermission(PurchasingPermissions.WRITE)
    ResponseEntity<OrderView> create(@RequestBody Requests.Order body) {
        OrderView order = orders.create(body);
        return ResponseEntity.created(URI.create("/api/v1/purchasing/orders/" + order.id())).body(order);
    }

    @GetMapping("/orders")
    @RequiresPermission(PurchasingPermissions.READ)
    OrderPage list(@RequestParam(required = false) String state, @RequestParam(required = false) UUID partyId,
                   @RequestParam(required = false) UUID before, @RequestParam(required = false) Integer size) {
        return orders.page(state, partyId, before, size == null ? 50 : size);
    }

    @GetMapping("/orders/{id}")
    @RequiresPermission(PurchasingPermissions.READ)
    OrderView find(@PathVariable UUID id) {
        return orders.find(id);
    }

    @PostMapping("/orders/{id}/confirm")
    @RequiresPermission(PurchasingPermissions.WRITE)
    OrderView confirm(@PathVariable UUID id) {
        return orders.confirm(id);
    }

    @PostMapping("/orders/{id}/cancel")
    @RequiresPermission(PurchasingPermissions.WRITE)
    OrderView cancel(@PathVariable UUID id) {
        return orders.cancel(id);
    }

    @PostMapping("/orders/{id}/receive")
    @RequiresPermission(PurchasingPermissions.WRITE)
    OrderView receive(@PathVariable UUID id, @RequestBody(required = false) Requests.Receive body) {
        return receipts.receive(id, body);
    }

    @GetMapping("/settings")
    @RequiresPermission(PurchasingPermissions.READ)
    SettingsBody settings() {
        return new SettingsBody(settings.tolerance());
    }

    @PutMapping("/settings")
    @RequiresPermission(PurchasingPermissions.MANAGE)
    SettingsBody changeSettings(@RequestBody SettingsBody body) {
        return new SettingsBody(settings.changeTolerance(body.priceTolerancePercent()));
    }

    @GetMapping("/products/{productId}/bill-policy")
    @RequiresPermission(PurchasingPermissions.READ)
    PolicyBody policy(@PathVariable UUID productId) {
        return new PolicyBody(policies.policy(productId));
    }

    @PutMapping("/products/{productId}/bill-policy")
    @RequiresPermission(PurchasingPermissions.MANAGE)
    PolicyBody changePolicy(@PathVariable UUID productId, @RequestBody PolicyBody body) {
        return new PolicyBody(policies.change(productId, body.policy()));
    }

    /**
     * The purchasing settings.
     *
     * @param priceTolerancePercent how far (in percent of the ordered price) a billed price may differ and still be
     *                              matched; beyond it the bill is held
     */
    record SettingsBody(BigDecimal priceTolerancePercent) {
    }

    /**
     * A product's bill policy.
     *
     * @param policy {@code ORDERED} or {@code RECEIVED}
     */
    record PolicyBody(String policy) {
    }
}
