package io.tessera.plugins.inventory.stock;

import io.tessera.plugins.inventory.api.ProjectedDay;
import io.tessera.sdk.persistence.TenantJdbc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product's projected stock day by day: on hand now, plus the open moves coming in, minus those going out, each on
 * its scheduled date (overdue ones on the first day), minus on the first day what other modules' demand lines have
 * reserved without a move yet (a sales order line reserved through {@code Stock.reserve}; an open delivery's own
 * reservations are its outgoing moves, counted once). Two statements whatever the range. Call inside a transaction.
 */
public class Projection {

    /** The longest range asked at once, in days. */
    public static final int MAX_DAYS = 366;

    private final TenantJdbc db;

    Projection(TenantJdbc db) {
        this.db = db;
    }

    /**
     * The days from {@code from} to {@code to}, both included.
     *
     * @param productId   the product
     * @param locationIds the warehouse's internal locations
     * @param from        the first day (today)
     * @param to          the last day, not before {@code from} and at most {@link #MAX_DAYS} after it
     * @return one entry per day
     */
    public List<ProjectedDay> days(UUID productId, List<UUID> locationIds, LocalDate from, LocalDate to) {
        BigDecimal[] start = db.sql().sql("""
                select coalesce((select sum(on_hand) from inv_balances where tenant_id = ? and product_id = ? and location_id = any(?)), 0),
                       coalesce((select sum(quantity) from inv_reservations where tenant_id = ? and product_id = ?
                                   and location_id = any(?) and demand_module <> 'inventory'), 0)""")
                .param(db.tenant()).param(productId).param(db.uuids(locationIds))
                .param(db.tenant()).param(productId).param(db.uuids(locationIds))
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single();
        Map<LocalDate, BigDecimal[]> flows = new HashMap<>();
        db.sql().sql("""
                select day, coalesce(sum(incoming), 0), coalesce(sum(outgoing), 0) from (
                  select case when move_date < cast(? as date) then cast(? as date) else move_date end as day,
                         case when to_location_id = any(?) and not from_location_id = any(?) then quantity end as incoming,
                         case when from_location_id = any(?) and not to_location_id = any(?) then quantity end as outgoing
                  from inv_moves
                  where tenant_id = ? and product_id = ? and state in ('DRAFT', 'CONFIRMED', 'ASSIGNED') and move_date <= ?) x
                group by day""")
                .param(from).param(from).param(db.uuids(locationIds)).param(db.uuids(locationIds))
                .param(db.uuids(locationIds)).param(db.uuids(locationIds)).param(db.tenant()).param(productId).param(to)
                .query(rs -> {
                    flows.put(rs.getObject(1, LocalDate.class), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3)});
                });
        List<ProjectedDay> days = new ArrayList<>();
        BigDecimal level = start[0];
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            BigDecimal[] f = flows.getOrDefault(day, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal outgoing = day.equals(from) ? f[1].add(start[1]) : f[1];
            level = level.add(f[0]).subtract(outgoing);
            days.add(new ProjectedDay(day, f[0], outgoing, level));
        }
        return days;
    }
}
