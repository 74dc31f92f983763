package io.tessera.plugins.inventory.stock;

import io.tessera.sdk.persistence.TenantJdbc;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Availability queries over balances and open moves. Call inside a transaction. */
public class Availability {

    private final TenantJdbc db;

    Availability(TenantJdbc db) {
        this.db = db;
    }

    /**
     * The figures of a product, or of all products, in a set of locations.
     *
     * @param productId   the product, or {@code null} for all
     * @param locationIds the locations (a warehouse's internal ones, or one location)
     * @return the figures
     */
    public StockFigures figures(UUID productId, List<UUID> locationIds) {
        if (locationIds.isEmpty()) {
            return new StockFigures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal[] held = db.sql().sql("""
                select coalesce(sum(on_hand), 0), coalesce(sum(reserved), 0) from inv_balances
                where tenant_id = ? and (cast(? as uuid) is null or product_id = ?) and location_id = any(?)""")
                .param(db.tenant()).param(productId).param(productId).param(db.uuids(locationIds))
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single();
        BigDecimal[] open = db.sql().sql("""
                select coalesce(sum(case when to_location_id = any(?) and not from_location_id = any(?) then quantity end), 0),
                       coalesce(sum(case when from_location_id = any(?) and not to_location_id = any(?) then quantity end), 0)
                from inv_moves
                where tenant_id = ? and state in ('DRAFT', 'CONFIRMED', 'ASSIGNED') and (cast(? as uuid) is null or product_id = ?)""")
                .param(db.uuids(locationIds)).param(db.uuids(locationIds)).param(db.uuids(locationIds))
                .param(db.uuids(locationIds)).param(db.tenant()).param(productId).param(productId)
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single();
        return new StockFigures(held[0], held[1], held[0].subtract(held[1]), open[0], open[1]);
    }
}
