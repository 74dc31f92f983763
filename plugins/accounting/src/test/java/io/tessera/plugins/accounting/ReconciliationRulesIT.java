package io.tessera.plugins.accounting;

import static io.tessera.plugins.accounting.LedgerIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Stored reconciliation rules over HTTP on PostgreSQL: CRUD naming every bad field and hiding other tenants' rules, a
 * "bank fees → 6800" rule suggested next to a line and booked by {@code {"rule"}} as a balanced entry, apply-rules
 * booking only the lines exactly one rule meets (a line two rules meet stays open) and nothing at all when one booking
 * fails, and the reconciliation report at zero difference once the rest is reconciled.
 */
class ReconciliationRulesIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin().build();

    private static final String RULES = "/api/v1/accounting/reconciliation-rules";
    private static final String BANKS = "/api/v1/accounting/bank-accounts";
    private static final String LINES = "/api/v1/accounting/statement-lines/";
    private static final String MAPPING =
            "?map.date=Buchungstag&map.amount=Betrag&map.reference=Verwendungszweck&map.counterparty=Auftraggeber";
    private static ApiClient api;

    @BeforeAll
    static void tenant() {
        api = Ledgers.tenantWithAccounting(kernel, "rules-main");
        assertThat(api.post("/api/v1/accounting/accounts", "{\"code\":\"6800\",\"name\":\"Bank fees\",\"type\":\"EXPENSE\",\"parent\":\"5\"}")
                .status()).isEqualTo(201);
        assertThat(api.post("/api/v1/accounting/accounts", "{\"code\":\"6810\",\"name\":\"Card fees\",\"type\":\"EXPENSE\",\"parent\":\"5\"}")
                .status()).isEqualTo(201);
    }

    @AfterAll
    static void invariantsHold() throws SQLException {
        assertThat(Ledgers.invariantViolations(kernel)).isEmpty();
    }

    @Test
    void rulesAreValidatedPerFieldAndStayWithTheirTenant() {
        ApiResponse empty = api.post(RULES, "{}");
        assertProblem(empty, 422, "name");
        assertThat(empty.json().get("errors").findValuesAsString("field")).contains("reference", "counterparty", "account");
        ApiResponse bad = api.post(RULES, "{\"name\":\"x\",\"reference\":\"fee\",\"direction\":\"SIDEWAYS\",\"minAmount\":-1,"
                + "\"maxAmount\":\"0.123456\",\"account\":\"9999\"}");
        assertProblem(bad, 422, "direction");
        assertThat(bad.json().get("errors").findValuesAsString("field")).contains("minAmount", "maxAmount", "account")
                .doesNotContain("name", "reference");
        assertProblem(api.post(RULES, "{\"name\":\"x\",\"counterparty\":\"bank\",\"minAmount\":10,\"maxAmount\":5,\"account\":\"6800\"}"),
                422, "maxAmount");

        ApiResponse created = api.post(RULES, "{\"name\":\"Zinsen\",\"reference\":\"Zins\",\"direction\":\"in\",\"account\":\"6800\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("direction").asString()).isEqualTo("IN");
        assertThat(created.json().get("account").asString()).isEqualTo("6800");
        assertThat(created.json().get("accountName").asString()).isEqualTo("Bank fees");
        assertProblem(api.post(RULES, "{\"name\":\"Zinsen\",\"reference\":\"x\",\"account\":\"6800\"}"), 409, null);

        ApiResponse updated = api.put(RULES + "/" + id, "{\"name\":\"Zinsen Q2\",\"counterparty\":\"Sparkasse\",\"account\":\"6810\","
                + "\"description\":\"Interest\"}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("account").asString()).isEqualTo("6810");
        assertThat(updated.json().get("reference").isNull()).isTrue();
        assertProblem(api.put(RULES + "/" + id, "{\"name\":\"Zinsen Q2\",\"counterparty\":\"Sparkasse\",\"account\":\"\"}"), 422, "account");
        assertThat(api.get(RULES).json().get("items").findValuesAsString("name")).contains("Zinsen Q2");

        ApiClient other = Ledgers.tenantWithAccounting(kernel, "rules-other");
        assertProblem(other.get(RULES + "/" + id), 404, null);
        assertProblem(other.put(RULES + "/" + id, "{\"name\":\"n\",\"reference\":\"x\",\"account\":\"1500\"}"), 404, null);
        assertProblem(other.delete(RULES + "/" + id), 404, null);
        assertThat(other.get(RULES).json().get("items")).isEmpty();
        // another tenant's rule in a reconcile body is not found either
        String otherBank = other.post(BANKS, "{\"name\":\"Other Bank\",\"currency\":\"EUR\"}").json().get("id").asString();
        ApiResponse otherStatement = other.postAs(BANKS + "/" + otherBank + "/statements" + MAPPING, "text/csv",
                "Buchungstag;Betrag;Verwendungszweck;Auftraggeber\r\n01.04.2026;5,00;Zins;Sparkasse\r\n");
        assertThat(otherStatement.status()).as(otherStatement.body()).isEqualTo(201);
        String otherLine = other.get(BANKS + "/" + otherBank + "/statements/" + otherStatement.json().get("id").asString() + "/lines")
                .json().get("items").get(0).get("line").get("id").asString();
        assertProblem(other.post(LINES + otherLine + "/reconcile", "{\"rule\":\"" + id + "\"}"), 404, null);

        assertThat(api.delete(RULES + "/" + id).status()).isEqualTo(204);
        assertProblem(api.get(RULES + "/" + id), 404, null);
    }

    @Test
    void bankFeesRuleIsSuggestedAppliedAndLeavesAmbiguousLinesOpen() {
        String fees = api.post(RULES, "{\"name\":\"Bank fees\",\"reference\":\"FEE\",\"direction\":\"OUT\",\"maxAmount\":50,"
                + "\"account\":\"6800\",\"description\":\"Bank fees\"}").json().get("id").asString();
        String card = api.post(RULES, "{\"name\":\"Card fees\",\"counterparty\":\"visa\",\"account\":\"6810\"}").json().get("id").asString();

        ApiResponse bankCreated = api.post(BANKS, "{\"name\":\"Commerzbank EUR\",\"currency\":\"EUR\"}");
        assertThat(bankCreated.status()).as(bankCreated.body()).isEqualTo(201);
        String bank = bankCreated.json().get("id").asString();
        String ledgerAccount = bankCreated.json().get("account").asString();
        String csv = "Buchungstag;Betrag;Verwendungszweck;Auftraggeber\r\n"
                + "01.04.2026;-12,50;Account fee April;Commerzbank\r\n"      // Bank fees only: applied by apply-rules
                + "02.04.2026;-3,20;Card fee;VISA Europe\r\n"               // both rules: stays open
                + "03.04.2026;100,00;INV-000099 thanks;Someone\r\n"         // no rule
                + "04.04.2026;-7,00;Wire fee;Commerzbank\r\n"               // Bank fees: booked by {"rule"}
                + "05.04.2026;-80,00;Fee for audit;Commerzbank\r\n";        // above the rule's maxAmount: no rule
        ApiResponse imported = api.postAs(BANKS + "/" + bank + "/statements" + MAPPING, "text/csv", csv);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String path = BANKS + "/" + bank + "/statements/" + imported.json().get("id").asString();

        JsonNode open = api.get(path + "/lines?state=unreconciled").json().get("items");
        assertThat(open).hasSize(5);
        assertThat(open.get(0).get("rules").findValuesAsString("name")).containsExactly("Bank fees");
        assertThat(open.get(0).get("rules").get(0).get("account").asString()).isEqualTo("6800");
        assertThat(open.get(0).get("rules").get(0).get("ruleId").asString()).isEqualTo(fees);
        assertThat(open.get(1).get("rules").findValuesAsString("name")).containsExactly("Bank fees", "Card fees");
        assertThat(open.get(2).get("rules")).isEmpty();
        assertThat(open.get(4).get("rules")).isEmpty();
        String wire = open.get(3).get("line").get("id").asString();

        // a rule the line does not meet, a malformed id and an unknown one are refused; two ways at once name each
        String unmatched = open.get(2).get("line").get("id").asString();
        assertProblem(api.post(LINES + unmatched + "/reconcile", "{\"rule\":\"" + fees + "\"}"), 422, "rule");
        assertProblem(api.post(LINES + unmatched + "/reconcile", "{\"rule\":\"nope\"}"), 422, "rule");
        assertProblem(api.post(LINES + unmatched + "/reconcile", "{\"rule\":\"" + java.util.UUID.randomUUID() + "\"}"), 404, null);
        ApiResponse both = api.post(LINES + wire + "/reconcile", "{\"rule\":\"" + fees + "\",\"account\":\"6800\"}");
        assertProblem(both, 422, "rule");
        assertThat(both.json().get("errors").findValuesAsString("field")).contains("account", "matches");

        ApiResponse byRule = api.post(LINES + wire + "/reconcile", "{\"rule\":\"" + fees + "\"}");
        assertThat(byRule.status()).as(byRule.body()).isEqualTo(200);
        JsonNode entry = api.get("/api/v1/accounting/journal-entries/" + byRule.json().get("entryId").asString()).json();
        assertBalanced(entry, "7.00");
        assertThat(entry.get("lines").findValuesAsString("account")).containsExactlyInAnyOrder(ledgerAccount, "6800");
        assertThat(entry.get("description").asString()).isEqualTo("Bank fees");

        ApiResponse applied = api.post(path + "/apply-rules", "");
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("applied").asInt()).isEqualTo(1);
        assertThat(applied.json().get("ambiguous").asInt()).isEqualTo(1);
        assertThat(applied.json().get("unmatched").asInt()).isEqualTo(2);
        JsonNode left = api.get(path + "/lines?state=unreconciled").json().get("items");
        assertThat(left.findValuesAsString("reference")).containsExactly("Card fee", "INV-000099 thanks", "Fee for audit");
        JsonNode accountFee = api.get(path + "/lines?state=reconciled").json().get("items").get(0);
        assertThat(accountFee.get("line").get("reference").asString()).isEqualTo("Account fee April");
        assertBalanced(api.get("/api/v1/accounting/journal-entries/" + accountFee.get("line").get("entryId").asString()).json(), "12.50");
        // nothing left that exactly one rule meets
        assertThat(api.post(path + "/apply-rules", "").json().get("applied").asInt()).isZero();

        // the rest by hand: the ambiguous line by the rule chosen, the others to accounts
        assertThat(api.post(LINES + left.get(0).get("line").get("id").asString() + "/reconcile", "{\"rule\":\"" + card + "\"}")
                .status()).isEqualTo(200);
        assertThat(api.post(LINES + left.get(1).get("line").get("id").asString() + "/reconcile", "{\"account\":\"6810\"}")
                .status()).isEqualTo(200);
        assertThat(api.post(LINES + left.get(2).get("line").get("id").asString() + "/reconcile", "{\"account\":\"6800\"}")
                .status()).isEqualTo(200);
        JsonNode report = api.get(path + "/reconciliation").json();
        assertThat(report.get("closingBalance").decimalValue()).isEqualByComparingTo("-2.70");
        assertThat(report.get("ledgerBalance").decimalValue()).isEqualByComparingTo("-2.70");
        assertThat(report.get("difference").decimalValue()).isEqualByComparingTo("0");
        assertThat(report.get("unreconciledLines").asInt()).isZero();

        // another tenant cannot apply rules to this statement
        assertProblem(Ledgers.tenantWithAccounting(kernel, "rules-third").post(path + "/apply-rules", ""), 404, null);
    }

    @Test
    void applyRulesIsAllOrNothing() {
        assertThat(api.post("/api/v1/accounting/accounts", "{\"code\":\"6820\",\"name\":\"Legacy charges\",\"type\":\"EXPENSE\","
                + "\"parent\":\"5\"}").status()).isEqualTo(201);
        assertThat(api.post(RULES, "{\"name\":\"Charges\",\"reference\":\"monthly charge\",\"account\":\"6800\"}").status()).isEqualTo(201);
        assertThat(api.post(RULES, "{\"name\":\"Legacy\",\"reference\":\"legacy item\",\"account\":\"6820\"}").status()).isEqualTo(201);
        String bank = api.post(BANKS, "{\"name\":\"Postbank EUR\",\"currency\":\"EUR\"}").json().get("id").asString();
        ApiResponse imported = api.postAs(BANKS + "/" + bank + "/statements" + MAPPING, "text/csv",
                "Buchungstag;Betrag;Verwendungszweck;Auftraggeber\r\n01.05.2026;-1,00;Monthly charge;Postbank\r\n"
                        + "02.05.2026;-2,00;Legacy item;Postbank\r\n");
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String path = BANKS + "/" + bank + "/statements/" + imported.json().get("id").asString();
        // the second line's account is deactivated after its rule was stored: the first line's booking is undone too
        assertThat(api.put("/api/v1/accounting/accounts/6820", "{\"name\":\"Legacy charges\",\"parent\":\"5\",\"active\":false}")
                .status()).isEqualTo(200);
        assertProblem(api.post(path + "/apply-rules", ""), 422, "account");
        assertThat(api.get(path + "/lines?state=unreconciled&suggest=false").json().get("items")).hasSize(2);
        assertThat(kernel.countAsSuperuser("select count(*) from acc_entries where source = 'bank' and source_id in "
                + "(select id from acc_statement_lines where bank_account_id = ?::uuid)", bank)).isZero();

        assertThat(api.put("/api/v1/accounting/accounts/6820", "{\"name\":\"Legacy charges\",\"parent\":\"5\",\"active\":true}")
                .status()).isEqualTo(200);
        ApiResponse applied = api.post(path + "/apply-rules", "");
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("applied").asInt()).isEqualTo(2);
        assertThat(api.get(path + "/reconciliation").json().get("difference").decimalValue()).isEqualByComparingTo("0");
    }

    private static void assertBalanced(JsonNode entry, String amount) {
        assertThat(entry.get("lines")).hasSize(2);
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (JsonNode l : entry.get("lines")) {
            debits = debits.add(l.get("baseDebit").decimalValue());
            credits = credits.add(l.get("baseCredit").decimalValue());
        }
        assertThat(debits).isEqualByComparingTo(amount).isEqualByComparingTo(credits);
    }
}
