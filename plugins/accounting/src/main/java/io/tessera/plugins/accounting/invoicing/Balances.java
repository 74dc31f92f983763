package io.tessera.plugins.accounting.invoicing;

import io.tessera.plugins.accounting.common.Money;
import io.tessera.sdk.persistence.TenantJdbc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Open balances per party and aged receivables / payables. Call inside a transaction. */
public class Balances {

    /**
     * One aged row: a party's open documents in one currency, by days past due as of the report date.
     *
     * @param partyId    the party
     * @param partyName  its name
     * @param currency   the documents' currency
     * @param current    not yet due
     * @param days1to30  1 to 30 days past due
     * @param days31to60 31 to 60 days past due
     * @param days61to90 61 to 90 days past due
     * @param over90     more than 90 days past due
     * @param total      all open
     */
    public record AgedRow(UUID partyId, String partyName, String currency, BigDecimal current, BigDecimal days1to30,
                   BigDecimal days31to60, BigDecimal days61to90, BigDecimal over90, BigDecimal total) {
    }

    private final TenantJdbc db;

    Balances(TenantJdbc db) {
        this.db = db;
    }

    /**
     * Per currency: open receivable and payable (documents minus allocations, minus unallocated payments), and
     * the overdue part of open invoices and bills.
     */
    List<Map<String, Object>> party(UUID partyId, LocalDate today) {
        Map<String, Map<String, Object>> byCurrency = new LinkedHashMap<>();
        db.sql().sql("""
                        select i.currency, i.kind,
                               sum(case when i.credit_note then -1 else 1 end * %s) as open,
                               sum(case when not i.credit_note and i.due_date < :today then %s else 0 end) as overdue
                          from acc_invoices i
                         where i.tenant_id = :t and i.party_id = :p and i.state = 'POSTED'
                         group by i.currency, i.kind
                        """.formatted(Invoices.OPEN, Invoices.OPEN))
                .param("t", db.tenant()).param("p", partyId).param("today", today)
                .query((rs, n) -> {
                    Map<String, Object> c = row(byCurrency, rs.getString(1));
                    String side = "CUSTOMER".equals(rs.getString(2)) ? "receivable" : "payable";
                    add(c, side, rs.getBigDecimal(3));
                    add(c, side.equals("receivable") ? "overdueReceivable" : "overduePayable", rs.getBigDecimal(4));
                    return n;
                }).list();
        db.sql().sql("""
                        select p.currency, p.side, p.direction,
                               sum(p.amount - coalesce((select sum(a.amount) from acc_allocations a
                                                         where a.tenant_id = p.tenant_id and a.payment_id = p.id), 0))
                          from acc_payments p where p.tenant_id = :t and p.party_id = :p
                         group by p.currency, p.side, p.direction
                        """).param("t", db.tenant()).param("p", partyId)
                .query((rs, n) -> {
                    Map<String, Object> c = row(byCurrency, rs.getString(1));
                    boolean receivable = "RECEIVABLE".equals(rs.getString(2));
                    boolean reduces = receivable == "RECEIVED".equals(rs.getString(3));
                    BigDecimal unallocated = rs.getBigDecimal(4);
                    add(c, receivable ? "receivable" : "payable", reduces ? unallocated.negate() : unallocated);
                    return n;
                }).list();
        byCurrency.forEach((currency, c) -> c.replaceAll((k, v) -> v instanceof BigDecimal d ? d.setScale(Money.digits(currency)) : v));
        return new ArrayList<>(byCurrency.values());
    }

    List<AgedRow> aged(String kind, LocalDate asOf) {
        String open = """
                (case when i.credit_note then -1 else 1 end) * (i.total - coalesce((select sum(a.amount) from acc_allocations a
                  where a.tenant_id = i.tenant_id and a.invoice_id = i.id and a.allocation_date <= :asOf), 0))
                """;
        return db.sql().sql("""
                        select x.party_id, max(pa.name) as party_name, x.currency,
                               sum(case when x.due_date >= :asOf then x.open else 0 end),
                               sum(case when x.due_date < :asOf and x.due_date >= :d30 then x.open else 0 end),
                               sum(case when x.due_date < :d30 and x.due_date >= :d60 then x.open else 0 end),
                               sum(case when x.due_date < :d60 and x.due_date >= :d90 then x.open else 0 end),
                               sum(case when x.due_date < :d90 then x.open else 0 end),
                               sum(x.open)
                          from (select i.party_id, i.currency, i.due_date, %s as open
                                  from acc_invoices i
                                 where i.tenant_id = :t and i.kind = :kind and i.state = 'POSTED' and i.invoice_date <= :asOf) x
                          left join parties pa on pa.tenant_id = :t and pa.id = x.party_id
                         where x.open <> 0
                         group by x.party_id, x.currency
                         order by max(pa.name), x.party_id, x.currency
                        """.formatted(open))
                .param("t", db.tenant()).param("kind", kind).param("asOf", asOf).param("d30", asOf.minusDays(30))
                .param("d60", asOf.minusDays(60)).param("d90", asOf.minusDays(90))
                .query((rs, n) -> {
                    int d = Money.digits(rs.getString(3));
                    return new AgedRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBigDecimal(4).setScale(d),
                            rs.getBigDecimal(5).setScale(d), rs.getBigDecimal(6).setScale(d), rs.getBigDecimal(7).setScale(d),
                            rs.getBigDecimal(8).setScale(d), rs.getBigDecimal(9).setScale(d));
                }).list();
    }

    /** The columns of the aged reports' CSV export. */
    public static final List<String> AGED_CSV_HEADER = List.of("partyId", "partyName", "currency", "current", "days1to30",
            "days31to60", "days61to90", "over90", "total");

    /**
     * The aged rows as CSV rows under {@link #AGED_CSV_HEADER}.
     *
     * @param rows the aged rows
     * @return the CSV rows
     */
    public static List<List<Object>> agedCsvRows(List<AgedRow> rows) {
        List<List<Object>> csv = new ArrayList<>();
        rows.forEach(r -> csv.add(List.of(r.partyId(), r.partyName() == null ? "" : r.partyName(), r.currency(), r.current(),
                r.days1to30(), r.days31to60(), r.days61to90(), r.over90(), r.total())));
        return csv;
    }

    /**
     * The tenant's receivables and payables in the base currency: the balances of the receivable and payable
     * accounts, and the open amounts of confirmed invoices and bills past due, each valued at the rate it was
     * booked at.
     */
    BaseTotals baseTotals(LocalDate today, UUID receivableAccount, UUID payableAccount, String base) {
        Map<UUID, BigDecimal> balances = new HashMap<>();
        db.sql().sql("select account_id, sum(base_debit - base_credit) from acc_lines where tenant_id = :t "
                        + "and account_id in (:a) group by account_id")
                .param("t", db.tenant()).param("a", List.of(receivableAccount, payableAccount))
                .query((rs, n) -> balances.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2))).list();
        Map<String, BigDecimal> overdue = new HashMap<>();
        db.sql().sql("""
                        select i.kind, sum(%s * coalesce((select max(l.rate) from acc_lines l where l.tenant_id = i.tenant_id
                                   and l.entry_id = i.entry_id and l.party_id = i.party_id), 1))
                          from acc_invoices i
                         where i.tenant_id = :t and i.state = 'POSTED' and not i.credit_note and i.due_date < :today
                         group by i.kind
                        """.formatted(Invoices.OPEN))
                .param("t", db.tenant()).param("today", today)
                .query((rs, n) -> overdue.put(rs.getString(1), rs.getBigDecimal(2))).list();
        return new BaseTotals(base, Money.round(balances.getOrDefault(receivableAccount, BigDecimal.ZERO), base),
                Money.round(balances.getOrDefault(payableAccount, BigDecimal.ZERO).negate(), base),
                Money.round(overdue.getOrDefault("CUSTOMER", BigDecimal.ZERO), base),
                Money.round(overdue.getOrDefault("VENDOR", BigDecimal.ZERO), base));
    }

    /**
     * Receivables and payables in the base currency.
     *
     * @param baseCurrency      the tenant's base currency
     * @param receivable        balance of the receivable account (net of unallocated receipts)
     * @param payable           balance of the payable account
     * @param overdueReceivable open amounts of invoices past due
     * @param overduePayable    open amounts of bills past due
     */
    public record BaseTotals(String baseCurrency, BigDecimal receivable, BigDecimal payable, BigDecimal overdueReceivable,
                      BigDecimal overduePayable) {
    }

    private static Map<String, Object> row(Map<String, Map<String, Object>> byCurrency, String currency) {
        return byCurrency.computeIfAbsent(currency, c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("currency", c);
            for (String k : List.of("receivable", "payable", "overdueReceivable", "overduePayable")) {
                row.put(k, BigDecimal.ZERO);
            }
            return row;
        });
    }

    private static void add(Map<String, Object> row, String key, BigDecimal amount) {
        row.put(key, ((BigDecimal) row.get(key)).add(amount));
    }
}
