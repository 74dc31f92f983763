package io.tessera.plugins.accounting;

import static io.tessera.plugins.accounting.LedgerIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Bank accounts, statement import and reconciliation end to end over HTTP on PostgreSQL: a CAMT.053 and an OFX sample
 * import, the same file (or a transaction of it) twice is refused and leaves nothing, CSV with a column mapping names
 * every bad cell, suggestions find two invoices named in a reference, reconciling against them posts one balanced entry
 * and clears both, a fee is booked to an account, a partial payment stays open, and the reconciliation report shows
 * zero difference.
 */
class BankingIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin().build();

    private static final String BANKS = "/api/v1/accounting/bank-accounts";
    private static final String INV = "/api/v1/accounting/invoices";
    private static ApiClient api;

    @BeforeAll
    static void tenant() {
        api = Ledgers.tenantWithAccounting(kernel, "bank-main");
    }

    @AfterAll
    static void invariantsHold() throws SQLException {
        assertThat(Ledgers.invariantViolations(kernel)).isEmpty();
    }

    @Test
    void camtStatementImportsOnceAndReconcilesToZeroDifference() throws Exception {
        String acme = party("Acme Trading GmbH");
        String bluebird = party("Bluebird Retail Ltd");
        String first = confirmedInvoice(acme, "2026-03-20", "100");   // 119.00 with 19 %
        String second = confirmedInvoice(acme, "2026-03-25", "200");  // 238.00
        String third = confirmedInvoice(bluebird, "2026-03-28", "80"); // 95.20
        assertThat(api.get(INV + "/" + first).json().get("number").asString()).isEqualTo("INV-000001");

        assertProblem(api.post(BANKS, "{\"name\":\" \",\"currency\":\"EURO\",\"account\":\"4000\"}"), 422, "name");
        assertThat(api.post(BANKS, "{\"name\":\" \",\"currency\":\"EURO\",\"account\":\"4000\"}").json().get("errors")
                .findValuesAsString("field")).contains("currency", "account");
        ApiResponse created = api.post(BANKS, "{\"name\":\"Commerzbank EUR\",\"currency\":\"EUR\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String bank = created.json().get("id").asString();
        String ledgerAccount = created.json().get("account").asString();
        // a new ledger account next to the chart's bank account (1500 Cash and cash equivalents)
        assertThat(ledgerAccount).matches("15\\d\\d").isNotEqualTo("1500");
        assertProblem(api.post(BANKS, "{\"name\":\"Commerzbank EUR\",\"currency\":\"EUR\"}"), 409, null);

        // the opening balance is in the ledger: 1,000.00 of share capital paid into the account
        assertThat(api.post("/api/v1/accounting/journal-entries", Ledgers.entry("2026-03-01", true, ledgerAccount, "2000", "1000.00"))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/v1/accounting/accounts", "{\"code\":\"6800\",\"name\":\"Bank fees\",\"type\":\"EXPENSE\",\"parent\":\"5\"}")
                .status()).isEqualTo(201);

        String camt = resource("statements/camt053-sample.xml");
        ApiResponse imported = api.postAs(BANKS + "/" + bank + "/statements", "application/xml", camt);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("lines").asInt()).isEqualTo(3);
        assertThat(imported.json().get("format").asString()).isEqualTo("CAMT053");
        String statement = imported.json().get("id").asString();
        // the same file again, and the same statement id with other content: refused, nothing added
        assertProblem(api.postAs(BANKS + "/" + bank + "/statements", "application/xml", camt), 409, null);
        assertProblem(api.postAs(BANKS + "/" + bank + "/statements", "application/xml",
                camt.replace("2026043000000077", "2026043000000099")), 409, null);
        assertThat(kernel.countAsSuperuser("select count(*) from acc_statement_lines where bank_account_id = ?::uuid", bank)).isEqualTo(3);
        // a document type declaration (the way to external entities) is refused before anything is read
        assertProblem(api.postAs(BANKS + "/" + bank + "/statements", "application/xml", """
                <?xml version="1.0"?><!DOCTYPE Document [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Document><BkToCstmrStmt><Stmt><Id>&x;</Id></Stmt></BkToCstmrStmt></Document>"""), 422, "body");

        String path = BANKS + "/" + bank + "/statements/" + statement;
        JsonNode open = api.get(path + "/lines?state=unreconciled").json().get("items");
        assertThat(open).hasSize(3);
        JsonNode payment = open.get(0);
        assertThat(payment.get("line").get("amount").decimalValue()).isEqualByComparingTo("357.00");
        assertThat(payment.get("line").get("counterparty").asString()).isEqualTo("Acme Trading GmbH");
        assertThat(payment.get("line").get("transactionId").asString()).isEqualTo("2026041000012345");
        JsonNode best = payment.get("suggestions").get(0);
        assertThat(best.get("matches").findValuesAsString("number")).containsExactlyInAnyOrder("INV-000001", "INV-000002");
        assertThat(best.get("total").decimalValue()).isEqualByComparingTo("357.00");
        assertThat(best.get("reasons").toString()).contains("reference", "party", "amount");

        // reconciling against both invoices posts one balanced entry and clears both
        List<String> matches = new ArrayList<>();
        best.get("matches").forEach(m -> matches.add("{\"invoiceId\":\"%s\",\"amount\":\"%s\"}".formatted(
                m.get("invoiceId").asString(), m.get("amount").decimalValue().toPlainString())));
        String lineId = payment.get("line").get("id").asString();
        ApiResponse reconciled = api.post("/api/v1/accounting/statement-lines/" + lineId + "/reconcile",
                "{\"matches\":[" + String.join(",", matches) + "]}");
        assertThat(reconciled.status()).as(reconciled.body()).isEqualTo(200);
        JsonNode entry = api.get("/api/v1/accounting/journal-entries/" + reconciled.json().get("entryId").asString()).json();
        assertThat(entry.get("lines")).hasSize(2);
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (JsonNode l : entry.get("lines")) {
            debits = debits.add(l.get("baseDebit").decimalValue());
            credits = credits.add(l.get("baseCredit").decimalValue());
        }
        assertThat(debits).isEqualByComparingTo("357.00").isEqualByComparingTo(credits);
        assertThat(entry.get("lines").findValuesAsString("account")).containsExactlyInAnyOrder(ledgerAccount, "1300");
        assertThat(api.get(INV + "/" + first).json().get("open").decimalValue()).isEqualByComparingTo("0");
        assertThat(api.get(INV + "/" + second).json().get("open").decimalValue()).isEqualByComparingTo("0");
        assertProblem(api.post("/api/v1/accounting/statement-lines/" + lineId + "/reconcile",
                "{\"matches\":[" + String.join(",", matches) + "]}"), 409, null);

        // the fee goes to 6800; neither or both of matches and account is refused naming both
        String fee = open.get(1).get("line").get("id").asString();
        assertProblem(api.post("/api/v1/accounting/statement-lines/" + fee + "/reconcile", "{}"), 422, "account");
        assertThat(api.post("/api/v1/accounting/statement-lines/" + fee + "/reconcile", "{\"account\":\"6800\"}").status()).isEqualTo(200);

        // 50.00 from Bluebird: found by its party, a partial payment of the 95.20 invoice
        JsonNode partial = open.get(2);
        JsonNode suggestion = partial.get("suggestions").get(0);
        assertThat(suggestion.get("matches").get(0).get("invoiceId").asString()).isEqualTo(third);
        assertThat(suggestion.get("matches").get(0).get("amount").decimalValue()).isEqualByComparingTo("50.00");
        assertProblem(api.post("/api/v1/accounting/statement-lines/" + partial.get("line").get("id").asString() + "/reconcile",
                "{\"matches\":[{\"invoiceId\":\"%s\",\"amount\":\"60.00\"}]}".formatted(third)), 422, "matches");
        assertThat(api.post("/api/v1/accounting/statement-lines/" + partial.get("line").get("id").asString() + "/reconcile",
                "{\"matches\":[{\"invoiceId\":\"%s\",\"amount\":\"50.00\"}]}".formatted(third)).status()).isEqualTo(200);
        assertThat(api.get(INV + "/" + third).json().get("open").decimalValue()).isEqualByComparingTo("45.20");

        assertThat(api.get(path + "/lines?state=unreconciled").json().get("items")).isEmpty();
        JsonNode report = api.get(path + "/reconciliation").json();
        assertThat(report.get("closingBalance").decimalValue()).isEqualByComparingTo("1394.50");
        assertThat(report.get("ledgerBalance").decimalValue()).isEqualByComparingTo("1394.50");
        assertThat(report.get("difference").decimalValue()).isEqualByComparingTo("0");
        assertThat(report.get("unreconciledLines").asInt()).isZero();

        // another tenant sees none of it
        ApiClient other = Ledgers.tenantWithAccounting(kernel, "bank-other");
        assertProblem(other.get(BANKS + "/" + bank), 404, null);
        assertProblem(other.get(path + "/lines"), 404, null);
        assertProblem(other.post("/api/v1/accounting/statement-lines/" + fee + "/reconcile", "{\"account\":\"5300\"}"), 404, null);
    }

    @Test
    void ofxAndCsvImportAllOrNothing() throws Exception {
        ApiResponse created = api.post(BANKS, "{\"name\":\"First Test Bank USD\",\"currency\":\"USD\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String bank = created.json().get("id").asString();
        String ofx = resource("statements/ofx-sample.ofx");
        ApiResponse imported = api.postAs(BANKS + "/" + bank + "/statements", "application/x-ofx", ofx);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("lines").asInt()).isEqualTo(3);
        assertThat(imported.json().get("statement").get("closingBalance").decimalValue()).isEqualByComparingTo("2924.25");
        String statement = imported.json().get("id").asString();
        JsonNode lines = api.get(BANKS + "/" + bank + "/statements/" + statement + "/lines?suggest=false").json().get("items");
        assertThat(lines.get(1).get("line").get("amount").decimalValue()).isEqualByComparingTo("-310.75");
        assertThat(lines.get(1).get("line").get("reference").asString()).isEqualTo("April rent & parking");
        assertThat(lines.get(0).get("line").get("counterparty").asString()).isEqualTo("NORTHWIND TRADERS");
        assertProblem(api.postAs(BANKS + "/" + bank + "/statements", "application/x-ofx", ofx), 409, null);
        // another file that repeats one FITID is refused as a whole
        assertProblem(api.postAs(BANKS + "/" + bank + "/statements", "application/x-ofx",
                ofx.replace("202604150002", "202605150009").replace("<TRNAMT>-15.00", "<TRNAMT>-16.00")), 409, null);
        // a EUR bank account refuses a USD statement
        String eur = api.post(BANKS, "{\"name\":\"Euro Konto\",\"currency\":\"EUR\"}").json().get("id").asString();
        assertProblem(api.postAs(BANKS + "/" + eur + "/statements", "application/x-ofx", ofx), 422, "body");

        String csv = "Buchungstag;Betrag;Verwendungszweck;Auftraggeber\r\n"
                + "01.04.2026;1.234,56;\"INV-000007; Danke\";Northwind\r\n"
                + "02.04.2026;-20,00;Gebuehr;Bank\r\n";
        String mapping = "?map.date=Buchungstag&map.amount=Betrag&map.reference=Verwendungszweck&map.counterparty=Auftraggeber";
        assertProblem(api.postAs(BANKS + "/" + eur + "/statements?map.date=Buchungstag", "text/csv", csv), 422, "map.amount");
        ApiResponse bad = api.postAs(BANKS + "/" + eur + "/statements" + mapping, "text/csv",
                csv + "31.02.2026;5,00;x;y\r\n03.04.2026;abc;x;y\r\n");
        assertProblem(bad, 422, "rows[3].date");
        assertThat(bad.json().get("errors").findValuesAsString("field")).contains("rows[4].amount");
        assertThat(kernel.countAsSuperuser("select count(*) from acc_statements where bank_account_id = ?::uuid", eur)).isZero();
        ApiResponse ok = api.postAs(BANKS + "/" + eur + "/statements" + mapping, "text/csv", csv);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        JsonNode csvLines = api.get(BANKS + "/" + eur + "/statements/" + ok.json().get("id").asString() + "/lines?suggest=false")
                .json().get("items");
        assertThat(csvLines.get(0).get("line").get("amount").decimalValue()).isEqualByComparingTo("1234.56");
        assertThat(csvLines.get(0).get("line").get("reference").asString()).isEqualTo("INV-000007; Danke");
        assertProblem(api.postAs(BANKS + "/" + eur + "/statements" + mapping, "text/csv", csv), 409, null);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BankingIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String confirmedInvoice(String party, String date, String net) {
        ApiResponse created = api.post(INV, """
                {"kind":"customer","partyId":"%s","date":"%s","dueDate":"%s","lines":[
                  {"description":"Goods","quantity":"1","unitPrice":"%s","taxRate":"19"}]}
                """.formatted(party, date, java.time.LocalDate.parse(date).plusDays(14), net));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(api.post(INV + "/" + id + "/confirm", "").status()).isEqualTo(200);
        return id;
    }

    private static String party(String name) {
        ApiResponse created = api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
