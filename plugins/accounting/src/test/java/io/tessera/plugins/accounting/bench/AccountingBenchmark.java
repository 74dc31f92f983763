package io.tessera.plugins.accounting.bench;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.StatementCounter;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Benchmark, not a test: prints figures and asserts nothing about time. Run on purpose with
 * {@code mvn -DskipTests install && mvn -pl plugins/accounting -Pbench verify}.
 *
 * <ol>
 *   <li>Posting throughput of 2-line and 20-line entries through the API (4 client threads) versus plain JDBC
 *   inserts of the same rows (entry + lines, one transaction per entry, same 4 threads, the application role with the
 *   tenant set), on 3 hot accounts and on 500 accounts.</li>
 *   <li>Trial balance time with 1,000,000 journal lines (bulk-loaded as superuser, the balances folded from them in SQL as
 *   the trigger would).</li>
 *   <li>SQL statements per 50-line invoice (create + confirm), counted at the PostgreSQL driver.</li>
 * </ol>
 */
class AccountingBenchmark {

    private static final String PASSWORD = "correct-horse-battery";
    private static final int THREADS = 4;

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .property("logging.level.root", "WARN")
            .property("tessera.events.poll-interval", "1h")
            .build();

    @Test
    void run() throws Exception {
        ApiClient api = kernel.provisionTenant("bench", PASSWORD);
        expect(api.put("/api/v1/admin/modules/accounting", ""), 200);
        UUID tenant = UUID.fromString(kernel.queryAsSuperuser("select id from tenants where slug = 'bench'"));
        List<String> hot = List.of("1500", "2000", "4000");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String code = "B" + (10000 + i);
            expect(api.post("/api/v1/accounting/accounts", "{\"code\":\"" + code + "\",\"name\":\"Bench " + i + "\",\"type\":\"asset\"}"), 201);
            many.add(code);
        }
        if (Boolean.getBoolean("bench.statementsOnly")) { // -Dbench.statementsOnly=true: only the statement counts (with -Dbench.trace=true: the SQL)
            statementsPerInvoice(api);
            return;
        }
        postViaApi(api, hot, 2, 300); // warm-up
        postViaJdbc(tenant, ids(tenant, hot), 2, 300);

        System.out.println("\n=== accounting benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, " + THREADS
                + " client threads) ===");
        for (int lines : new int[] {2, 20}) {
            int entries = lines == 2 ? 3000 : 600;
            for (List<String> accounts : List.of(hot, many)) {
                String label = lines + "-line entries, " + accounts.size() + " accounts";
                double apiRate = postViaApi(api, accounts, lines, entries);
                double jdbcRate = postViaJdbc(tenant, ids(tenant, accounts), lines, entries);
                System.out.printf("posting %-32s API %8.1f entries/s (%9.1f lines/s) | plain JDBC %8.1f entries/s | API/JDBC %.2f%n",
                        label, apiRate, apiRate * lines, jdbcRate, apiRate / jdbcRate);
            }
        }

        statementsPerInvoice(api);
        trialBalanceAtOneMillionLines(api, tenant, many);
    }

    private static double postViaApi(ApiClient api, List<String> accounts, int lines, int entries) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        parallel(() -> {
            Random random = new Random();
            while (next.getAndIncrement() < entries) {
                StringBuilder body = new StringBuilder("{\"date\":\"2026-06-01\",\"description\":\"bench\",\"post\":true,\"lines\":[");
                for (int i = 0; i < lines; i++) {
                    String amount = (i % 2 == 0 ? BigDecimal.valueOf(100 + (i / 2), 2) : BigDecimal.valueOf(100 + (i / 2), 2)).toPlainString();
                    body.append(i == 0 ? "" : ",").append("{\"account\":\"").append(accounts.get(random.nextInt(accounts.size())))
                            .append(i % 2 == 0 ? "\",\"debit\":\"" : "\",\"credit\":\"").append(amount).append("\"}");
                }
                expect(api.post("/api/v1/accounting/journal-entries", body.append("]}").toString()), 201);
            }
        });
        return entries / seconds(start);
    }

    private static double postViaJdbc(UUID tenant, List<UUID> accounts, int lines, int entries) throws Exception {
        DataSource dataSource = kernel.bean(DataSource.class);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        parallel(() -> {
            Random random = new Random();
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                while (next.getAndIncrement() < entries) {
                    try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, true)");
                         PreparedStatement entry = c.prepareStatement("insert into acc_entries (tenant_id, id, entry_date, "
                                 + "description, posted_at, source) values (?, ?, ?, 'bench', ?, 'manual')");
                         // the entry's lines in one multi-row statement, as the poster writes them (one round trip, and
                         // the balances trigger folds them once, as for the API)
                         PreparedStatement line = c.prepareStatement("insert into acc_lines (tenant_id, id, entry_id, line_no, "
                                 + "entry_date, account_id, currency, debit, credit, base_debit, base_credit, rate) values "
                                 + String.join(", ", Collections.nCopies(lines, "(?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, 1)")))) {
                        set.setString(1, tenant.toString());
                        set.execute();
                        UUID id = UUID.randomUUID();
                        Date date = Date.valueOf("2026-06-01");
                        entry.setObject(1, tenant);
                        entry.setObject(2, id);
                        entry.setDate(3, date);
                        entry.setTimestamp(4, Timestamp.from(Instant.now()));
                        entry.executeUpdate();
                        for (int i = 0; i < lines; i++) {
                            BigDecimal amount = BigDecimal.valueOf(100 + (i / 2), 2);
                            BigDecimal debit = i % 2 == 0 ? amount : BigDecimal.ZERO;
                            BigDecimal credit = i % 2 == 0 ? BigDecimal.ZERO : amount;
                            int p = i * 10;
                            line.setObject(p + 1, tenant);
                            line.setObject(p + 2, UUID.randomUUID());
                            line.setObject(p + 3, id);
                            line.setInt(p + 4, i + 1);
                            line.setDate(p + 5, date);
                            line.setObject(p + 6, accounts.get(random.nextInt(accounts.size())));
                            line.setBigDecimal(p + 7, debit);
                            line.setBigDecimal(p + 8, credit);
                            line.setBigDecimal(p + 9, debit);
                            line.setBigDecimal(p + 10, credit);
                        }
                        line.executeUpdate();
                        c.commit();
                    }
                }
            }
        });
        return entries / seconds(start);
    }

    private static void statementsPerInvoice(ApiClient api) {
        String party = api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Bench customer\"}").json().get("id").asString();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"description\":\"Item ").append(i)
                    .append("\",\"quantity\":\"2\",\"unitPrice\":\"").append(10 + i).append(".25\",\"taxRate\":\"20\"}");
        }
        String body = "{\"kind\":\"customer\",\"partyId\":\"" + party + "\",\"date\":\"2026-06-02\",\"lines\":[" + lines + "]}";
        StatementCounter counter = StatementCounter.start();
        try {
            String entry = "{\"date\":\"2026-06-02\",\"description\":\"bench\",\"post\":true,\"lines\":["
                    + "{\"account\":\"1500\",\"debit\":\"1.00\"},{\"account\":\"4000\",\"credit\":\"1.00\"}]}";
            for (int run = 0; run < 4; run++) {
                counter.reset();
                expect(api.post("/api/v1/accounting/journal-entries", entry), 201);
                if (run == 3) {
                    System.out.printf("2-line journal entry posted via the API = %d statements in %d round trips (whole HTTP request)%n",
                            counter.statements(), counter.roundTrips());
                }
            }
            for (int run = 0; run < 4; run++) { // the last run is reported; earlier ones warm the caches
                counter.reset();
                ApiResponse created = expect(api.post("/api/v1/accounting/invoices", body), 201);
                long createExecutes = counter.statements();
                long createRoundTrips = counter.roundTrips();
                counter.reset();
                expect(api.post("/api/v1/accounting/invoices/" + created.json().get("id").asString() + "/confirm", ""), 200);
                if (run == 3) {
                    System.out.printf("50-line invoice: create = %d statements executed in %d round trips; confirm (post) = %d "
                            + "statements in %d round trips (whole HTTP request, incl. the kernel's own; batch rows count one each)%n",
                            createExecutes, createRoundTrips, counter.statements(), counter.roundTrips());
                }
            }
        } finally {
            counter.close();
        }
    }

    private static void trialBalanceAtOneMillionLines(ApiClient api, UUID tenant, List<String> accounts) throws SQLException {
        List<UUID> ids = ids(tenant, accounts);
        long existing = kernel.countAsSuperuser("select count(*) from acc_lines where tenant_id = ?", tenant);
        int entries = (int) ((1_000_000 - existing) / 2);
        long load = System.nanoTime();
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("set session_replication_role = replica"); // bulk load: skip the per-row balance trigger (rows balance by construction)
            s.execute("create temporary table bench_accounts (n int, id uuid)");
            try (PreparedStatement p = c.prepareStatement("insert into bench_accounts values (?, ?)")) {
                for (int i = 0; i < ids.size(); i++) {
                    p.setInt(1, i);
                    p.setObject(2, ids.get(i));
                    p.addBatch();
                }
                p.executeBatch();
            }
            s.execute("""
                    create temporary table bench_entries as
                    select g as n, gen_random_uuid() as id, date '2025-01-01' + (g %% 730) as d
                      from generate_series(1, %d) g
                    """.formatted(entries));
            s.execute("insert into acc_entries (tenant_id, id, entry_date, description, posted_at, source) "
                    + "select '" + tenant + "', id, d, 'bulk', now(), 'manual' from bench_entries");
            s.execute("""
                    insert into acc_lines (tenant_id, id, entry_id, line_no, entry_date, account_id, currency, debit, credit,
                                           base_debit, base_credit, rate)
                    select '%1$s', gen_random_uuid(), e.id, k, e.d, a.id, 'EUR',
                           case when k = 1 then amt else 0 end, case when k = 2 then amt else 0 end,
                           case when k = 1 then amt else 0 end, case when k = 2 then amt else 0 end, 1
                      from (select *, round((random() * 1000)::numeric, 2) + 0.01 as amt from bench_entries) e
                      cross join generate_series(1, 2) k
                      join bench_accounts a on a.n = (e.n::bigint * k * 7919) %% %2$d
                    """.formatted(tenant, ids.size()));
            // the bulk load bypassed the triggers, the balances' too: fold the loaded lines into the balances as the trigger would
            s.execute("""
                    insert into acc_balances as b (tenant_id, grain, period, account_id, closing, slot, debit, credit, lines)
                    select l.tenant_id, g.grain, case when g.grain = 'D' then l.entry_date else date_trunc('month', l.entry_date)::date end,
                           l.account_id, false, 0, sum(l.base_debit), sum(l.base_credit), count(*)
                      from acc_lines l join bench_entries e on e.id = l.entry_id
                      cross join (values ('D'), ('M')) as g(grain)
                     where l.tenant_id = '%s'
                     group by 1, 2, 3, 4
                    on conflict (tenant_id, grain, period, account_id, closing, slot) do update
                       set debit = b.debit + excluded.debit, credit = b.credit + excluded.credit, lines = b.lines + excluded.lines
                    """.formatted(tenant));
            c.commit();
            s.execute("set session_replication_role = origin");
            c.setAutoCommit(true);
            s.execute("analyze acc_lines");
            s.execute("analyze acc_entries");
            s.execute("analyze acc_balances");
        }
        long lines = kernel.countAsSuperuser("select count(*) from acc_lines where tenant_id = ?", tenant);
        System.out.printf("bulk-loaded %d entries in %.1f s; the tenant now has %,d journal lines%n", entries, seconds(load), lines);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            ApiResponse tb = expect(api.get("/api/v1/accounting/reports/trial-balance?asOf=2026-12-31"), 200);
            times.add(seconds(start) * 1000);
            if (i == 0 && tb.json().get("totals").get("debit").decimalValue().compareTo(tb.json().get("totals").get("credit").decimalValue()) != 0) {
                throw new IllegalStateException("trial balance does not balance: " + tb.json().get("totals"));
            }
        }
        Collections.sort(times);
        System.out.printf("trial balance over %,d lines (GET over HTTP, 7 runs): min %.0f ms, median %.0f ms, max %.0f ms%n",
                lines, times.get(0), times.get(3), times.get(6));
        List<Double> periodTimes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            expect(api.get("/api/v1/accounting/reports/trial-balance?from=2026-03-01&to=2026-03-31"), 200);
            periodTimes.add(seconds(start) * 1000);
        }
        Collections.sort(periodTimes);
        System.out.printf("trial balance for one month of it (5 runs): median %.0f ms%n", periodTimes.get(2));
        // the same sums in plain SQL as the application role, measured in the same run: over the lines (what the report
        // did before it read balances) and over the balances (what it reads now, without HTTP and the JSON)
        System.out.printf("plain SQL, same sums as of 2026-12-31 (7 runs, median): over the lines %.0f ms | over the balances %.1f ms%n",
                sqlMedian(tenant, """
                        select account_id, sum(base_debit), sum(base_credit) from acc_lines
                         where tenant_id = ? and entry_date >= date '0001-01-01' and entry_date <= date '2026-12-31' group by account_id
                        """), sqlMedian(tenant, """
                        select account_id, closing, sum(debit), sum(credit) from acc_balances
                         where tenant_id = ? and grain = 'M' and period >= date '0001-01-01' and period < date '2027-01-01'
                         group by account_id, closing
                        """));
    }

    private static double sqlMedian(UUID tenant, String sql) throws SQLException {
        List<Double> times = new ArrayList<>();
        try (Connection c = kernel.bean(DataSource.class).getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < 7; i++) {
                long start = System.nanoTime();
                try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, true)");
                     PreparedStatement q = c.prepareStatement(sql)) {
                    set.setString(1, tenant.toString());
                    set.execute();
                    q.setObject(1, tenant);
                    try (var rs = q.executeQuery()) {
                        while (rs.next()) {
                            rs.getBigDecimal(3);
                        }
                    }
                }
                c.commit();
                times.add(seconds(start) * 1000);
            }
        }
        Collections.sort(times);
        return times.get(3);
    }

    private static List<UUID> ids(UUID tenant, List<String> codes) {
        List<UUID> ids = new ArrayList<>();
        for (String code : codes) {
            ids.add(UUID.fromString(kernel.queryAsSuperuser("select id from acc_accounts where tenant_id = ? and code = ?", tenant, code)));
        }
        return ids;
    }

    interface Work {
        void run() throws Exception;
    }

    private static void parallel(Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                tasks.add(() -> {
                    work.run();
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ApiResponse expect(ApiResponse response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ": " + response);
        }
        return response;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
