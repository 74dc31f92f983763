package io.tessera.plugins.accounting;

import static io.tessera.plugins.accounting.LedgerIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Receivables, payables and reports, end to end over HTTP: invoices, bills and credit notes post their entries when
 * confirmed, payments allocate, open balances and aged reports follow, reports agree with each other, events reach a
 * listener in another real plugin.
 */
class InvoicingIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .plugin(EventRecorderPlugin.jar())
            .property("tessera.events.poll-interval", "200ms")
            .build();

    private static final String INV = "/api/v1/accounting/invoices";
    private static ApiClient api;
    private static String customer;
    private static String vendor;

    @BeforeAll
    static void tenant() {
        api = Ledgers.tenantWithAccounting(kernel, "inv-main");
        assertThat(api.put("/api/v1/admin/modules/acc-recorder", "").status()).isEqualTo(200);
        customer = party(api, "Acme Customer");
        vendor = party(api, "Widget Supplier");
    }

    @AfterAll
    static void invariantsHold() throws SQLException {
        assertThat(Ledgers.invariantViolations(kernel)).isEmpty();
        // every invoice's open amount, as the API reports it, equals its total minus its allocations
        JsonNode all = api.get(INV + "?size=500").json().get("items");
        assertThat(all.size()).isGreaterThan(3);
        for (JsonNode invoice : all) {
            String allocated = kernel.queryAsSuperuser("select coalesce(sum(amount), 0) from acc_allocations where invoice_id = ?::uuid",
                    invoice.get("id").asString());
            assertThat(invoice.get("open").decimalValue())
                    .isEqualByComparingTo(invoice.get("total").decimalValue().subtract(new BigDecimal(allocated)));
        }
    }

    @Test
    void invoicesCreditNotesAndPaymentsPostAndSettle() throws Exception {
        ApiResponse draft = api.post(INV, """
                {"kind":"customer","partyId":"%s","date":"2026-03-01","dueDate":"2026-03-31","currency":"EUR","lines":[
                  {"description":"Consulting","quantity":"3","unitPrice":"19.99","taxRate":"20"},
                  {"description":"Travel","quantity":"3","unitPrice":"2.3333","taxRate":"20"}]}
                """.formatted(customer));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        JsonNode d = draft.json();
        // 3 x 19.99 = 59.97, tax 11.994 -> 11.99; 3 x 2.3333 = 6.9999 -> 7.00, tax 1.40 (half-up per line)
        assertThat(d.get("subtotal").decimalValue()).isEqualByComparingTo("66.97");
        assertThat(d.get("tax").decimalValue()).isEqualByComparingTo("13.39");
        assertThat(d.get("total").decimalValue()).isEqualByComparingTo("80.36");
        assertThat(d.get("state").asString()).isEqualTo("DRAFT");
        String invoice = d.get("id").asString();

        ApiResponse confirmed = api.post(INV + "/" + invoice + "/confirm", "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("number").asString()).isEqualTo("INV-000001");
        JsonNode entry = api.get("/api/v1/accounting/journal-entries/" + confirmed.json().get("entryId").asString()).json();
        Map<String, BigDecimal> net = net(entry);
        assertThat(net.get("1300")).isEqualByComparingTo("80.36");
        assertThat(net.get("4000")).isEqualByComparingTo("-66.97");
        assertThat(net.get("3200")).isEqualByComparingTo("-13.39");
        assertProblem(api.post(INV + "/" + invoice + "/confirm", ""), 409, null);
        assertProblem(api.delete(INV + "/" + invoice), 409, null);

        String bill = confirm(api.post(INV, """
                {"kind":"vendor","partyId":"%s","date":"2026-03-02","dueDate":"2026-04-01","lines":[
                  {"description":"Widgets","quantity":"10","unitPrice":"10","taxRate":"10"}]}
                """.formatted(vendor)));
        assertThat(api.get(INV + "/" + bill).json().get("number").asString()).isEqualTo("BILL-000001");

        // payments: partial, refused over-allocation and wrong direction, credit note, remainder with prepayment
        ApiResponse partial = api.post("/api/v1/accounting/payments", payment(customer, "50.00", invoice, "50.00"));
        assertThat(partial.status()).as(partial.body()).isEqualTo(201);
        assertThat(api.get(INV + "/" + invoice).json().get("open").decimalValue()).isEqualByComparingTo("30.36");
        assertProblem(api.post("/api/v1/accounting/payments", payment(customer, "40.00", invoice, "30.37")), 422,
                "allocations[0].amount");
        assertProblem(api.post("/api/v1/accounting/payments", payment(vendor, "10.00", bill, "10.00")
                .replace("\"allocations\"", "\"direction\":\"received\",\"allocations\"")), 422, "direction");
        assertProblem(api.post("/api/v1/accounting/payments", payment(customer, "10.00", invoice, "20.00")), 422, "allocations");

        String creditNote = confirm(api.post(INV, """
                {"kind":"customer","creditNote":true,"creditedInvoiceId":"%s","partyId":"%s","date":"2026-03-05","lines":[
                  {"description":"Goodwill","quantity":"1","unitPrice":"10","taxRate":"20"}]}
                """.formatted(invoice, customer)));
        JsonNode cn = api.get(INV + "/" + creditNote).json();
        assertThat(cn.get("number").asString()).isEqualTo("CN-000001");
        assertThat(cn.get("open").decimalValue()).isEqualByComparingTo("0");
        assertThat(api.get(INV + "/" + invoice).json().get("open").decimalValue()).isEqualByComparingTo("18.36");

        ApiResponse rest = api.post("/api/v1/accounting/payments", payment(customer, "100.00", invoice, "18.36"));
        assertThat(rest.json().get("unallocated").decimalValue()).isEqualByComparingTo("81.64");
        assertThat(api.get(INV + "/" + invoice).json().get("open").decimalValue()).isEqualByComparingTo("0");
        JsonNode balance = api.get("/api/v1/accounting/parties/" + customer + "/balance").json();
        assertThat(balance.get("balances").get(0).get("receivable").decimalValue()).isEqualByComparingTo("-81.64");
        assertThat(balance.get("openInvoices")).isEmpty();

        ApiResponse billPaid = api.post("/api/v1/accounting/payments", payment(vendor, "110.00", bill, "110.00"));
        assertThat(billPaid.status()).as(billPaid.body()).isEqualTo(201);
        assertThat(billPaid.json().get("direction").asString()).isEqualTo("SENT");
        assertThat(api.get(INV + "/" + bill).json().get("open").decimalValue()).isEqualByComparingTo("0");

        // the receivable account's ledger balance equals the party's open balance
        JsonNode tb = api.get("/api/v1/accounting/reports/trial-balance?asOf=2026-12-31").json();
        assertThat(tbLine(tb, "1300").get("balance").decimalValue()).isEqualByComparingTo("-81.64");
        assertThat(tbLine(tb, "3100").get("balance").decimalValue()).isEqualByComparingTo("0");

        // events reach a listener in another plugin, through the outbox, after commit
        awaitRecorded("InvoicePosted", 3);
        awaitRecorded("PaymentReceived", 2);
        assertThat(kernel.queryAsSuperuser("select text from acc_recorded_events where type = 'InvoicePosted' and text like ?",
                "%" + invoice + "%")).contains("INV-000001", "80.36");
    }

    @Test
    void agedReceivablesBucketOpenInvoicesByDaysPastDue() {
        String agedCustomer = party(api, "Slow Payer");
        String early = confirm(api.post(INV, invoice(agedCustomer, "2025-12-01", "2025-12-15", "100")));
        confirm(api.post(INV, invoice(agedCustomer, "2026-01-01", "2026-01-31", "200")));
        confirm(api.post(INV, invoice(agedCustomer, "2026-03-01", "2026-03-31", "300")));
        api.post("/api/v1/accounting/payments", payment(agedCustomer, "40.00", early, "40.00").replace("2026-03-10", "2026-03-16"));

        JsonNode aged = api.get("/api/v1/accounting/reports/aged-receivables?asOf=2026-03-15").json();
        JsonNode row = null;
        for (JsonNode line : aged.get("lines")) {
            if (line.get("partyId").asString().equals(agedCustomer)) {
                row = line;
            }
        }
        assertThat(row).as(aged.toString()).isNotNull();
        assertThat(row.get("partyName").asString()).isEqualTo("Slow Payer");
        assertThat(row.get("current").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(row.get("days31to60").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(row.get("days61to90").decimalValue()).isEqualByComparingTo("100.00"); // the payment came after asOf
        assertThat(row.get("total").decimalValue()).isEqualByComparingTo("600.00");
        JsonNode later = api.get("/api/v1/accounting/reports/aged-receivables?asOf=2026-03-20").json();
        for (JsonNode line : later.get("lines")) {
            if (line.get("partyId").asString().equals(agedCustomer)) {
                assertThat(line.get("over90").decimalValue()).isEqualByComparingTo("60.00");
            }
        }
        ApiResponse csv = api.get("/api/v1/accounting/reports/aged-receivables?asOf=2026-03-15&format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("partyId,partyName,currency,current,days1to30,days31to60,days61to90,over90,total\r\n")
                .contains(agedCustomer + ",Slow Payer,EUR,300.00,0.00,200.00,100.00,0.00,600.00");
        assertThat(api.get("/api/v1/accounting/reports/aged-payables?asOf=2026-03-15").status()).isEqualTo(200);
    }

    @Test
    void reportsAgreeWithEachOtherAndDrillDownToEntries() {
        ApiClient reports = Ledgers.tenantWithAccounting(kernel, "inv-reports");
        String je = "/api/v1/accounting/journal-entries";
        reports.post(je, Ledgers.entry("2026-01-10", true, "1500", "2000", "1000.00"));
        reports.post(je, Ledgers.entry("2026-02-10", true, "1500", "4000", "300.00"));
        reports.post(je, Ledgers.entry("2026-02-20", true, "5300", "1500", "120.00"));
        String late = reports.post(je, Ledgers.entry("2026-04-01", true, "5300", "1500", "80.00")).json().get("id").asString();

        JsonNode tb = reports.get("/api/v1/accounting/reports/trial-balance?asOf=2026-03-31").json();
        assertThat(tb.get("totals").get("debit").decimalValue()).isEqualByComparingTo("1420.00");
        assertThat(tb.get("totals").get("credit").decimalValue()).isEqualByComparingTo("1420.00");
        assertThat(tbLine(tb, "1500").get("balance").decimalValue()).isEqualByComparingTo("1180.00");
        assertThat(tbLine(tb, "1500").get("links").get("generalLedger").asString())
                .isEqualTo("/api/v1/accounting/reports/general-ledger?account=1500&to=2026-03-31");
        JsonNode period = reports.get("/api/v1/accounting/reports/trial-balance?from=2026-02-01&to=2026-02-28").json();
        assertThat(tbLine(period, "1500").get("balance").decimalValue()).isEqualByComparingTo("180.00");

        JsonNode gl = reports.get("/api/v1/accounting/reports/general-ledger?account=1500&from=2026-02-01&to=2026-12-31").json();
        assertThat(gl.get("openingBalance").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(gl.get("lines")).hasSize(3);
        assertThat(gl.get("lines").get(0).get("balance").decimalValue()).isEqualByComparingTo("1300.00");
        assertThat(gl.get("lines").get(2).get("balance").decimalValue()).isEqualByComparingTo("1100.00");
        assertThat(gl.get("lines").get(2).get("entryId").asString()).isEqualTo(late);
        JsonNode page2 = reports.get("/api/v1/accounting/reports/general-ledger?account=1500&from=2026-02-01&size=2&page=1").json();
        assertThat(page2.get("lines").get(0).get("balance").decimalValue()).isEqualByComparingTo("1100.00");

        JsonNode pl = reports.get("/api/v1/accounting/reports/profit-and-loss?from=2026-01-01&to=2026-12-31").json();
        assertThat(pl.get("totals").get("income").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(pl.get("totals").get("expenses").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(pl.get("totals").get("netProfit").decimalValue()).isEqualByComparingTo("100.00");

        JsonNode bs = reports.get("/api/v1/accounting/reports/balance-sheet?asOf=2026-12-31").json();
        assertThat(bs.get("totals").get("assets").decimalValue()).isEqualByComparingTo("1100.00");
        assertThat(bs.get("totals").get("liabilitiesAndEquity").decimalValue()).isEqualByComparingTo("1100.00");
        assertThat(bs.get("unclosedEarnings").decimalValue()).isEqualByComparingTo("100.00");

        ApiResponse csv = reports.get("/api/v1/accounting/reports/trial-balance?asOf=2026-03-31&format=csv");
        assertThat(csv.body()).startsWith("account,name,type,debit,credit,balance\r\n")
                .contains("1500,Cash and cash equivalents,ASSET,1300.00,120.00,1180.00\r\n");
        assertProblem(reports.get("/api/v1/accounting/reports/trial-balance?asOf=2026-03-31&from=2026-01-01"), 422, "asOf");
        assertProblem(reports.get("/api/v1/accounting/reports/general-ledger?account=nope"), 422, "account");
    }

    @Test
    void aForeignCurrencyInvoiceSettledAtAnotherRateBooksTheExchangeDifferenceAndLeavesNoResidue() {
        ApiClient fx = Ledgers.tenantWithAccounting(kernel, "inv-fx");
        String client = party(fx, "US client");
        assertThat(fx.put("/api/v1/accounting/exchange-rates", "{\"currency\":\"USD\",\"date\":\"2026-03-01\",\"rate\":\"0.9\"}").status())
                .isEqualTo(200);
        assertThat(fx.put("/api/v1/accounting/exchange-rates", "{\"currency\":\"USD\",\"date\":\"2026-03-20\",\"rate\":\"0.95\"}").status())
                .isEqualTo(200);
        ApiResponse created = fx.post(INV, invoice(client, "2026-03-01", "2026-03-31", "100").replace("\"lines\"",
                "\"currency\":\"USD\",\"lines\""));
        String id = created.json().get("id").asString();
        JsonNode confirmed = fx.post(INV + "/" + id + "/confirm", "").json();
        JsonNode booked = fx.get("/api/v1/accounting/journal-entries/" + confirmed.get("entryId").asString()).json();
        assertThat(net(booked).get("1300")).isEqualByComparingTo("90.00");

        ApiResponse paid = fx.post("/api/v1/accounting/payments", """
                {"partyId":"%s","date":"2026-03-20","amount":"100.00","currency":"USD","allocations":[{"invoiceId":"%s","amount":"100.00"}]}
                """.formatted(client, id));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        Map<String, BigDecimal> payment = net(fx.get("/api/v1/accounting/journal-entries/" + paid.json().get("entryId").asString()).json());
        assertThat(payment.get("1500")).isEqualByComparingTo("95.00");
        assertThat(payment.get("1300")).isEqualByComparingTo("-90.00");
        assertThat(payment.get("4250")).isEqualByComparingTo("-5.00");
        JsonNode tb = fx.get("/api/v1/accounting/reports/trial-balance?asOf=2026-12-31").json();
        assertThat(tbLine(tb, "1300").get("balance").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(fx.get(INV + "/" + id).json().get("open").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void aRetriedPaymentWithTheSameIdempotencyKeyPaysOnce() throws Exception {
        String payer = party(api, "Retrying Payer");
        String invoice = confirm(api.post(INV, invoice(payer, "2026-03-01", "2026-03-31", "500")));
        Http http = Ledgers.http(kernel, "inv-main");
        String body = payment(payer, "100.00", invoice, "100.00");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        java.util.Set<String> ids = new java.util.HashSet<>();
        try {
            java.util.List<java.util.concurrent.Callable<ApiResponse>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(() -> http.post("/api/v1/accounting/payments", body, "pay-once"));
            }
            for (java.util.concurrent.Future<ApiResponse> f : pool.invokeAll(calls)) {
                assertThat(f.get().status()).as(f.get().body()).isEqualTo(201);
                ids.add(f.get().json().get("id").asString());
            }
        } finally {
            pool.shutdownNow();
        }
        ApiResponse again = http.post("/api/v1/accounting/payments", body.replace("100.00", "100.0"), "pay-once");
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        ids.add(again.json().get("id").asString());
        assertThat(ids).hasSize(1);
        assertThat(api.get(INV + "/" + invoice).json().get("open").decimalValue()).isEqualByComparingTo("400.00");
        assertProblem(http.post("/api/v1/accounting/payments", payment(payer, "90.00", invoice, "90.00"), "pay-once"), 409, null);
        // the key space of payments is not that of journal entries
        assertThat(http.post("/api/v1/accounting/journal-entries", Ledgers.entry("2026-03-01", true, "1500", "2000", "1.00"),
                "pay-once").status()).isEqualTo(201);
    }

    @Test
    void badInputIsRefusedAndAnotherTenantsDocumentsAreNotFound() {
        assertProblem(api.post(INV, "{\"kind\":\"customer\",\"date\":\"2026-03-01\",\"lines\":[]}"), 422, "partyId");
        assertProblem(api.post(INV, invoice(customer, "2026-03-01", "2026-02-01", "10")), 422, "dueDate");
        assertProblem(api.post(INV, invoice(customer, "2026-03-01", "2026-03-02", "10").replace("\"quantity\":\"1\"",
                "\"quantity\":\"0\"")), 422, "lines[0].quantity");
        assertProblem(api.post(INV, invoice(customer, "2026-03-01", "2026-03-02", "10").replace("customer", "client")), 422, "kind");

        String mine = confirm(api.post(INV, invoice(customer, "2026-03-01", "2026-03-31", "10")));
        String draft = api.post(INV, invoice(customer, "2026-03-01", "2026-03-31", "10")).json().get("id").asString();
        String paid = api.post("/api/v1/accounting/payments", payment(customer, "5.00", mine, "5.00")).json().get("id").asString();
        ApiClient other = Ledgers.tenantWithAccounting(kernel, "inv-other");
        String theirs = party(other, "Their customer");
        for (String id : new String[] {mine, draft}) {
            assertProblem(other.get(INV + "/" + id), 404, null);
            assertProblem(other.post(INV + "/" + id + "/confirm", ""), 404, null);
            assertProblem(other.delete(INV + "/" + id), 404, null);
        }
        assertProblem(other.get("/api/v1/accounting/payments/" + paid), 404, null);
        assertProblem(other.get("/api/v1/accounting/parties/" + customer + "/balance"), 404, null);
        assertProblem(other.post("/api/v1/accounting/payments", payment(theirs, "5.00", mine, "5.00")), 404, "allocations[0].invoiceId");
        assertProblem(other.post(INV, invoice(customer, "2026-03-01", "2026-03-31", "10")), 404, "partyId");
        assertThat(other.get(INV).json().get("items")).isEmpty();
        assertThat(api.delete(INV + "/" + draft).status()).isEqualTo(204);
    }

    @Test
    void aDraftIsEditedAsAWholeUntilConfirmedAndARefusedEditChangesNothing() {
        ApiClient books = Ledgers.tenantWithAccounting(kernel, "inv-edit");
        String client = party(books, "Edited Customer");
        String other = party(books, "Other Customer");
        ApiResponse created = books.post(INV, """
                {"kind":"customer","partyId":"%s","date":"2026-03-01","dueDate":"2026-03-31","lines":[
                  {"description":"Draft item","quantity":"1","unitPrice":"10","taxRate":"0"}]}
                """.formatted(client));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        long version = created.json().get("version").asLong();
        String edit = """
                {"kind":"customer","partyId":"%s","date":"2026-03-02","dueDate":"2026-04-15","version":%d,"lines":[
                  {"description":"Consulting","quantity":"3","unitPrice":"19.99","taxRate":"20"},
                  {"description":"Travel","quantity":"3","unitPrice":"2.3333","taxRate":"20","account":"4000"}]}
                """;

        // the whole document replaced, totals recomputed per line as on create
        ApiResponse updated = books.put(INV + "/" + id, edit.formatted(other, version));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode u = books.get(INV + "/" + id).json();
        assertThat(u.get("partyId").asString()).isEqualTo(other);
        assertThat(u.get("date").asString()).isEqualTo("2026-03-02");
        assertThat(u.get("dueDate").asString()).isEqualTo("2026-04-15");
        assertThat(u.get("subtotal").decimalValue()).isEqualByComparingTo("66.97");
        assertThat(u.get("tax").decimalValue()).isEqualByComparingTo("13.39");
        assertThat(u.get("total").decimalValue()).isEqualByComparingTo("80.36");
        assertThat(u.get("lines")).hasSize(2);
        assertThat(u.get("lines").get(0).get("description").asString()).isEqualTo("Consulting");
        assertThat(u.get("lines").get(1).get("account").asString()).isEqualTo("4000");
        assertThat(u.get("version").asLong()).isGreaterThan(version);
        assertThat(u.get("state").asString()).isEqualTo("DRAFT");

        // a stale version, an invalid line, an unknown account, a due date before the date, another tenant: refused, nothing changed
        assertProblem(books.put(INV + "/" + id, edit.formatted(client, version)), 409, null);
        String current = edit.formatted(client, u.get("version").asLong());
        assertProblem(books.put(INV + "/" + id, current.replace("\"quantity\":\"3\",\"unitPrice\":\"2.3333\"",
                "\"quantity\":\"0\",\"unitPrice\":\"2.3333\"")), 422, "lines[1].quantity");
        assertProblem(books.put(INV + "/" + id, current.replace("\"4000\"", "\"0000-none\"")), 422, "lines[1].account");
        assertProblem(books.put(INV + "/" + id, current.replace("\"dueDate\":\"2026-04-15\"", "\"dueDate\":\"2026-01-01\"")),
                422, "dueDate");
        ApiClient stranger = Ledgers.tenantWithAccounting(kernel, "inv-edit-other");
        String theirs = party(stranger, "Their customer");
        assertProblem(stranger.put(INV + "/" + id, edit.formatted(theirs, u.get("version").asLong())), 404, null);
        JsonNode unchanged = books.get(INV + "/" + id).json();
        assertThat(unchanged).isEqualTo(u);
        assertThat(kernel.countAsSuperuser("select count(*) from acc_invoice_lines where invoice_id = ?::uuid", id)).isEqualTo(2);

        // without a version the edit applies; the lines are replaced, not added to
        ApiResponse single = books.put(INV + "/" + id, """
                {"kind":"customer","partyId":"%s","date":"2026-03-02","dueDate":"2026-03-31","lines":[
                  {"description":"Only line","quantity":"2","unitPrice":"5","taxRate":"10"}]}
                """.formatted(client));
        assertThat(single.status()).as(single.body()).isEqualTo(200);
        assertThat(single.json().get("total").decimalValue()).isEqualByComparingTo("11.00");
        assertThat(single.json().get("lines")).hasSize(1);
        assertThat(kernel.countAsSuperuser("select count(*) from acc_invoice_lines where invoice_id = ?::uuid", id)).isEqualTo(1);

        // once confirmed it is immutable: no edit, no delete
        ApiResponse confirmed = books.post(INV + "/" + id + "/confirm", "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertProblem(books.put(INV + "/" + id, current), 409, null);
        assertProblem(books.delete(INV + "/" + id), 409, null);
        JsonNode posted = books.get(INV + "/" + id).json();
        assertThat(posted.get("total").decimalValue()).isEqualByComparingTo("11.00");
        assertThat(posted.get("partyId").asString()).isEqualTo(client);

        // a draft is deleted, and is gone
        String dropped = books.post(INV, invoice(client, "2026-03-01", "2026-03-31", "10")).json().get("id").asString();
        assertProblem(stranger.delete(INV + "/" + dropped), 404, null);
        assertThat(books.delete(INV + "/" + dropped).status()).isEqualTo(204);
        assertProblem(books.get(INV + "/" + dropped), 404, null);
    }

    @Test
    void anotherTenantsIdInsideARequestBodyIsNotFoundAndAMalformedOneIsRefused() {
        ApiClient books = Ledgers.tenantWithAccounting(kernel, "inv-body");
        String customer = party(books, "Body customer");
        String mine = books.post(INV, invoice(customer, "2026-03-01", "2026-03-31", "10")).json().get("id").asString();
        assertThat(books.post(INV + "/" + mine + "/confirm", "").status()).isEqualTo(200);
        ApiClient other = Ledgers.tenantWithAccounting(kernel, "inv-body-other");
        String theirParty = party(other, "Their customer");
        String theirs = other.post(INV, invoice(theirParty, "2026-03-01", "2026-03-31", "10")).json().get("id").asString();
        assertThat(other.post(INV + "/" + theirs + "/confirm", "").status()).isEqualTo(200);

        // invoices: the party, the credited invoice
        assertProblem(books.post(INV, invoice(theirParty, "2026-03-01", "2026-03-31", "10")), 404, "partyId");
        assertProblem(books.post(INV, creditNote(customer, theirs)), 404, "creditedInvoiceId");
        // payments: the party, each allocation's invoice (the second one here)
        assertProblem(books.post("/api/v1/accounting/payments", payment(theirParty, "5.00", mine, "5.00")), 404, "partyId");
        assertProblem(books.post("/api/v1/accounting/payments", """
                {"partyId":"%s","date":"2026-03-10","amount":"5.00","allocations":[
                  {"invoiceId":"%s","amount":"1.00"},{"invoiceId":"%s","amount":"1.00"}]}
                """.formatted(customer, mine, theirs)), 404, "allocations[1].invoiceId");
        // journal entries: a line's party
        assertProblem(books.post("/api/v1/accounting/journal-entries", """
                {"date":"2026-03-01","post":true,"lines":[{"account":"1500","debit":"5"},
                  {"account":"1300","credit":"5","partyId":"%s"}]}
                """.formatted(theirParty)), 404, "lines[1].partyId");
        // an id that exists nowhere reads the same as another tenant's
        assertProblem(books.post(INV, creditNote(customer, java.util.UUID.randomUUID().toString())), 404, "creditedInvoiceId");

        // malformed or missing values stay client errors naming the field: 400 when unreadable, 422 when missing
        assertProblem(books.post(INV, invoice("not-a-uuid", "2026-03-01", "2026-03-31", "10")), 400, "partyId");
        assertProblem(books.post("/api/v1/accounting/payments", payment(customer, "5.00", "42", "5.00")), 400,
                "allocations[0].invoiceId");
        assertProblem(books.post("/api/v1/accounting/payments", "{\"date\":\"2026-03-10\",\"amount\":\"5.00\"}"), 422, "partyId");
        assertProblem(books.post("/api/v1/accounting/payments", """
                {"partyId":"%s","date":"2026-03-10","amount":"5.00","allocations":[{"amount":"1.00"}]}
                """.formatted(customer)), 422, "allocations[0].invoiceId");
        // nothing was written by the refused requests
        assertThat(books.get(INV + "/" + mine).json().get("open").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(other.get(INV + "/" + theirs).json().get("open").decimalValue()).isEqualByComparingTo("10.00");
    }

    @Test
    void ledgerWritesAreInTheTenantsAuditTrailWithWhoAndTheEntryId() {
        ApiClient books = Ledgers.tenantWithAccounting(kernel, "inv-audit");
        String client = party(books, "Audited customer");
        String user = "admin@inv-audit.test";
        // a manual posting and its reversal
        ApiResponse posted = books.post("/api/v1/accounting/journal-entries", Ledgers.entry("2026-03-01", true, "1500", "3000", "7.00"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String entry = posted.json().get("id").asString();
        JsonNode post = onlyAudit(books, "JournalEntry", entry, "POST");
        assertThat(post.get("user").asString()).isEqualTo(user);
        assertThat(post.get("occurredAt").asString()).isNotBlank();
        assertThat(post.get("changes").get("source").asString()).isEqualTo("manual");
        assertThat(new BigDecimal(post.get("changes").get("baseTotal").asString())).isEqualByComparingTo("7.00");
        String reversal = books.post("/api/v1/accounting/journal-entries/" + entry + "/reverse", "{}").json().get("id").asString();
        assertThat(onlyAudit(books, "JournalEntry", entry, "REVERSE").get("changes").get("reversedBy").asString()).isEqualTo(reversal);
        assertThat(onlyAudit(books, "JournalEntry", reversal, "POST").get("changes").get("reversalOf").asString()).isEqualTo(entry);

        // invoice confirmation: the invoice and its entry
        String invoice = books.post(INV, invoice(client, "2026-03-02", "2026-03-31", "12")).json().get("id").asString();
        assertThat(audit(books, "Invoice", invoice)).as("a draft is not a ledger write").isEmpty();
        JsonNode confirmed = books.post(INV + "/" + invoice + "/confirm", "").json();
        String invoiceEntry = confirmed.get("entryId").asString();
        JsonNode confirm = onlyAudit(books, "Invoice", invoice, "CONFIRM");
        assertThat(confirm.get("user").asString()).isEqualTo(user);
        assertThat(confirm.get("changes").get("entryId").asString()).isEqualTo(invoiceEntry);
        assertThat(confirm.get("changes").get("number").asString()).isEqualTo(confirmed.get("number").asString());
        assertThat(onlyAudit(books, "JournalEntry", invoiceEntry, "POST").get("changes").get("sourceId").asString()).isEqualTo(invoice);

        // a payment and its entry
        JsonNode paid = books.post("/api/v1/accounting/payments", payment(client, "12.00", invoice, "12.00")).json();
        JsonNode payment = onlyAudit(books, "Payment", paid.get("id").asString(), "RECORD");
        assertThat(payment.get("changes").get("entryId").asString()).isEqualTo(paid.get("entryId").asString());
        assertThat(payment.get("changes").get("invoiceIds").get(0).asString()).isEqualTo(invoice);
        onlyAudit(books, "JournalEntry", paid.get("entryId").asString(), "POST");

        // same transaction: a confirmation refused after its entry was written leaves neither entry nor audit row
        String stranger = party(books, "Someone else");
        String wrongParty = books.post(INV, creditNote(stranger, invoice)).json().get("id").asString();
        long entries = kernel.countAsSuperuser("select count(*) from acc_entries e join tenants t on t.id = e.tenant_id "
                + "where t.slug = ?", "inv-audit");
        assertProblem(books.post(INV + "/" + wrongParty + "/confirm", ""), 422, "creditedInvoiceId");
        assertThat(audit(books, "Invoice", wrongParty)).isEmpty();
        assertThat(kernel.countAsSuperuser("select count(*) from acc_entries e join tenants t on t.id = e.tenant_id "
                + "where t.slug = ?", "inv-audit")).isEqualTo(entries);
        assertThat(kernel.countAsSuperuser("select count(*) from audit_log a join tenants t on t.id = a.tenant_id "
                + "where t.slug = ? and a.entity_type = 'JournalEntry' and a.action = 'POST'", "inv-audit")).isEqualTo(4);
        // another tenant's admin sees none of it
        assertThat(audit(api, "JournalEntry", entry)).isEmpty();
    }

    private static JsonNode onlyAudit(ApiClient client, String entity, String id, String action) {
        java.util.List<JsonNode> rows = new java.util.ArrayList<>();
        audit(client, entity, id).forEach(row -> {
            if (row.get("action").asString().equals(action)) {
                rows.add(row);
            }
        });
        assertThat(rows).as(entity + " " + id + " " + action).hasSize(1);
        return rows.getFirst();
    }

    private static JsonNode audit(ApiClient client, String entity, String id) {
        ApiResponse response = client.get("/api/v1/admin/audit?entity=" + entity + "&entityId=" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items");
    }

    @Test
    void aPartysBalanceListsItsOpenDocumentsHoweverManySettledOnesAreNewer() {
        ApiClient many = Ledgers.tenantWithAccounting(kernel, "inv-many");
        String party = party(many, "Many Documents Ltd");
        ApiResponse created = many.post(INV, invoice(party, "2026-01-10", "2026-02-10", "25.00"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String open = created.json().get("id").asString();
        assertThat(many.post(INV + "/" + open + "/confirm", "").status()).isEqualTo(200);
        // 201 newer confirmed documents with nothing left to pay: more than the 200 the balance used to read first
        long copies = kernel.countAsSuperuser("""
                with copies as (
                  insert into acc_invoices (tenant_id, id, kind, credit_note, credited_invoice_id, number, party_id, invoice_date,
                    due_date, currency, state, subtotal, tax, total, entry_id, version)
                  select i.tenant_id, gen_random_uuid(), i.kind, i.credit_note, i.credited_invoice_id, 'SETTLED-' || g, i.party_id,
                         i.invoice_date + g, i.due_date, i.currency, i.state, 0, 0, 0, i.entry_id, i.version
                    from acc_invoices i, generate_series(1, 201) g where i.id = ?::uuid
                  returning 1)
                select count(*) from copies""", open);
        assertThat(copies).isEqualTo(201);

        JsonNode listed = many.get("/api/v1/accounting/parties/" + party + "/balance").json().get("openInvoices");
        List<String> ids = new ArrayList<>();
        listed.forEach(document -> ids.add(document.get("id").asString()));
        assertThat(ids).containsExactly(open);
    }

    private static String creditNote(String party, String credited) {
        return """
                {"kind":"customer","creditNote":true,"creditedInvoiceId":"%s","partyId":"%s","date":"2026-03-05","lines":[
                  {"description":"Goodwill","quantity":"1","unitPrice":"1","taxRate":"0"}]}
                """.formatted(credited, party);
    }

    private static String confirm(ApiResponse created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        ApiResponse confirmed = api.post(INV + "/" + id + "/confirm", "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return id;
    }

    private static String invoice(String party, String date, String due, String price) {
        return """
                {"kind":"customer","partyId":"%s","date":"%s","dueDate":"%s","lines":[
                  {"description":"Item","quantity":"1","unitPrice":"%s","taxRate":"0"}]}
                """.formatted(party, date, due, price);
    }

    private static String payment(String party, String amount, String invoice, String allocated) {
        return """
                {"partyId":"%s","date":"2026-03-10","amount":"%s","allocations":[{"invoiceId":"%s","amount":"%s"}]}
                """.formatted(party, amount, invoice, allocated);
    }

    private static String party(ApiClient client, String name) {
        ApiResponse created = client.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static Map<String, BigDecimal> net(JsonNode entry) {
        Map<String, BigDecimal> net = new HashMap<>();
        for (JsonNode line : entry.get("lines")) {
            net.merge(line.get("account").asString(), line.get("baseDebit").decimalValue().subtract(line.get("baseCredit").decimalValue()),
                    BigDecimal::add);
        }
        return net;
    }

    private static JsonNode tbLine(JsonNode tb, String code) {
        for (JsonNode line : tb.get("lines")) {
            if (line.get("account").asString().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("No line for " + code + " in " + tb);
    }

    private static void awaitRecorded(String type, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (kernel.countAsSuperuser("select count(*) from acc_recorded_events where type = ?", type) < atLeast) {
            assertThat(System.nanoTime()).as("waiting for " + atLeast + " " + type).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
