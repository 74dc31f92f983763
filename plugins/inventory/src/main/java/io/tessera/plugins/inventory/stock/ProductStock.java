package io.tessera.plugins.inventory.stock;

import io.tessera.sdk.persistence.TenantJdbc;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One product's stock per internal location (on hand, reserved, available, incoming, outgoing) for the product's
 * stock panel, and how many products have stock, for the dashboard. Each answer is one query.
 */
public class ProductStock {

    private final TenantJdbc db;

    ProductStock(TenantJdbc db) {
        this.db = db;
    }

    /**
     * A product's figures in one location.
     *
     * @param locationId the location
     * @param figures    its figures there
     */
    public record AtLocation(UUID locationId, StockFigures figures) {
    }

    /**
     * The product's figures in every internal or transit location where it is on hand, reserved, or expected by an
     * open move, by location code.
     *
     * @param productId the product
     * @return the figures, one row per location
     */
    public List<AtLocation> byLocation(UUID productId) {
        return db.tx().read(() -> db.sql().sql("""
                with held as (
                  select location_id as loc, sum(on_hand) as on_hand, sum(reserved) as reserved from inv_balances
                  where tenant_id = ? and product_id = ? group by location_id),
                incoming as (
                  select to_location_id as loc, sum(quantity) as q from inv_moves
                  where tenant_id = ? and product_id = ? and state in ('DRAFT', 'CONFIRMED', 'ASSIGNED') group by to_location_id),
                outgoing as (
                  select from_location_id as loc, sum(quantity) as q from inv_moves
                  where tenant_id = ? and product_id = ? and state in ('DRAFT', 'CONFIRMED', 'ASSIGNED') group by from_location_id),
                locs as (select loc from held union select loc from incoming union select loc from outgoing)
                select l.id, coalesce(h.on_hand, 0), coalesce(h.reserved, 0), coalesce(i.q, 0), coalesce(o.q, 0)
                from locs
                join inv_locations l on l.tenant_id = ? and l.id = locs.loc and l.usage in ('INTERNAL', 'TRANSIT')
                left join held h on h.loc = locs.loc
                left join incoming i on i.loc = locs.loc
                left join outgoing o on o.loc = locs.loc
                where coalesce(h.on_hand, 0) <> 0 or coalesce(h.reserved, 0) <> 0 or coalesce(i.q, 0) <> 0 or coalesce(o.q, 0) <> 0
                order by l.code""")
                .param(db.tenant()).param(productId).param(db.tenant()).param(productId).param(db.tenant()).param(productId)
                .param(db.tenant())
                .query((rs, n) -> {
                    BigDecimal onHand = rs.getBigDecimal(2);
                    BigDecimal reserved = rs.getBigDecimal(3);
                    return new AtLocation(rs.getObject(1, UUID.class),
                            new StockFigures(onHand, reserved, onHand.subtract(reserved), rs.getBigDecimal(4), rs.getBigDecimal(5)));
                }).list());
    }

    /**
     * How many products are on hand (above zero) in some internal location.
     *
     * @return the count
     */
    public long productsInStock() {
        return db.tx().read(() -> db.sql().sql("""
                select count(distinct b.product_id) from inv_balances b
                join inv_locations l on l.tenant_id = b.tenant_id and l.id = b.location_id
                where b.tenant_id = ? and b.on_hand > 0 and l.usage = 'INTERNAL'""")
                .param(db.tenant()).query(Long.class).single());
    }
}
