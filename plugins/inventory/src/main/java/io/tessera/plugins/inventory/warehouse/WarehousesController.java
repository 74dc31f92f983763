package io.tessera.plugins.inventory.warehouse;

import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/inventory/warehouses}: the warehouses with their locations. */
@RestController
@RequestMapping("/api/v1/inventory/warehouses")
class WarehousesController {

    private final Warehouses warehouses;
    private final TenantJdbc db;

    WarehousesController(Warehouses warehouses, TenantJdbc db) {
        this.warehouses = warehouses;
        this.db = db;
    }

    /**
     * A warehouse as the API shows it.
     *
     * @param id               its id
     * @param code             its code
     * @param name             its name
     * @param allowNegative    whether its stock may go negative
     * @param stockLocationId  its stock location
     * @param inputLocationId  its input location
     * @param outputLocationId its output location
     * @param locations        its locations
     */
    record WarehouseView(UUID id, String code, String name, boolean allowNegative, UUID stockLocationId,
                         UUID inputLocationId, UUID outputLocationId, List<LocationView> locations) {
    }

    /**
     * A location as the API shows it.
     *
     * @param id       its id
     * @param code     its code
     * @param name     its name
     * @param usage    its usage, lower case with dashes
     * @param parentId its parent location, or null
     */
    record LocationView(UUID id, String code, String name, String usage, UUID parentId) {
        static LocationView of(Location l) {
            return new LocationView(l.id(), l.code(), l.name(), l.usage().name().toLowerCase().replace('_', '-'), l.parentId());
        }
    }

    @GetMapping
    @RequiresPermission("inventory.read")
    List<WarehouseView> list() {
        return db.tx().read(() -> {
            Map<UUID, List<Location>> locations = warehouses.locationsByWarehouse();
            return warehouses.list().stream().map(w -> new WarehouseView(w.id(), w.code(), w.name(), w.allowNegative(),
                    w.stockLocationId(), w.inputLocationId(), w.outputLocationId(),
                    locations.getOrDefault(w.id(), List.of()).stream().map(LocationView::of).toList())).toList();
        });
    }
}
