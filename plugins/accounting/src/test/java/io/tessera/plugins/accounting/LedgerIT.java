package io.tessera.plugins.accounting;

import static io.tessera.plugins.accounting.Ledgers.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The general ledger over HTTP and SQL, with the real plugin jar on PostgreSQL as the application role. */
class LedgerIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin().build();

    private static final String JE = "/api/v1/accounting/journal-entries";

    @AfterAll
    static void ledgerInvariantsHold() throws SQLException {
        assertThat(Ledgers.invariantViolations(kernel)).isEmpty();
    }

    @Test
    void theChartIsSeededOnEnableAndTheTemplateCanBeChosenWhileTheLedgerIsEmpty() {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, "acc-chart");
        JsonNode accounts = api.get("/api/v1/accounting/accounts").json();
        assertThat(accounts.get("items").findValuesAsString("code")).contains("1300", "3100", "4000", "5000");
        JsonNode receivables = api.get("/api/v1/accounting/accounts/1300").json();
        assertThat(receivables.get("name").asString()).isEqualTo("Trade receivables");
        assertThat(receivables.get("type").asString()).isEqualTo("ASSET");
        assertThat(receivables.get("active").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/accounting/settings").json().get("baseCurrency").asString()).isEqualTo("EUR");

        ApiResponse us = api.put("/api/v1/accounting/settings", "{\"chartTemplate\":\"us-small-business\"}");
        assertThat(us.status()).as(us.body()).isEqualTo(200);
        assertThat(us.json().get("baseCurrency").asString()).isEqualTo("USD");
        assertThat(api.get("/api/v1/accounting/accounts/1100").json().get("name").asString()).isEqualTo("Accounts receivable");
        assertThat(api.get("/api/v1/accounting/accounts/1300").json().get("name").asString()).isEqualTo("Prepaid expenses");
        assertProblem(api.put("/api/v1/accounting/settings", "{\"chartTemplate\":\"nope\"}"), 422, "chartTemplate");

        // accounts: add, deactivate, refuse to delete once used, delete while unused
        assertThat(api.post("/api/v1/accounting/accounts", "{\"code\":\"6950\",\"name\":\"Travel\",\"type\":\"expense\"}").status())
                .isEqualTo(201);
        assertProblem(api.post("/api/v1/accounting/accounts", "{\"code\":\"6950\",\"name\":\"Dup\",\"type\":\"expense\"}"), 409, null);
        assertProblem(api.post("/api/v1/accounting/accounts", "{\"code\":\"6960\",\"name\":\"X\",\"type\":\"spend\"}"), 422, "type");
        assertThat(api.post(JE, entry("2026-02-01", true, "6950", "1000", "12.50")).status()).isEqualTo(201);
        assertProblem(api.delete("/api/v1/accounting/accounts/6950"), 409, null);
        assertThat(api.put("/api/v1/accounting/accounts/6950", "{\"name\":\"Travel\",\"active\":false}").json().get("active").asBoolean()).isFalse();
        assertProblem(api.post(JE, entry("2026-02-01", true, "6950", "1000", "1.00")), 422, "lines[0].account");
        assertThat(api.post("/api/v1/accounting/accounts", "{\"code\":\"6970\",\"name\":\"Unused\",\"type\":\"expense\"}").status())
                .isEqualTo(201);
        assertThat(api.delete("/api/v1/accounting/accounts/6970").status()).isEqualTo(204);
        assertProblem(api.put("/api/v1/accounting/settings", "{\"chartTemplate\":\"ifrs\"}"), 409, null);
    }

    @Test
    void postingNeedsBalanceAndValidLinesAndTheDatabaseRefusesAnUnbalancedEntry() throws SQLException {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, "acc-post");
        ApiResponse posted = api.post(JE, entry("2026-03-01", true, "1500", "2000", "1000.00"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        assertThat(posted.json().get("state").asString()).isEqualTo("POSTED");
        JsonNode read = api.get(JE + "/" + posted.json().get("id").asString()).json();
        assertThat(read.get("lines").get(0).get("account").asString()).isEqualTo("1500");
        assertThat(read.get("lines").get(0).get("debit").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(read.get("totals").get("credit").decimalValue()).isEqualByComparingTo("1000.00");

        assertProblem(api.post(JE, """
                {"date":"2026-03-01","post":true,"lines":[{"account":"1500","debit":"10.00"},{"account":"2000","credit":"9.99"}]}
                """), 422, "lines");
        assertProblem(api.post(JE, """
                {"date":"2026-03-01","post":true,"lines":[{"account":"1500","debit":"10.001"},{"account":"2000","credit":"10.001"}]}
                """), 422, "lines[0].debit");
        assertProblem(api.post(JE, """
                {"date":"2026-03-01","post":true,"lines":[{"account":"1500","debit":"-5"},{"account":"2000","credit":"-5"}]}
                """), 422, "lines[0].debit");
        assertProblem(api.post(JE, """
                {"date":"2026-03-01","post":true,"lines":[{"account":"1500","debit":"5","credit":"5"},{"account":"2000","credit":"0"}]}
                """), 422, "lines[0]");
        assertProblem(api.post(JE, """
                {"date":"2026-03-01","post":true,"lines":[{"account":"1500","debit":"5","currency":"XYZ"},{"account":"2000","credit":"5"}]}
                """), 422, "lines[0].currency");
        assertProblem(api.post(JE, """
                {"date":"2026-03-01","post":true,"lines":[{"account":"9999","debit":"5"},{"account":"2000","credit":"5"}]}
                """), 422, "lines[0].account");
        assertProblem(api.post(JE, """
                {"date":"2026-03-01","post":true,"lines":[{"account":"1500","debit":"5","partyId":"%s"},{"account":"2000","credit":"5"}]}
                """.formatted(UUID.randomUUID())), 404, "lines[0].partyId");
        assertProblem(api.post(JE, "{\"post\":true,\"lines\":[]}"), 422, "date");
        assertThat(api.post(JE, "{not json").status()).isEqualTo(400);

        // the database itself refuses an unbalanced posted entry written around the API, as the application role
        UUID tenant = tenantId("acc-post");
        String account = kernel.queryAsSuperuser("select id from acc_accounts where tenant_id = ? and code = '1500'", tenant);
        assertThatThrownBy(() -> kernel.asApplicationRole(tenant, c -> {
            UUID entry = UUID.randomUUID();
            try (PreparedStatement s = c.prepareStatement("insert into acc_entries (tenant_id, id, entry_date, description, "
                    + "posted_at, source) values (?, ?, date '2026-03-02', 'sneaky', now(), 'manual')")) {
                s.setObject(1, tenant);
                s.setObject(2, entry);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into acc_lines (tenant_id, id, entry_id, line_no, entry_date, "
                    + "account_id, currency, debit, credit, base_debit, base_credit, rate) values (?, ?, ?, 1, date '2026-03-02', ?, "
                    + "'EUR', 5, 0, 5, 0, 1), (?, ?, ?, 2, date '2026-03-02', ?, 'EUR', 0, 4, 0, 4, 1)")) {
                int i = 1;
                for (int line = 0; line < 2; line++) {
                    s.setObject(i++, tenant);
                    s.setObject(i++, UUID.randomUUID());
                    s.setObject(i++, entry);
                    s.setObject(i++, UUID.fromString(account));
                }
                s.executeUpdate();
            }
        })).isInstanceOf(SQLException.class).hasMessageContaining("unbalanced");
        assertThat(kernel.countAsSuperuser("select count(*) from acc_entries where description = 'sneaky'")).isZero();
    }

    @Test
    void postedEntriesAreImmutableForTheApplicationRoleAndThroughTheApiWhileDraftsAreEditable() throws SQLException {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, "acc-immutable");
        Http http = Ledgers.http(kernel, "acc-immutable");
        String posted = api.post(JE, entry("2026-03-01", true, "1500", "2000", "50.00")).json().get("id").asString();
        assertProblem(api.put(JE + "/" + posted, entry("2026-03-01", false, "1500", "2000", "60.00")), 409, null);
        assertProblem(http.patch(JE + "/" + posted, "{\"description\":\"changed\"}"), 409, null);
        assertProblem(api.delete(JE + "/" + posted), 409, null);

        UUID tenant = tenantId("acc-immutable");
        for (String sql : List.of("update acc_lines set debit = debit + 1", "delete from acc_lines",
                "update acc_entries set description = 'changed'", "delete from acc_entries")) {
            assertThatThrownBy(() -> kernel.asApplicationRole(tenant, c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(sql);
                }
            })).as(sql).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        // not even the owner or a superuser changes a posted line: a trigger refuses it
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update acc_lines set debit = debit + 1"))
                    .hasMessageContaining("immutable");
        }

        ApiResponse draft = api.post(JE, entry("2026-03-05", false, "1500", "2000", "70.00"));
        assertThat(draft.status()).isEqualTo(201);
        assertThat(draft.json().get("state").asString()).isEqualTo("DRAFT");
        String id = draft.json().get("id").asString();
        assertThat(api.put(JE + "/" + id, entry("2026-03-06", false, "1500", "2000", "80.00")).json()
                .get("lines").get(0).get("debit").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(http.patch(JE + "/" + id, "{\"description\":\"patched\"}").json().get("description").asString())
                .isEqualTo("patched");
        ApiResponse postedDraft = api.post(JE + "/" + id + "/post", "");
        assertThat(postedDraft.status()).as(postedDraft.body()).isEqualTo(200);
        assertThat(postedDraft.json().get("state").asString()).isEqualTo("POSTED");
        assertThat(postedDraft.json().get("id").asString()).isEqualTo(id);
        assertProblem(api.post(JE + "/" + id + "/post", ""), 409, null);
        String other = api.post(JE, entry("2026-03-05", false, "1500", "2000", "1.00")).json().get("id").asString();
        assertThat(api.delete(JE + "/" + other).status()).isEqualTo(204);
        assertProblem(api.get(JE + "/" + other), 404, null);
    }

    @Test
    void nothingIsPostedOnOrBeforeTheLockDateNorInAClosedPeriod() {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, "acc-lock");
        assertThat(api.put("/api/v1/accounting/lock-date", "{\"date\":\"2026-01-31\"}").status()).isEqualTo(200);
        assertProblem(api.post(JE, entry("2026-01-31", true, "1500", "2000", "5.00")), 422, "date");
        assertProblem(api.post(JE, entry("2025-12-01", true, "1500", "2000", "5.00")), 422, "date");
        assertThat(api.post(JE, entry("2026-02-01", true, "1500", "2000", "5.00")).status()).isEqualTo(201);
        String draft = api.post(JE, entry("2026-01-15", false, "1500", "2000", "5.00")).json().get("id").asString();
        assertProblem(api.post(JE + "/" + draft + "/post", ""), 422, "date");

        ApiResponse year = api.post("/api/v1/accounting/fiscal-years", "{\"startDate\":\"2027-01-01\",\"endDate\":\"2027-12-31\"}");
        assertThat(year.status()).as(year.body()).isEqualTo(201);
        assertThat(year.json().get("periods")).hasSize(12);
        assertProblem(api.post("/api/v1/accounting/fiscal-years", "{\"startDate\":\"2027-06-01\",\"endDate\":\"2028-05-31\"}"), 409, null);
        String january = year.json().get("periods").get(0).get("id").asString();
        assertThat(api.post("/api/v1/accounting/periods/" + january + "/close", "").status()).isEqualTo(200);
        assertProblem(api.post(JE, entry("2027-01-15", true, "1500", "2000", "5.00")), 422, "date");
        assertThat(api.post(JE, entry("2027-02-01", true, "1500", "2000", "5.00")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/accounting/periods/" + january + "/reopen", "").status()).isEqualTo(200);
        assertThat(api.post(JE, entry("2027-01-15", true, "1500", "2000", "5.00")).status()).isEqualTo(201);
    }

    @Test
    void aReversalNetsToZeroAndHappensOnce() {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, "acc-reverse");
        String id = api.post(JE, entry("2026-04-01", true, "5300", "1500", "123.45")).json().get("id").asString();
        ApiResponse reversal = api.post(JE + "/" + id + "/reverse", "{\"date\":\"2026-04-02\"}");
        assertThat(reversal.status()).as(reversal.body()).isEqualTo(201);
        JsonNode r = reversal.json();
        assertThat(r.get("reversalOf").asString()).isEqualTo(id);
        assertThat(r.get("lines").get(0).get("account").asString()).isEqualTo("5300");
        assertThat(r.get("lines").get(0).get("credit").decimalValue()).isEqualByComparingTo("123.45");
        assertThat(api.get(JE + "/" + id).json().get("reversedBy").asString()).isEqualTo(r.get("id").asString());
        assertThat(kernel.queryAsSuperuser("select sum(base_debit) - sum(base_credit) from acc_lines l join acc_accounts a "
                + "on a.tenant_id = l.tenant_id and a.id = l.account_id where a.code = '5300' and l.tenant_id = ?",
                tenantId("acc-reverse"))).isEqualTo("0.0000");
        assertProblem(api.post(JE + "/" + id + "/reverse", "{}"), 409, null);
    }

    @Test
    void foreignCurrencyLinesCarryBaseAmountsWithExplicitRounding() {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, "acc-fx");
        assertThat(api.put("/api/v1/accounting/exchange-rates", "{\"currency\":\"USD\",\"date\":\"2026-05-01\",\"rate\":\"0.3333333333\"}")
                .status()).isEqualTo(200);
        assertProblem(api.put("/api/v1/accounting/exchange-rates", "{\"currency\":\"USD\",\"date\":\"2026-05-01\",\"rate\":\"-1\"}"),
                422, "rate");
        assertProblem(api.post(JE, """
                {"date":"2026-04-30","post":true,"lines":[{"account":"1500","debit":"1.00","currency":"USD"},
                {"account":"4100","credit":"1.00","currency":"USD"}]}
                """), 422, "lines[0].currency");
        ApiResponse posted = api.post(JE, """
                {"date":"2026-05-03","post":true,"lines":[{"account":"1500","debit":"1.00","currency":"USD"},
                {"account":"4100","credit":"0.50","currency":"USD"},{"account":"4100","credit":"0.50","currency":"USD"}]}
                """);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        JsonNode lines = posted.json().get("lines");
        // 1.00 USD -> 0.33 EUR; 0.50 USD -> 0.17 EUR twice: the 0.01 difference goes to the rounding account
        assertThat(lines.get(0).get("baseDebit").decimalValue()).isEqualByComparingTo("0.33");
        assertThat(lines.get(1).get("baseCredit").decimalValue()).isEqualByComparingTo("0.17");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3).get("account").asString()).isEqualTo("5900");
        assertThat(lines.get(3).get("baseDebit").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(posted.json().get("totals").get("debit").decimalValue()).isEqualByComparingTo("0.34");
        assertThat(posted.json().get("totals").get("credit").decimalValue()).isEqualByComparingTo("0.34");
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameEntrySequentiallyAndInParallel() throws Exception {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, "acc-idem");
        Http http = Ledgers.http(kernel, "acc-idem");
        UUID tenant = tenantId("acc-idem");
        for (int times : new int[] {1, 2, 10}) {
            String key = "seq-" + times;
            String body = entry("2026-06-01", true, "1500", "2000", times + ".00");
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < times; i++) {
                ApiResponse r = http.post(JE, body, key);
                assertThat(r.status()).as(r.body()).isEqualTo(201);
                ids.add(r.json().get("id").asString());
            }
            assertThat(ids).hasSize(1);
            assertThat(kernel.countAsSuperuser("select count(*) from acc_lines where tenant_id = ? and debit = ?", tenant,
                    new java.math.BigDecimal(times + ".00"))).isEqualTo(1);
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            for (int times : new int[] {1, 2, 10}) {
                String key = "par-" + times;
                String body = entry("2026-06-02", true, "1500", "2000", (100 + times) + ".00");
                List<Callable<ApiResponse>> calls = new ArrayList<>();
                for (int i = 0; i < times; i++) {
                    calls.add(() -> http.post(JE, body, key));
                }
                Set<String> ids = new HashSet<>();
                for (Future<ApiResponse> f : pool.invokeAll(calls)) {
                    assertThat(f.get().status()).as(f.get().body()).isEqualTo(201);
                    ids.add(f.get().json().get("id").asString());
                }
                assertThat(ids).hasSize(1);
                assertThat(kernel.countAsSuperuser("select count(*) from acc_lines where tenant_id = ? and debit = ?", tenant,
                        new java.math.BigDecimal((100 + times) + ".00"))).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertProblem(http.post(JE, entry("2026-06-01", true, "1500", "2000", "999.00"), "seq-2"), 409, null);
        ApiResponse replay = http.post(JE, entry("2026-06-01", true, "1500", "2000", "2.0"), "seq-2");
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
    }

    @Test
    void anotherTenantsEntriesAndAccountsAreNotFoundOnEveryEndpoint() {
        ApiClient owner = Ledgers.tenantWithAccounting(kernel, "acc-owner");
        ApiClient other = Ledgers.tenantWithAccounting(kernel, "acc-other");
        Http otherHttp = Ledgers.http(kernel, "acc-other");
        String posted = owner.post(JE, entry("2026-07-01", true, "1500", "2000", "10.00")).json().get("id").asString();
        String draft = owner.post(JE, entry("2026-07-01", false, "1500", "2000", "10.00")).json().get("id").asString();
        owner.post("/api/v1/accounting/accounts", "{\"code\":\"7777\",\"name\":\"Owner only\",\"type\":\"expense\"}");
        String period = owner.post("/api/v1/accounting/fiscal-years", "{\"startDate\":\"2030-01-01\",\"endDate\":\"2030-12-31\"}")
                .json().get("periods").get(0).get("id").asString();
        for (String id : List.of(posted, draft)) {
            assertProblem(other.get(JE + "/" + id), 404, null);
            assertProblem(other.put(JE + "/" + id, entry("2026-07-01", false, "1500", "2000", "1.00")), 404, null);
            assertProblem(otherHttp.patch(JE + "/" + id, "{\"description\":\"x\"}"), 404, null);
            assertProblem(other.delete(JE + "/" + id), 404, null);
            assertProblem(other.post(JE + "/" + id + "/post", ""), 404, null);
            assertProblem(other.post(JE + "/" + id + "/reverse", "{}"), 404, null);
        }
        assertProblem(other.get("/api/v1/accounting/accounts/7777"), 404, null);
        assertProblem(other.put("/api/v1/accounting/accounts/7777", "{\"active\":false}"), 404, null);
        assertProblem(other.delete("/api/v1/accounting/accounts/7777"), 404, null);
        assertProblem(other.post("/api/v1/accounting/periods/" + period + "/close", ""), 404, null);
        assertThat(other.get(JE).json().get("totalElements").asLong()).isZero();
        assertThat(owner.get(JE + "/" + draft).status()).isEqualTo(200);
    }

    @Test
    void detachingAndEnablingAgainKeepsTheLedgerIntact() {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, "acc-detach");
        api.put("/api/v1/accounting/settings", "{\"chartTemplate\":\"ifrs\",\"baseCurrency\":\"CHF\"}");
        String id = api.post(JE, entry("2026-08-01", true, "1500", "2000", "42.00")).json().get("id").asString();
        String before = api.get(JE + "/" + id).body();
        // the tenant export covers the module's tables (each has an id column)
        ApiResponse export = api.get("/api/v1/admin/export");
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(api.delete("/api/v1/admin/modules/accounting").status()).isEqualTo(200);
        assertProblem(api.get(JE + "/" + id), 404, null);
        assertThat(api.put("/api/v1/admin/modules/accounting", "").status()).isEqualTo(200);
        assertThat(api.get(JE + "/" + id).body()).isEqualTo(before);
        assertThat(api.get("/api/v1/accounting/settings").json().get("baseCurrency").asString()).isEqualTo("CHF");
        assertThat(kernel.countAsSuperuser("select count(*) from acc_accounts where tenant_id = ?", tenantId("acc-detach")))
                .isEqualTo(40);
    }

    private static UUID tenantId(String slug) {
        return UUID.fromString(kernel.queryAsSuperuser("select id from tenants where slug = ?", slug));
    }

    @Test
    void yearEndClosingMovesIncomeAndExpensesIntoRetainedEarningsOnceAndLocksTheYear() {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, "acc-close");
        ApiResponse created = api.post("/api/v1/accounting/fiscal-years", "{\"startDate\":\"2025-01-01\",\"endDate\":\"2025-12-31\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String year = created.json().get("id").asString();
        assertThat(api.post(JE, entry("2025-03-01", true, "1500", "4000", "100.00")).status()).isEqualTo(201);
        assertThat(api.post(JE, entry("2025-04-01", true, "5300", "1500", "30.25")).status()).isEqualTo(201);
        assertThat(api.post(JE, entry("2026-01-15", true, "1500", "4000", "9.00")).status()).isEqualTo(201); // next year
        String draft = api.post(JE, entry("2025-06-01", false, "5300", "1500", "1.00")).json().get("id").asString();

        assertProblem(api.post("/api/v1/accounting/fiscal-years/" + year + "/close", ""), 409, null);
        assertThat(api.get("/api/v1/accounting/lock-date").json().has("date")).as("nothing changed").isFalse();
        assertThat(api.delete(JE + "/" + draft).status()).isEqualTo(204);
        ApiResponse closed = api.post("/api/v1/accounting/fiscal-years/" + year + "/close", "");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("netIncome").decimalValue()).isEqualByComparingTo("69.75");
        JsonNode closing = api.get(JE + "/" + closed.json().get("closingEntryId").asString()).json();
        assertThat(closing.get("date").asString()).isEqualTo("2025-12-31");
        assertThat(closing.get("state").asString()).isEqualTo("POSTED");

        // after closing: income and expenses of the year are zero, retained earnings hold the profit
        JsonNode tb = api.get("/api/v1/accounting/reports/trial-balance?asOf=2025-12-31").json();
        assertThat(balanceOf(tb, "4000")).isEqualByComparingTo("0");
        assertThat(balanceOf(tb, "5300")).isEqualByComparingTo("0");
        assertThat(balanceOf(tb, "2100")).isEqualByComparingTo("-69.75");
        assertThat(api.get("/api/v1/accounting/reports/balance-sheet?asOf=2025-12-31").json().get("unclosedEarnings")
                .decimalValue()).isEqualByComparingTo("0");
        // the profit and loss of the closed year still shows it; next year's is untouched
        assertThat(api.get("/api/v1/accounting/reports/profit-and-loss?from=2025-01-01&to=2025-12-31").json().get("totals")
                .get("netProfit").decimalValue()).isEqualByComparingTo("69.75");
        assertThat(api.get("/api/v1/accounting/reports/profit-and-loss?from=2026-01-01&to=2026-12-31").json().get("totals")
                .get("netProfit").decimalValue()).isEqualByComparingTo("9.00");

        // the year is locked, closed once, audited; another tenant cannot close it
        assertThat(api.get("/api/v1/accounting/lock-date").json().get("date").asString()).isEqualTo("2025-12-31");
        assertProblem(api.post(JE, entry("2025-12-31", true, "1500", "4000", "1.00")), 422, "date");
        assertProblem(api.post("/api/v1/accounting/fiscal-years/" + year + "/close", ""), 409, null);
        JsonNode listed = api.get("/api/v1/accounting/fiscal-years").json().get(0);
        assertThat(listed.get("closed").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/admin/audit?entity=FiscalYear&entityId=" + year).json().get("items").get(0)
                .get("action").asString()).isEqualTo("CLOSE");
        ApiClient other = Ledgers.tenantWithAccounting(kernel, "acc-close-other");
        assertProblem(other.post("/api/v1/accounting/fiscal-years/" + year + "/close", ""), 404, null);
    }

    private static java.math.BigDecimal balanceOf(JsonNode tb, String code) {
        for (JsonNode line : tb.get("lines")) {
            if (line.get("account").asString().equals(code)) {
                return line.get("balance").decimalValue();
            }
        }
        return java.math.BigDecimal.ZERO;
    }

    static void assertProblem(ApiResponse response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isNotBlank();
        if (field != null) {
            assertThat(response.json().get("errors").findValuesAsString("field")).as(response.body()).contains(field);
        }
    }
}
