package io.tessera.plugins.sales.order;

import io.tessera.plugins.sales.api.OpenOrderLine;
import io.tessera.plugins.sales.api.OpenOrderLines;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@link OpenOrderLines} in one tenant-scoped query over open orders and their undelivered lines. */
class OpenLinesReader implements OpenOrderLines {

    private static final int MAX = 1_000_000;

    private final TenantJdbc db;

    OpenLinesReader(TenantJdbc db) {
        this.db = db;
    }

    /** A read for planners; also called from background work such as an MRP run, without a user. */
    @Override
    public List<OpenOrderLine> dueBefore(LocalDate dueBefore, int limit) {
        if (dueBefore == null) {
            throw ApiProblem.invalid("dueBefore", "is required");
        }
        if (limit < 1 || limit > MAX) {
            throw ApiProblem.invalid("limit", "must be 1 to " + MAX);
        }
        return db.tx().read(() -> db.sql().sql("""
                        select o.id, l.id, l.product_id, l.ordered - l.delivered, coalesce(o.promised_date, o.order_date) as due
                          from sal_orders o join sal_order_lines l on l.tenant_id = o.tenant_id and l.order_id = o.id
                         where o.tenant_id = ? and o.state = 'OPEN' and coalesce(o.promised_date, o.order_date) < ?
                           and l.delivered < l.ordered
                         order by due, l.id
                         limit ?""")
                .params(db.tenant(), dueBefore, limit)
                .query((rs, n) -> new OpenOrderLine(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getBigDecimal(4).stripTrailingZeros(), rs.getObject(5, LocalDate.class)))
                .list());
    }
}
