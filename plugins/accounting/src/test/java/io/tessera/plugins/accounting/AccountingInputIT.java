package io.tessera.plugins.accounting;

import static io.tessera.plugins.accounting.Ledgers.entry;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * What reaches the append-only ledger: dates only as ISO strings within 1900–2999 on every accounting operation,
 * descriptions within their column, and account PUT as a full replace.
 */
class AccountingInputIT {

    private static final String JE = "/api/v1/accounting/journal-entries";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin().build();

    static ApiClient api;
    static String party;

    @BeforeAll
    static void tenant() {
        api = Ledgers.tenantWithAccounting(kernel, "acc-input");
        party = company(api, "Input Corp");
    }

    @AfterAll
    static void nothingOutOfRangeWasStored() throws SQLException {
        assertThat(kernel.countAsSuperuser("select count(*) from acc_entries where entry_date < date '1900-01-01' "
                + "or entry_date > date '2999-12-31'")).isZero();
        assertThat(kernel.countAsSuperuser("select count(*) from acc_drafts where entry_date < date '1900-01-01' "
                + "or entry_date > date '2999-12-31'")).isZero();
        assertThat(Ledgers.invariantViolations(kernel)).isEmpty();
    }

    @Test
    void journalEntryDatesAreIsoStringsWithinTheRange() {
        String entry = entry("2026-03-01", true, "1000", "4000", "10.00");
        assertField(api.post(JE, entry.replace("\"2026-03-01\"", "20260101")), 422, "date");
        assertField(api.post(JE, entry.replace("2026-03-01", "+999999999-12-31")), 422, "date");
        assertField(api.post(JE, entry.replace("2026-03-01", "0000-01-01")), 422, "date");
        assertField(api.post(JE, entry.replace("2026-03-01", "1899-12-31")), 422, "date");
        assertThat(ok(api.post(JE, entry), 201).get("date").asString()).isEqualTo("2026-03-01");
    }

    @Test
    void reversalsPaymentsRatesLockDatesAndInvoicesRefuseOutOfRangeDates() {
        String posted = created(api.post(JE, entry("2026-03-02", true, "1000", "4000", "5.00")));
        assertField(api.post(JE + "/" + posted + "/reverse", "{\"date\":\"0000-01-01\"}"), 422, "date");
        assertField(api.post(JE + "/" + posted + "/reverse", "{\"date\":20260101}"), 422, "date");
        assertField(api.post("/api/v1/accounting/payments", "{\"partyId\":\"" + party + "\",\"date\":20260101,\"amount\":5,"
                + "\"allocations\":[]}"), 422, "date");
        assertField(api.put("/api/v1/accounting/exchange-rates", "{\"currency\":\"USD\",\"date\":\"+999999999-12-31\",\"rate\":0.9}"),
                422, "date");
        assertField(api.put("/api/v1/accounting/lock-date", "{\"date\":20260101}"), 422, "date");
        assertField(api.put("/api/v1/accounting/lock-date", "{\"date\":\"0000-01-01\"}"), 422, "date");
        String invoice = "{\"kind\":\"customer\",\"partyId\":\"" + party + "\",\"date\":\"2026-03-01\",\"dueDate\":\"%s\","
                + "\"lines\":[{\"description\":\"Work\",\"quantity\":1,\"unitPrice\":10,\"taxRate\":0}]}";
        assertField(api.post("/api/v1/accounting/invoices", invoice.formatted("+999999999-12-31")), 422, "dueDate");
        assertField(api.post("/api/v1/accounting/invoices", invoice.formatted("0000-01-01")), 422, "dueDate");
        assertThat(api.get("/api/v1/accounting/lock-date").json().has("date")).as("no lock date set").isFalse();
    }

    @Test
    void reversalDescriptionsAreValidatedUpFrontNotRefusedAsAConflict() {
        String posted = created(api.post(JE, entry("2026-03-03", true, "1000", "4000", "7.00")
                .replace("\"description\":\"test\"", "\"description\":\"" + "d".repeat(495) + "\"")));
        assertField(api.post(JE + "/" + posted + "/reverse", "{\"description\":\"" + "r".repeat(501) + "\"}"), 422, "description");
        JsonNode reversal = ok(api.post(JE + "/" + posted + "/reverse", "{}"), 201);
        assertThat(reversal.get("description").asString()).startsWith("Reversal of ddd").hasSize(500);
    }

    @Test
    void accountPutIsAFullReplace() {
        ok(api.post("/api/v1/accounting/accounts", "{\"code\":\"1010\",\"name\":\"Petty cash\",\"type\":\"asset\",\"parent\":\"1000\"}"), 201);
        assertField(api.put("/api/v1/accounting/accounts/1010", "{\"active\":false}"), 422, "name");
        JsonNode unchanged = ok(api.get("/api/v1/accounting/accounts/1010"));
        assertThat(unchanged.get("active").asBoolean()).isTrue();
        assertThat(unchanged.get("parentCode").asString()).isEqualTo("1000");

        JsonNode inactive = ok(api.put("/api/v1/accounting/accounts/1010", "{\"name\":\"Petty cash\",\"parent\":\"1000\",\"active\":false}"));
        assertThat(inactive.get("active").asBoolean()).isFalse();
        JsonNode replaced = ok(api.put("/api/v1/accounting/accounts/1010", "{\"name\":\"Cash box\"}"));
        assertThat(replaced.get("name").asString()).isEqualTo("Cash box");
        assertThat(replaced.get("parentCode").isNull()).as("no parent sent: top level").isTrue();
        assertThat(replaced.get("active").asBoolean()).as("active not sent: its default").isTrue();
    }
}
