package io.tessera.plugins.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The reports read the posted balances ({@code acc_balances}, kept by a trigger at posting) instead of the lines: over a
 * random ledger — several currencies with rounding lines, entries posted from four threads at once, reversals, a year-end
 * close and postings after it — the trial balance, profit and loss and balance sheet over whole, partial and single-day
 * ranges equal the sums of the lines, computed here in SQL as superuser. PostgreSQL with the real plugin jar.
 */
class ReportsFromBalancesIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin().build();

    private static final String JE = "/api/v1/accounting/journal-entries";
    private static final String REPORTS = "/api/v1/accounting/reports/";

    @AfterAll
    static void ledgerInvariantsHold() throws SQLException {
        assertThat(Ledgers.invariantViolations(kernel)).isEmpty();
    }

    @Test
    void reportsFromBalancesEqualTheSumsOfTheLinesOverARandomLedgerWithReversalsAndAYearEndClose() throws Exception {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, "acc-balances");
        UUID tenant = UUID.fromString(kernel.queryAsSuperuser("select id from tenants where slug = 'acc-balances'"));
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String context = "random ledger with seed " + seed;
        expect(api.put("/api/v1/accounting/exchange-rates", "{\"currency\":\"USD\",\"date\":\"2024-01-01\",\"rate\":\"0.9137\"}"), 200);
        String year = expect(api.post("/api/v1/accounting/fiscal-years", "{\"startDate\":\"2025-01-01\",\"endDate\":\"2025-12-31\"}"), 201)
                .json().get("id").asString();
        List<String> codes = new ArrayList<>();
        for (JsonNode a : api.get("/api/v1/accounting/accounts?size=500").json().get("items")) {
            if (a.get("active").asBoolean()) {
                codes.add(a.get("code").asString());
            }
        }
        assertThat(codes).as("the template's chart").hasSizeGreaterThan(10);

        // 160 entries from 4 threads in 2025 and the first half of 2026, so postings of different sessions meet on hot rows
        List<String> posted = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long threadSeed = random.nextLong();
                work.add(pool.submit(() -> {
                    Random r = new Random(threadSeed);
                    for (int i = 0; i < 40; i++) {
                        LocalDate date = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(546));
                        posted.add(expect(api.post(JE, randomEntry(r, codes, date)), 201).json().get("id").asString());
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // reversals of a random fifth, dated in 2025 or 2026
        Collections.sort(posted);
        Collections.shuffle(posted, random);
        for (String id : posted.subList(0, 32)) {
            LocalDate date = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(300));
            expect(api.post(JE + "/" + id + "/reverse", "{\"date\":\"" + date + "\"}"), 201);
        }
        expect(api.post("/api/v1/accounting/fiscal-years/" + year + "/close", ""), 200);
        for (int i = 0; i < 20; i++) {
            expect(api.post(JE, randomEntry(random, codes, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(200)))), 201);
        }
        assertThat(kernel.countAsSuperuser("select count(distinct slot) from acc_balances where tenant_id = ?", tenant))
                .as("balances were kept").isPositive();

        List<LocalDate[]> ranges = new ArrayList<>(List.of(
                new LocalDate[] {null, LocalDate.of(2025, 12, 31)}, new LocalDate[] {null, LocalDate.of(2026, 12, 31)},
                new LocalDate[] {null, LocalDate.of(2025, 7, 17)}, new LocalDate[] {LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)},
                new LocalDate[] {LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)},
                new LocalDate[] {LocalDate.of(2025, 2, 14), LocalDate.of(2025, 11, 3)},
                new LocalDate[] {LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31)},
                new LocalDate[] {LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 20)},
                new LocalDate[] {LocalDate.of(2025, 6, 10), LocalDate.of(2025, 7, 20)},
                new LocalDate[] {LocalDate.of(2025, 12, 15), LocalDate.of(2026, 2, 20)}));
        for (int i = 0; i < 10; i++) {
            LocalDate from = LocalDate.of(2024, 12, 1).plusDays(random.nextInt(600));
            ranges.add(new LocalDate[] {from, from.plusDays(random.nextInt(400))});
        }
        for (LocalDate[] range : ranges) {
            String label = context + ", range " + range[0] + " .. " + range[1];
            String query = range[0] == null ? "asOf=" + range[1] : "from=" + range[0] + "&to=" + range[1];
            JsonNode tb = expect(api.get(REPORTS + "trial-balance?" + query), 200).json();
            Map<String, String> reported = new TreeMap<>();
            tb.get("lines").forEach(l -> reported.put(l.get("account").asString(), amount(l.get("debit")) + " / " + amount(l.get("credit"))));
            assertThat(reported).as("trial balance, " + label).isEqualTo(lineSums(tenant, range, true, false));

            JsonNode pl = expect(api.get(REPORTS + "profit-and-loss?" + (range[0] == null ? "to=" + range[1] : query)), 200).json();
            Map<String, String> plReported = new TreeMap<>();
            for (String section : List.of("income", "expenses")) {
                pl.get(section).forEach(l -> plReported.put(l.get("account").asString(), amount(l.get("amount"))));
            }
            assertThat(plReported).as("profit and loss, " + label).isEqualTo(lineSums(tenant, range, false, true));
        }
        for (LocalDate asOf : List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 8, 9), LocalDate.of(2026, 12, 31))) {
            JsonNode bs = expect(api.get(REPORTS + "balance-sheet?asOf=" + asOf), 200).json();
            Map<String, String> bsReported = new TreeMap<>();
            for (String section : List.of("assets", "liabilities", "equity")) {
                bs.get(section).forEach(l -> bsReported.put(l.get("account").asString(), amount(l.get("amount"))));
            }
            Map<String, String> expected = new TreeMap<>(lineSums(tenant, new LocalDate[] {null, asOf}, true, true));
            BigDecimal earnings = BigDecimal.ZERO;
            for (Map.Entry<String, String> e : List.copyOf(expected.entrySet())) {
                String type = kernel.queryAsSuperuser("select type from acc_accounts where tenant_id = ? and code = ?", tenant, e.getKey());
                if (type.equals("INCOME")) {
                    earnings = earnings.add(new BigDecimal(e.getValue()));
                    expected.remove(e.getKey());
                } else if (type.equals("EXPENSE")) {
                    earnings = earnings.subtract(new BigDecimal(e.getValue()));
                    expected.remove(e.getKey());
                }
            }
            assertThat(bsReported).as("balance sheet as of " + asOf + ", " + context).isEqualTo(expected);
            assertThat(amount(bs.get("unclosedEarnings"))).as("unclosed earnings as of " + asOf + ", " + context)
                    .isEqualTo(earnings.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
        }
    }

    @Test
    void theApplicationRoleCannotWriteBalancesAndALineAddedToAnEarlierEntryIsStillChecked() throws Exception {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, "acc-balances-guard");
        UUID tenant = UUID.fromString(kernel.queryAsSuperuser("select id from tenants where slug = 'acc-balances-guard'"));
        String entry = expect(api.post(JE, Ledgers.entry("2026-03-01", true, "1500", "4000", "10.00")), 201).json().get("id").asString();
        assertThat(kernel.countAsSuperuser("select count(*) from acc_balances where tenant_id = ?", tenant))
                .as("a day's and a month's row for each of the two accounts").isEqualTo(4);

        for (String sql : List.of("update acc_balances set debit = debit + 1", "delete from acc_balances",
                "insert into acc_balances (tenant_id, grain, period, account_id, closing, slot, debit, credit, lines) "
                        + "select tenant_id, 'D', date '2026-03-02', account_id, false, 0, 1, 0, 1 from acc_balances limit 1")) {
            assertThatThrownBy(() -> kernel.asApplicationRole(tenant, c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(sql);
                }
            })).as(sql).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        // a line added to an entry posted in an earlier transaction: the line's own deferred check still runs
        String account = kernel.queryAsSuperuser("select id from acc_accounts where tenant_id = ? and code = '1500'", tenant);
        assertThatThrownBy(() -> kernel.asApplicationRole(tenant, c -> {
            try (PreparedStatement s = c.prepareStatement("insert into acc_lines (tenant_id, id, entry_id, line_no, entry_date, "
                    + "account_id, currency, debit, credit, base_debit, base_credit, rate) values (?, ?, ?, 3, date '2026-03-01', ?, "
                    + "'EUR', 5, 0, 5, 0, 1)")) {
                s.setObject(1, tenant);
                s.setObject(2, UUID.randomUUID());
                s.setObject(3, UUID.fromString(entry));
                s.setObject(4, UUID.fromString(account));
                s.executeUpdate();
            }
        })).isInstanceOf(SQLException.class).hasMessageContaining("unbalanced");
        assertThat(kernel.countAsSuperuser("select count(*) from acc_lines where tenant_id = ? and entry_id = ?", tenant,
                UUID.fromString(entry))).isEqualTo(2);
        assertThat(expect(api.get(REPORTS + "trial-balance?asOf=2026-03-31"), 200).json().get("totals").get("debit").decimalValue())
                .isEqualByComparingTo("10.00");
    }

    private static String randomEntry(Random r, List<String> codes, LocalDate date) {
        int pairs = 1 + r.nextInt(3);
        boolean usd = r.nextInt(4) == 0;
        StringBuilder lines = new StringBuilder();
        for (int p = 0; p < pairs; p++) {
            String amount = BigDecimal.valueOf(1 + r.nextInt(500_000), 2).toPlainString();
            String currency = usd ? ",\"currency\":\"USD\"" : "";
            lines.append(p == 0 ? "" : ",")
                    .append("{\"account\":\"").append(codes.get(r.nextInt(codes.size()))).append("\",\"debit\":\"").append(amount)
                    .append('"').append(currency).append("},")
                    .append("{\"account\":\"").append(codes.get(r.nextInt(codes.size()))).append("\",\"credit\":\"").append(amount)
                    .append('"').append(currency).append('}');
        }
        return "{\"date\":\"" + date + "\",\"description\":\"random\",\"post\":true,\"lines\":[" + lines + "]}";
    }

    /**
     * Per account code, from the lines: {@code "debit / credit"} (trial balance) or, with {@code natural}, the amount on the
     * account type's normal side; {@code profitAndLoss} keeps income and expense accounts and leaves closing entries out.
     */
    private static Map<String, String> lineSums(UUID tenant, LocalDate[] range, boolean withClosing, boolean natural)
            throws SQLException {
        boolean profitAndLoss = !withClosing;
        String sql = """
                select a.code, a.type, sum(l.base_debit), sum(l.base_credit)
                  from acc_lines l
                  join acc_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
                  join acc_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
                 where l.tenant_id = ? and l.entry_date >= ? and l.entry_date <= ?
                """ + (profitAndLoss ? " and e.source <> 'closing' and a.type in ('INCOME', 'EXPENSE')" : "")
                + " group by a.code, a.type order by a.code";
        Map<String, String> sums = new TreeMap<>();
        try (Connection c = kernel.adminConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, tenant);
            s.setObject(2, range[0] == null ? LocalDate.of(1, 1, 1) : range[0]);
            s.setObject(3, range[1]);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    BigDecimal debit = rs.getBigDecimal(3);
                    BigDecimal credit = rs.getBigDecimal(4);
                    boolean debitNormal = rs.getString(2).equals("ASSET") || rs.getString(2).equals("EXPENSE");
                    sums.put(rs.getString(1), natural ? scaled(debitNormal ? debit.subtract(credit) : credit.subtract(debit))
                            : scaled(debit) + " / " + scaled(credit));
                }
            }
        }
        return sums;
    }

    private static String amount(JsonNode node) {
        return scaled(Ledgers.dec(node));
    }

    private static String scaled(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static ApiResponse expect(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }
}
