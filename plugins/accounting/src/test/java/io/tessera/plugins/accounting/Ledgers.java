package io.tessera.plugins.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures: tenants with accounting enabled through the admin API, entry bodies, and ledger invariants. */
final class Ledgers {

    static final String PASSWORD = "correct-horse-battery";

    private Ledgers() {
    }

    /** Provisions a tenant and enables accounting through the tenant admin API (which runs the installer). */
    static ApiClient tenantWithAccounting(TesseraKernelExtension kernel, String slug) {
        ApiClient admin = kernel.provisionTenant(slug, PASSWORD);
        ApiResponse enabled = admin.put("/api/v1/admin/modules/accounting", "");
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        return admin;
    }

    static Http http(TesseraKernelExtension kernel, String slug) {
        return new Http(kernel.baseUri(), "admin@" + slug + ".test", PASSWORD);
    }

    static String entry(String date, boolean post, String debitAccount, String creditAccount, String amount) {
        return """
                {"date":"%s","description":"test","post":%s,"lines":[
                  {"account":"%s","debit":"%s"},{"account":"%s","credit":"%s"}]}
                """.formatted(date, post, debitAccount, amount, creditAccount, amount);
    }

    static BigDecimal dec(Object node) {
        return new BigDecimal(node.toString().replace("\"", ""));
    }

    /**
     * Ledger invariants, checked as superuser over every tenant: every posted entry balances in base currency and
     * per currency, has at least two lines; every invoice's open amount equals total minus allocations (never negative).
     *
     * @return the violations found (empty when sound)
     */
    static List<String> invariantViolations(TesseraKernelExtension kernel) throws SQLException {
        List<String> violations = new ArrayList<>();
        try (Connection c = kernel.adminConnection()) {
            collect(c, """
                    select tenant_id || ':' || entry_id from acc_lines group by tenant_id, entry_id
                    having sum(base_debit) <> sum(base_credit) or count(*) < 2
                    """, "entry unbalanced in base currency: ", violations);
            collect(c, """
                    select tenant_id || ':' || entry_id || ':' || currency from acc_lines group by tenant_id, entry_id, currency
                    having sum(debit) <> sum(credit)
                    """, "entry unbalanced in its currency: ", violations);
            collect(c, """
                    select tenant_id::text from acc_lines group by tenant_id having sum(base_debit) <> sum(base_credit)
                    """, "tenant ledger unbalanced: ", violations);
            collect(c, """
                    select e.tenant_id || ':' || e.id from acc_entries e
                    where not exists (select 1 from acc_lines l where l.tenant_id = e.tenant_id and l.entry_id = e.id)
                    """, "entry without lines: ", violations);
            // the posted balances (kept by a trigger at posting) equal the lines, per account and day and per account and month
            collect(c, """
                    select coalesce(b.tenant_id, l.tenant_id) || ':' || coalesce(b.account_id, l.account_id) || ':'
                           || coalesce(b.grain, l.grain) || ':' || coalesce(b.period, l.period)
                      from (select tenant_id, account_id, grain, period, sum(debit) as debit, sum(credit) as credit, sum(lines) as n
                              from acc_balances group by tenant_id, account_id, grain, period) b
                      full join (select tenant_id, account_id, g.grain,
                                        case when g.grain = 'D' then entry_date else date_trunc('month', entry_date)::date end as period,
                                        sum(base_debit) as debit, sum(base_credit) as credit, count(*) as n
                                   from acc_lines cross join (values ('D'), ('M')) as g(grain)
                                  group by 1, 2, 3, 4) l
                        on l.tenant_id = b.tenant_id and l.account_id = b.account_id and l.grain = b.grain and l.period = b.period
                     where b.debit is distinct from l.debit or b.credit is distinct from l.credit or b.n is distinct from l.n
                    """, "balances differ from the lines: ", violations);
            collect(c, """
                    select i.tenant_id || ':' || i.id from acc_invoices i
                      left join (select tenant_id, invoice_id, sum(amount) as allocated from acc_allocations
                                  group by tenant_id, invoice_id) a on a.tenant_id = i.tenant_id and a.invoice_id = i.id
                     where i.state = 'POSTED' and i.total - coalesce(a.allocated, 0) < 0
                    """, "invoice over-allocated: ", violations);
        }
        return violations;
    }

    private static void collect(Connection c, String sql, String label, List<String> into) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                into.add(label + rs.getString(1));
            }
        }
    }
}
