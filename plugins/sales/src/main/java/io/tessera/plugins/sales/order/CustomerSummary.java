package io.tessera.plugins.sales.order;

import io.tessera.sdk.persistence.TenantJdbc;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a customer has open in sales, per currency (never adding different currencies): quotations still open, open
 * orders, the amounts left to deliver and to invoice (net, at the order lines' prices). Two queries, whatever the
 * number of documents.
 */
class CustomerSummary {

    private final TenantJdbc db;

    CustomerSummary(TenantJdbc db) {
        this.db = db;
    }

    /**
     * One currency's figures.
     *
     * @param currency        the currency
     * @param openQuotations  draft or sent quotations still valid
     * @param quoted          their total
     * @param openOrders      orders not cancelled with something left to deliver or invoice
     * @param toDeliver       net amount of what is left to deliver
     * @param toInvoice       net amount of what is left to invoice
     */
    record CurrencyFigures(String currency, long openQuotations, BigDecimal quoted, long openOrders, BigDecimal toDeliver,
                           BigDecimal toInvoice) {
    }

    List<CurrencyFigures> of(UUID partyId) {
        Map<String, CurrencyFigures> byCurrency = new TreeMap<>();
        db.sql().sql("""
                        select currency, count(*), coalesce(sum(total), 0) from sal_quotations
                         where tenant_id = ? and party_id = ? and state in ('DRAFT', 'SENT') and valid_until >= ?
                         group by currency""")
                .params(db.tenant(), partyId, LocalDate.now())
                .query((rs, n) -> byCurrency.put(rs.getString(1), new CurrencyFigures(rs.getString(1), rs.getLong(2),
                        rs.getBigDecimal(3), 0, BigDecimal.ZERO, BigDecimal.ZERO)))
                .list();
        db.sql().sql("""
                        select o.currency, count(distinct o.id),
                               coalesce(sum((l.ordered - l.delivered) * l.base_unit_price), 0),
                               coalesce(sum((l.ordered - l.invoiced) * l.base_unit_price), 0)
                          from sal_orders o join sal_order_lines l on l.tenant_id = o.tenant_id and l.order_id = o.id
                         where o.tenant_id = ? and o.party_id = ? and o.state = 'OPEN'
                           and (l.delivered < l.ordered or l.invoiced < l.ordered)
                         group by o.currency""")
                .params(db.tenant(), partyId)
                .query((rs, n) -> {
                    String currency = rs.getString(1);
                    CurrencyFigures q = byCurrency.get(currency);
                    return byCurrency.put(currency, new CurrencyFigures(currency, q == null ? 0 : q.openQuotations(),
                            q == null ? BigDecimal.ZERO : q.quoted(), rs.getLong(2), round(rs.getBigDecimal(3)),
                            round(rs.getBigDecimal(4))));
                })
                .list();
        return List.copyOf(byCurrency.values());
    }

    /**
     * An open order past its promised date with something left to deliver.
     *
     * @param orderId      the order
     * @param number       its number
     * @param promisedDate the date promised
     * @param currency     its currency
     * @param toDeliver    net amount of what is left to deliver
     */
    record Late(UUID orderId, String number, LocalDate promisedDate, String currency, BigDecimal toDeliver) {
    }

    /** The customer's late orders, the longest overdue first (at most {@code limit}); one query. */
    List<Late> late(UUID partyId, LocalDate today, int limit) {
        return db.sql().sql("""
                        select o.id, o.number, o.promised_date, o.currency,
                               coalesce(sum((l.ordered - l.delivered) * l.base_unit_price), 0)
                          from sal_orders o join sal_order_lines l on l.tenant_id = o.tenant_id and l.order_id = o.id
                         where o.tenant_id = ? and o.party_id = ? and o.state = 'OPEN' and o.promised_date < ?
                           and l.delivered < l.ordered
                         group by o.id, o.number, o.promised_date, o.currency
                         order by o.promised_date, o.id
                         limit ?""")
                .params(db.tenant(), partyId, today, limit)
                .query((rs, n) -> new Late(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), round(rs.getBigDecimal(5))))
                .list();
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
