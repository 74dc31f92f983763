package io.tessera.plugins.inventory.warehouse;

import io.tessera.plugins.inventory.api.LocationUsage;
import io.tessera.sdk.InstallContext;
import io.tessera.sdk.TenantInstaller;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Seeds, idempotently, the virtual locations (one per usage other than internal) and the default warehouse
 * {@code WH} with its stock, input and output locations. Creates only what is missing, so re-enabling a detached
 * module changes nothing.
 */
class WarehouseInstaller implements TenantInstaller {

    private final TenantJdbc db;

    WarehouseInstaller(TenantJdbc db) {
        this.db = db;
    }

    static String virtualCode(LocationUsage usage) {
        return "VIRTUAL/" + usage.name().replace('_', '-');
    }

    @Override
    public void install(InstallContext context) {
        UUID tenant = db.tenant();
        Set<String> existing = new HashSet<>(db.sql().sql("select code from inv_locations where tenant_id = ?")
                .param(tenant).query(String.class).list());
        for (LocationUsage usage : LocationUsage.values()) {
            if (usage != LocationUsage.INTERNAL && !existing.contains(virtualCode(usage))) {
                String name = usage.name().charAt(0) + usage.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
                insertLocation(tenant, virtualCode(usage), name, usage, null, null);
            }
        }
        UUID warehouse = db.sql().sql("select id from inv_warehouses where tenant_id = ? and code = ?")
                .param(tenant).param(Warehouses.DEFAULT_CODE).query(UUID.class).optional().orElseGet(() -> {
                    UUID id = Ids.newId();
                    db.sql().sql("insert into inv_warehouses (tenant_id, id, code, name) values (?, ?, ?, ?)")
                            .param(tenant).param(id).param(Warehouses.DEFAULT_CODE).param("Main warehouse").update();
                    return id;
                });
        String prefix = Warehouses.DEFAULT_CODE + "/";
        Map<String, String> internal = new LinkedHashMap<>();
        internal.put("STOCK", "Stock");
        internal.put("INPUT", "Input");
        internal.put("OUTPUT", "Output");
        Map<String, UUID> ids = new LinkedHashMap<>();
        for (Map.Entry<String, String> location : internal.entrySet()) {
            String code = prefix + location.getKey();
            UUID id = db.sql().sql("select id from inv_locations where tenant_id = ? and code = ?")
                    .param(tenant).param(code).query(UUID.class).optional()
                    .orElseGet(() -> insertLocation(tenant, code, location.getValue(), LocationUsage.INTERNAL, warehouse, null));
            ids.put(location.getKey(), id);
        }
        db.sql().sql("""
                update inv_warehouses set stock_location_id = coalesce(stock_location_id, ?),
                  input_location_id = coalesce(input_location_id, ?), output_location_id = coalesce(output_location_id, ?)
                where tenant_id = ? and id = ?""")
                .param(ids.get("STOCK")).param(ids.get("INPUT")).param(ids.get("OUTPUT")).param(tenant).param(warehouse)
                .update();
    }

    private UUID insertLocation(UUID tenant, String code, String name, LocationUsage usage, UUID warehouse, UUID parent) {
        UUID id = Ids.newId();
        db.sql().sql("insert into inv_locations (tenant_id, id, code, name, usage, warehouse_id, parent_id) values (?, ?, ?, ?, ?, ?, ?)")
                .param(tenant).param(id).param(code).param(name).param(usage.name()).param(warehouse).param(parent).update();
        return id;
    }
}
