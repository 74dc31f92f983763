package io.tessera.plugins.mrp.production;

import io.tessera.sdk.security.RequiresPermission;
import java.net.URI;
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

/** {@code /api/v1/mrp/manufacturing-orders}: create, list (keyset), read, confirm, start, produce, cancel. */
@RestController
@RequestMapping("/api/v1/mrp/manufacturing-orders")
class OrdersController {

    private final ManufacturingOrders orders;

    OrdersController(ManufacturingOrders orders) {
        this.orders = orders;
    }

    @PostMapping
    @RequiresPermission("mrp.write")
    ResponseEntity<ManufacturingOrder> create(@RequestBody OrderRequest body) {
        ManufacturingOrder order = orders.create(body);
        return ResponseEntity.created(URI.create("/api/v1/mrp/manufacturing-orders/" + order.id())).body(order);
    }

    @GetMapping
    @RequiresPermission("mrp.read")
    List<ManufacturingOrder> list(@RequestParam(required = false) String state,
                                  @RequestParam(required = false) UUID before,
                                  @RequestParam(required = false) Integer size) {
        return orders.list(state, before, size == null ? 100 : size);
    }

    @GetMapping("/{id}")
    @RequiresPermission("mrp.read")
    ManufacturingOrder find(@PathVariable UUID id) {
        return orders.find(id);
    }

    @PostMapping("/{id}/confirm")
    @RequiresPermission("mrp.write")
    ManufacturingOrder confirm(@PathVariable UUID id) {
        return orders.confirm(id);
    }

    @PostMapping("/{id}/start")
    @RequiresPermission("mrp.write")
    ManufacturingOrder start(@PathVariable UUID id) {
        return orders.start(id);
    }

    @PostMapping("/{id}/cancel")
    @RequiresPermission("mrp.write")
    ManufacturingOrder cancel(@PathVariable UUID id) {
        return orders.cancel(id);
    }

    @PostMapping("/{id}/produce")
    @RequiresPermission("mrp.write")
    Produced produce(@PathVariable UUID id, @RequestBody ProduceRequest body) {
        return orders.produce(id, body);
    }
}
