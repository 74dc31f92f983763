package io.tessera.plugins.sales.ui;

import io.tessera.plugins.sales.common.Amounts;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.plugins.sales.order.OrderSummary;
import io.tessera.plugins.sales.order.Orders;
import io.tessera.sdk.security.RequiresPermission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the grids and the widget read: quotations by state and customer in offset pages (the grid's lazy loading),
 * orders by customer (an offset turned into the orders' keyset cursor, so their status is computed as the API does),
 * and the dashboard's figures per currency. Every query names the tenant and uses the tenant-leading indexes.
 */
public class SalesReads {

    /** The states a user filters quotations by; {@code EXPIRED} is a draft or sent quotation past its validity. */
    static final List<String> QUOTATION_STATES = List.of("DRAFT", "SENT", "EXPIRED", "CONFIRMED", "CANCELLED");

    private final TenantJdbc db;
    private final Orders orders;

    SalesReads(TenantJdbc db, Orders orders) {
        this.db = db;
        this.orders = orders;
    }

    /**
     * A quotation in a list.
     *
     * @param id            id
     * @param number        number
     * @param partyId       customer
     * @param opportunityId the opportunity, or {@code null}
     * @param date          date
     * @param validUntil    validity
     * @param state         state, {@code EXPIRED} for an open one past its validity
     * @param currency      currency
     * @param total         total
     * @param orderId       the order it became, or {@code null}
     */
    record QuotationRow(UUID id, String number, UUID partyId, UUID opportunityId, LocalDate date, LocalDate validUntil,
                        String state, String currency, BigDecimal total, UUID orderId) {
    }

    /**
     * One currency's sales figures for the dashboard.
     *
     * @param currency       the currency
     * @param ordersThisMonth orders dated this month, not cancelled
     * @param monthTotal      their total
     * @param toDeliver       net amount left to deliver on open orders
     * @param toInvoice       net amount left to invoice on open orders
     */
    record CurrencyFigures(String currency, long ordersThisMonth, BigDecimal monthTotal, BigDecimal toDeliver,
                           BigDecimal toInvoice) {
    }

    @RequiresPermission("sales.read")
    List<QuotationRow> quotations(String state, UUID partyId, UUID opportunityId, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = quotationFilter(state, partyId, opportunityId, params);
        params.add(limit);
        params.add(offset);
        return db.tx().read(() -> db.sql().sql("select id, number, party_id, opportunity_id, quote_date, valid_until, state, "
                        + "currency, total, order_id from sal_quotations " + where + " order by id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> {
                    String s = rs.getString("state");
                    LocalDate validUntil = rs.getObject("valid_until", LocalDate.class);
                    if (("DRAFT".equals(s) || "SENT".equals(s)) && validUntil.isBefore(LocalDate.now())) {
                        s = "EXPIRED";
                    }
                    String currency = rs.getString("currency");
                    return new QuotationRow(rs.getObject("id", UUID.class), rs.getString("number"),
                            rs.getObject("party_id", UUID.class), rs.getObject("opportunity_id", UUID.class),
                            rs.getObject("quote_date", LocalDate.class), validUntil, s, currency,
                            rs.getBigDecimal("total").setScale(Amounts.digits(currency), RoundingMode.HALF_UP),
                            rs.getObject("order_id", UUID.class));
                })
                .list());
    }

    @RequiresPermission("sales.read")
    long countQuotations(String state, UUID partyId) {
        List<Object> params = new ArrayList<>();
        String where = quotationFilter(state, partyId, null, params);
        return db.tx().read(() -> db.sql().sql("select count(*) from sal_quotations " + where).params(params)
                .query(Long.class).single());
    }

    private String quotationFilter(String state, UUID partyId, UUID opportunityId, List<Object> params) {
        StringBuilder where = new StringBuilder("where tenant_id = ?");
        params.add(db.tenant());
        if (partyId != null) {
            where.append(" and party_id = ?");
            params.add(partyId);
        }
        if (opportunityId != null) {
            where.append(" and opportunity_id = ?");
            params.add(opportunityId);
        }
        if ("EXPIRED".equals(state)) {
            where.append(" and state in ('DRAFT', 'SENT') and valid_until < ?");
            params.add(LocalDate.now());
        } else if ("DRAFT".equals(state) || "SENT".equals(state)) {
            where.append(" and state = ? and valid_until >= ?");
            params.add(state);
            params.add(LocalDate.now());
        } else if (state != null) {
            where.append(" and state = ?");
            params.add(state);
        }
        return where.toString();
    }

    /** A page of orders, newest first: the offset becomes the keyset cursor of {@link Orders#list}. */
    @RequiresPermission("sales.read")
    List<OrderSummary> orders(UUID partyId, UUID opportunityId, int offset, int limit) {
        return db.tx().read(() -> {
            UUID after = null;
            if (offset > 0) {
                List<Object> params = new ArrayList<>();
                String where = orderFilter(partyId, opportunityId, params);
                params.add(offset - 1);
                List<UUID> cursor = db.sql().sql("select id from sal_orders " + where + " order by id desc offset ? limit 1")
                        .params(params).query(UUID.class).list();
                if (cursor.isEmpty()) {
                    return List.of();
                }
                after = cursor.getFirst();
            }
            return orders.list(partyId, opportunityId, after, limit);
        });
    }

    @RequiresPermission("sales.read")
    long countOrders(UUID partyId) {
        List<Object> params = new ArrayList<>();
        String where = orderFilter(partyId, null, params);
        return db.tx().read(() -> db.sql().sql("select count(*) from sal_orders " + where).params(params)
                .query(Long.class).single());
    }

    private String orderFilter(UUID partyId, UUID opportunityId, List<Object> params) {
        StringBuilder where = new StringBuilder("where tenant_id = ?");
        params.add(db.tenant());
        if (partyId != null) {
            where.append(" and party_id = ?");
            params.add(partyId);
        }
        if (opportunityId != null) {
            where.append(" and opportunity_id = ?");
            params.add(opportunityId);
        }
        return where.toString();
    }

    /** The dashboard's figures, one row per currency (amounts of different currencies are never added). */
    @RequiresPermission("sales.read")
    List<CurrencyFigures> figures(LocalDate monthStart) {
        return db.tx().read(() -> {
            Map<String, CurrencyFigures> byCurrency = new TreeMap<>();
            db.sql().sql("""
                            select currency, count(*), coalesce(sum(total), 0) from sal_orders
                             where tenant_id = ? and order_date >= ? and state <> 'CANCELLED'
                             group by currency""")
                    .params(db.tenant(), monthStart)
                    .query((rs, n) -> byCurrency.put(rs.getString(1), new CurrencyFigures(rs.getString(1), rs.getLong(2),
                            rs.getBigDecimal(3), BigDecimal.ZERO, BigDecimal.ZERO)))
                    .list();
            db.sql().sql("""
                            select o.currency, coalesce(sum((l.ordered - l.delivered) * l.base_unit_price), 0),
                                   coalesce(sum((l.ordered - l.invoiced) * l.base_unit_price), 0)
                              from sal_orders o join sal_order_lines l on l.tenant_id = o.tenant_id and l.order_id = o.id
                             where o.tenant_id = ? and o.state = 'OPEN' and (l.delivered < l.ordered or l.invoiced < l.ordered)
                             group by o.currency""")
                    .params(db.tenant())
                    .query((rs, n) -> {
                        String currency = rs.getString(1);
                        CurrencyFigures month = byCurrency.get(currency);
                        return byCurrency.put(currency, new CurrencyFigures(currency, month == null ? 0 : month.ordersThisMonth(),
                                month == null ? BigDecimal.ZERO : month.monthTotal(), rs.getBigDecimal(2), rs.getBigDecimal(3)));
                    })
                    .list();
            return byCurrency.values().stream().map(f -> new CurrencyFigures(f.currency(), f.ordersThisMonth(),
                    money(f.monthTotal(), f.currency()), money(f.toDeliver(), f.currency()), money(f.toInvoice(), f.currency())))
                    .toList();
        });
    }

    private static BigDecimal money(BigDecimal value, String currency) {
        return value.setScale(Amounts.digits(currency), RoundingMode.HALF_UP);
    }
}
