package io.tessera.plugins.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many threads post to a few hot accounts while the database aborts a share of the line inserts — as serialization
 * failures and deadlock victims (which the module retries) and as plain errors (which it must not half-apply). The
 * ledger must end up equal to a single-threaded model of the requests that succeeded, with no unbalanced entry.
 */
class ConcurrencyIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin().build();

    private static final String[] HOT = {"1500", "2000", "4000"};
    private static final int THREADS = 8;
    private static final int POSTINGS_PER_THREAD = 40;

    @AfterAll
    static void invariantsHold() throws SQLException {
        assertThat(Ledgers.invariantViolations(kernel)).isEmpty();
    }

    @Test
    void injectedRollbacksAndRetriesLoseNothingAndUnbalanceNothing() throws Exception {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, "conc");
        injectFailures(0.08, 0.08, 0.01);

        Map<String, BigDecimal> model = new ConcurrentHashMap<>();
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Void>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(t);
                workers.add(() -> {
                    for (int i = 0; i < POSTINGS_PER_THREAD; i++) {
                        String debit = HOT[random.nextInt(HOT.length)];
                        String credit = HOT[(List.of(HOT).indexOf(debit) + 1 + random.nextInt(HOT.length - 1)) % HOT.length];
                        BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(100_000), 2);
                        ApiResponse r = api.post("/api/v1/accounting/journal-entries",
                                Ledgers.entry("2026-05-01", true, debit, credit, amount.toPlainString()));
                        if (r.status() == 201) {
                            model.merge(debit, amount, BigDecimal::add);
                            model.merge(credit, amount.negate(), BigDecimal::add);
                            succeeded.incrementAndGet();
                        } else {
                            assertThat(r.status()).as(r.body()).isIn(409, 500);
                            assertThat(r.contentType()).startsWith("application/problem+json");
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(workers)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            injectFailures(0, 0, 0);
        }

        long injected = Long.parseLong(kernel.queryAsSuperuser("select last_value from acc_test_injected"));
        int total = THREADS * POSTINGS_PER_THREAD;
        assertThat(succeeded.get() + failed.get()).isEqualTo(total);
        assertThat(injected).as("failures injected").isGreaterThan(total / 10);
        // without retries about a third of the postings would fail; with them nearly all complete
        assertThat(succeeded.get()).as("postings that completed, " + injected + " failures injected").isGreaterThan(total * 9 / 10);
        assertThat(kernel.countAsSuperuser("select count(*) from acc_entries e join tenants t on t.id = e.tenant_id "
                + "where t.slug = 'conc'")).isEqualTo(succeeded.get());
        for (String account : HOT) {
            String sum = kernel.queryAsSuperuser("select coalesce(sum(l.debit - l.credit), 0) from acc_lines l "
                    + "join acc_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id "
                    + "join tenants t on t.id = l.tenant_id where t.slug = 'conc' and a.code = ?", account);
            assertThat(new BigDecimal(sum)).as(account).isEqualByComparingTo(model.getOrDefault(account, BigDecimal.ZERO));
        }
    }

    @Test
    void concurrentPaymentsNeverOverAllocateAnInvoice() throws Exception {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, "conc-pay");
        String party = api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Payer\"}").json().get("id").asString();
        String invoice = api.post("/api/v1/accounting/invoices", """
                {"kind":"customer","partyId":"%s","date":"2026-05-01","lines":[{"description":"x","quantity":"1","unitPrice":"100"}]}
                """.formatted(party)).json().get("id").asString();
        assertThat(api.post("/api/v1/accounting/invoices/" + invoice + "/confirm", "").status()).isEqualTo(200);
        String body = """
                {"partyId":"%s","date":"2026-05-02","amount":"15.00","allocations":[{"invoiceId":"%s","amount":"15.00"}]}
                """.formatted(party, invoice);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> api.post("/api/v1/accounting/payments", body));
        }
        int paid = 0;
        try {
            for (Future<ApiResponse> f : pool.invokeAll(calls)) {
                ApiResponse r = f.get();
                if (r.status() == 201) {
                    paid++;
                } else {
                    assertThat(r.status()).as(r.body()).isEqualTo(422);
                    assertThat(r.body()).contains("allocations[0].amount");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(paid).isEqualTo(6);
        assertThat(api.get("/api/v1/accounting/invoices/" + invoice).json().get("open").decimalValue()).isEqualByComparingTo("10.00");
    }

    /** A superuser-owned trigger that aborts line inserts at random; a sequence counts injections across rollbacks. */
    private static void injectFailures(double serialization, double deadlock, double error) throws SQLException {
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement()) {
            s.execute("create sequence if not exists acc_test_injected");
            s.execute("create table if not exists acc_test_chaos (serialization float8, deadlock float8, error float8)");
            s.execute("delete from acc_test_chaos");
            s.execute("insert into acc_test_chaos values (" + serialization + ", " + deadlock + ", " + error + ")");
            s.execute("""
                    create or replace function acc_test_chaos() returns trigger language plpgsql security definer as $$
                    declare c record; r float8 := random();
                    begin
                      select * into c from acc_test_chaos limit 1;
                      if r < c.serialization then
                        perform nextval('acc_test_injected');
                        raise exception 'injected serialization failure' using errcode = '40001';
                      elsif r < c.serialization + c.deadlock then
                        perform nextval('acc_test_injected');
                        raise exception 'injected deadlock' using errcode = '40P01';
                      elsif r < c.serialization + c.deadlock + c.error then
                        perform nextval('acc_test_injected');
                        raise exception 'injected failure' using errcode = 'P0001';
                      end if;
                      return new;
                    end $$""");
            s.execute("drop trigger if exists acc_test_chaos on acc_lines");
            s.execute("create trigger acc_test_chaos before insert on acc_lines for each row execute function acc_test_chaos()");
        }
    }
}
