package io.tessera.plugins.inventory.warehouse;

import io.tessera.plugins.inventory.api.LocationUsage;
import io.tessera.sdk.persistence.TenantJdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads warehouses and locations of the current tenant. Call inside a transaction. */
public class Warehouses {

    /** The code of the warehouse seeded on enable. */
    public static final String DEFAULT_CODE = "WH";

    private static final String LOCATION_COLUMNS = "id, code, name, usage, warehouse_id, parent_id";

    private final TenantJdbc db;

    Warehouses(TenantJdbc db) {
        this.db = db;
    }

    /**
     * All warehouses, by code.
     *
     * @return the warehouses
     */
    public List<Warehouse> list() {
        return db.sql().sql("select * from inv_warehouses where tenant_id = ? order by code")
                .param(db.tenant()).query((rs, n) -> warehouse(rs)).list();
    }

    /**
     * A warehouse.
     *
     * @param id its id
     * @return it, or empty when the tenant has none with that id
     */
    public Optional<Warehouse> find(UUID id) {
        return db.sql().sql("select * from inv_warehouses where tenant_id = ? and id = ?")
                .param(db.tenant()).param(id).query((rs, n) -> warehouse(rs)).optional();
    }

    /**
     * The default warehouse (seeded on enable).
     *
     * @return the warehouse coded {@value #DEFAULT_CODE}, else the first by code
     * @throws IllegalStateException when the tenant has no warehouse at all
     */
    public Warehouse defaultWarehouse() {
        return db.sql().sql("select * from inv_warehouses where tenant_id = ? order by case when code = ? then 0 else 1 end, code limit 1")
                .param(db.tenant()).param(DEFAULT_CODE).query((rs, n) -> warehouse(rs)).optional()
                .orElseThrow(() -> new IllegalStateException("The tenant has no warehouse; enable the module again"));
    }

    /**
     * Locations by id, in one query.
     *
     * @param ids location ids
     * @return those of the current tenant, by id
     */
    public Map<UUID, Location> locations(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.sql().sql("select " + LOCATION_COLUMNS + " from inv_locations where tenant_id = ? and id = any(?)")
                .param(db.tenant()).param(db.uuids(ids)).query((rs, n) -> location(rs)).list().stream()
                .collect(Collectors.toMap(Location::id, Function.identity()));
    }

    /**
     * A location.
     *
     * @param id its id
     * @return it, or empty when the tenant has none with that id
     */
    public Optional<Location> location(UUID id) {
        return Optional.ofNullable(locations(List.of(id)).get(id));
    }

    /**
     * The locations of a warehouse, and the virtual ones, by code.
     *
     * @param warehouseId the warehouse
     * @return its locations
     */
    public List<Location> locationsOf(UUID warehouseId) {
        return db.sql().sql("select " + LOCATION_COLUMNS + " from inv_locations where tenant_id = ? and warehouse_id = ? order by code")
                .param(db.tenant()).param(warehouseId).query((rs, n) -> location(rs)).list();
    }

    /**
     * The locations of every warehouse, by warehouse id, in one query.
     *
     * @return the locations of each warehouse, by code
     */
    public Map<UUID, List<Location>> locationsByWarehouse() {
        return db.sql().sql("select " + LOCATION_COLUMNS + " from inv_locations where tenant_id = ? and warehouse_id is not null order by code")
                .param(db.tenant()).query((rs, n) -> location(rs)).list().stream()
                .collect(Collectors.groupingBy(Location::warehouseId));
    }

    /**
     * The ids of a warehouse's internal locations (where its stock can be reserved from).
     *
     * @param warehouseId the warehouse
     * @return the ids, sorted
     */
    public List<UUID> internalLocationIds(UUID warehouseId) {
        return db.sql().sql("select id from inv_locations where tenant_id = ? and warehouse_id = ? and usage = 'INTERNAL' and active order by id")
                .param(db.tenant()).param(warehouseId).query(UUID.class).list();
    }

    /**
     * The shared virtual location of a usage (suppliers, customers, adjustment, scrap, production, transit).
     *
     * @param usage a usage other than internal
     * @return the location
     * @throws IllegalStateException when it has not been seeded
     */
    public Location virtual(LocationUsage usage) {
        return db.sql().sql("select " + LOCATION_COLUMNS + " from inv_locations where tenant_id = ? and code = ?")
                .param(db.tenant()).param(WarehouseInstaller.virtualCode(usage)).query((rs, n) -> location(rs)).optional()
                .orElseThrow(() -> new IllegalStateException("No " + usage + " location; enable the module again"));
    }

    private static Warehouse warehouse(ResultSet rs) throws SQLException {
        return new Warehouse(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getBoolean("allow_negative"), rs.getObject("stock_location_id", UUID.class),
                rs.getObject("input_location_id", UUID.class), rs.getObject("output_location_id", UUID.class));
    }

    static Location location(ResultSet rs) throws SQLException {
        return new Location(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                LocationUsage.valueOf(rs.getString("usage")), rs.getObject("warehouse_id", UUID.class),
                rs.getObject("parent_id", UUID.class));
    }
}
