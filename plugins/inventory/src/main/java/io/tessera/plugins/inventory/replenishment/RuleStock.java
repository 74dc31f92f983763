package io.tessera.plugins.inventory.replenishment;

import io.tessera.sdk.persistence.TenantJdbc;
import java.util.List;
import java.util.UUID;

/**
 * The stock figures of every rule's product in its warehouse, in one statement however many rules there are:
 * balances of the warehouse's internal locations, open moves crossing their boundary, and what the demand lines of
 * the open outgoing moves have reserved. Call inside a transaction.
 */
class RuleStock {

    private final TenantJdbc db;

    RuleStock(TenantJdbc db) {
        this.db = db;
    }

    /**
     * The rules of a warehouse, or of all, with their figures.
     *
     * @param warehouseId the warehouse, or {@code null} for all
     * @return the rules by warehouse, then product
     */
    List<RuleFigures> figures(UUID warehouseId) {
        return db.sql().sql("""
                with held as (
                  select b.product_id, l.warehouse_id, sum(b.on_hand) as on_hand, sum(b.reserved) as reserved
                  from inv_balances b join inv_locations l on l.tenant_id = b.tenant_id and l.id = b.location_id
                  where b.tenant_id = ? and l.usage = 'INTERNAL'
                    and b.product_id in (select product_id from inv_reorder_rules where tenant_id = ?)
                  group by b.product_id, l.warehouse_id),
                open_moves as (
                  select m.product_id, m.quantity,
                    case when t.usage = 'INTERNAL' then t.warehouse_id end as to_internal_wh,
                    case when f.usage = 'INTERNAL' then f.warehouse_id end as from_internal_wh,
                    coalesce((select sum(r.quantity) from inv_reservations r
                      where r.tenant_id = m.tenant_id and r.product_id = m.product_id
                        and r.demand_module = coalesce(m.origin_module, 'inventory')
                        and r.demand_id = coalesce(m.origin_id, m.transfer_id)
                        and r.demand_line = coalesce(m.origin_line, m.line_no)), 0) as reserved
                  from inv_moves m
                  join inv_locations t on t.tenant_id = m.tenant_id and t.id = m.to_location_id
                  join inv_locations f on f.tenant_id = m.tenant_id and f.id = m.from_location_id
                  where m.tenant_id = ? and m.state in ('DRAFT', 'CONFIRMED', 'ASSIGNED')
                    and m.product_id in (select product_id from inv_reorder_rules where tenant_id = ?)),
                flows as (
                  select r.id as rule_id,
                    sum(case when o.to_internal_wh = r.warehouse_id
                      and (o.from_internal_wh is null or o.from_internal_wh <> r.warehouse_id) then o.quantity else 0 end) as incoming,
                    sum(case when o.from_internal_wh = r.warehouse_id
                      and (o.to_internal_wh is null or o.to_internal_wh <> r.warehouse_id) then o.quantity else 0 end) as outgoing,
                    sum(case when o.from_internal_wh = r.warehouse_id
                      and (o.to_internal_wh is null or o.to_internal_wh <> r.warehouse_id)
                      then greatest(o.quantity - o.reserved, 0) else 0 end) as unreserved
                  from inv_reorder_rules r join open_moves o on o.product_id = r.product_id
                  where r.tenant_id = ?
                  group by r.id)
                select r.id, r.product_id, r.warehouse_id, r.min_qty, r.max_qty, r.multiple_qty, r.lead_time_days,
                  coalesce(h.on_hand, 0), coalesce(h.reserved, 0), coalesce(f.incoming, 0), coalesce(f.outgoing, 0),
                  coalesce(f.unreserved, 0)
                from inv_reorder_rules r
                left join held h on h.product_id = r.product_id and h.warehouse_id = r.warehouse_id
                left join flows f on f.rule_id = r.id
                where r.tenant_id = ? and (cast(? as uuid) is null or r.warehouse_id = ?)
                order by r.warehouse_id, r.product_id""")
                .param(db.tenant()).param(db.tenant()).param(db.tenant()).param(db.tenant()).param(db.tenant())
                .param(db.tenant()).param(warehouseId).param(warehouseId)
                .query((rs, n) -> new RuleFigures(new ReorderRule(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                        rs.getInt(7)), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                        rs.getBigDecimal(11), rs.getBigDecimal(12)))
                .list();
    }
}
