package io.tessera.plugins.accounting;

import static io.tessera.plugins.accounting.LedgerIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Tax codes end to end over HTTP on PostgreSQL: free rates only without codes, code resolution (line, party default,
 * category default), validity and missing rates refused, price-included tax rounded per line, one tax line per code on
 * the code's account, and the tax report equal to the posted tax lines per code, with drill-down and CSV.
 */
class TaxCodesIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin().build();

    private static final String INV = "/api/v1/accounting/invoices";
    private static final String CODES = "/api/v1/accounting/tax-codes";
    private static ApiClient api;
    private static String customer;
    private static String exemptCustomer;
    private static String vendor;

    @BeforeAll
    static void tenant() {
        api = Ledgers.tenantWithAccounting(kernel, "tax-main");
        customer = party(api, "Tax Customer");
        exemptCustomer = party(api, "Charity Customer");
        vendor = party(api, "Tax Supplier");
    }

    @AfterAll
    static void invariantsHold() throws SQLException {
        assertThat(Ledgers.invariantViolations(kernel)).isEmpty();
    }

    @Test
    void codesResolvePostToTheirAccountsAndTheReportEqualsThePostedTaxLines() {
        // without codes: free rates work, codes are refused
        ApiResponse free = api.post(INV, invoice(customer, "2026-01-10", "{\"description\":\"Free\",\"quantity\":\"1\",\"unitPrice\":\"100\",\"taxRate\":\"20\"}"));
        assertThat(free.status()).as(free.body()).isEqualTo(201);
        assertProblem(api.post(INV, invoice(customer, "2026-01-10", "{\"description\":\"X\",\"quantity\":\"1\",\"unitPrice\":\"1\",\"taxCode\":\"S20\"}")),
                422, "lines[0].taxCode");
        api.delete(INV + "/" + free.json().get("id").asString());

        // every bad field of a code is named at once
        ApiResponse bad = api.post(CODES, "{\"code\":\"bad code!\",\"type\":\"both\",\"rate\":\"120\",\"account\":\"9999\"}");
        assertProblem(bad, 422, "code");
        assertThat(bad.json().get("errors").findValuesAsString("field")).contains("name", "type", "rate", "account");

        account("3210", "Output VAT 20 %", "LIABILITY", "3");
        account("3220", "Output VAT 10 % (retail)", "LIABILITY", "3");
        account("1360", "Input VAT 20 %", "ASSET", "11");
        code("S20", "VAT 20 %", "sales", "20", false, "3210", null);
        code("S10I", "VAT 10 % included", "sales", "10", true, "3220", null);
        code("S20I", "VAT 20 % included", "sales", "20", true, "3210", null);
        code("RC", "Reverse charge", "sales", "0", false, "3210", null);
        code("P20", "Input VAT 20 %", "purchase", "20", false, "1360", null);
        code("OLD", "Old rate", "sales", "19", false, "3210", "2025-12-31");
        code("NORATE", "Sales tax without rate", "sales", null, false, "3210", null);
        assertProblem(api.post(CODES, "{\"code\":\"S20\",\"name\":\"again\",\"type\":\"sales\",\"rate\":\"20\",\"account\":\"3210\"}"), 409, null);
        assertThat(api.get(CODES + "?type=purchase").json().get("items")).hasSize(1);

        // once codes exist: free rates refused, a code is required, of the document's type, valid on its date, with a rate
        assertProblem(api.post(INV, invoice(customer, "2026-02-01", "{\"description\":\"X\",\"quantity\":\"1\",\"unitPrice\":\"1\",\"taxRate\":\"20\"}")),
                422, "lines[0].taxRate");
        assertProblem(api.post(INV, invoice(customer, "2026-02-01", "{\"description\":\"X\",\"quantity\":\"1\",\"unitPrice\":\"1\"}")),
                422, "lines[0].taxCode");
        assertProblem(api.post(INV, invoice(customer, "2026-02-01", "{\"description\":\"X\",\"quantity\":\"1\",\"unitPrice\":\"1\",\"taxCode\":\"P20\"}")),
                422, "lines[0].taxCode");
        assertProblem(api.post(INV, invoice(customer, "2026-02-01", "{\"description\":\"X\",\"quantity\":\"1\",\"unitPrice\":\"1\",\"taxCode\":\"OLD\"}")),
                422, "lines[0].taxCode");
        assertProblem(api.post(INV, invoice(customer, "2026-02-01", "{\"description\":\"X\",\"quantity\":\"1\",\"unitPrice\":\"1\",\"taxCode\":\"NORATE\"}")),
                422, "lines[0].taxCode");

        // price-included tax rounds per line: three lines of 1.00 gross at 20 % carry 0.17 tax each (1.00 x 20 / 120 =
        // 0.1667, half-up), 0.51 in all, where one rounding of the document's 3.00 would give 0.50; the gross stays 3.00
        ApiResponse included = api.post(INV, invoice(customer, "2026-02-02", """
                {"description":"Coffee","quantity":"1","unitPrice":"1.00","taxCode":"S20I"},
                {"description":"Coffee","quantity":"1","unitPrice":"1.00","taxCode":"S20I"},
                {"description":"Coffee","quantity":"1","unitPrice":"1.00","taxCode":"S20I"}"""));
        assertThat(included.status()).as(included.body()).isEqualTo(201);
        assertThat(included.json().get("tax").decimalValue()).isEqualByComparingTo("0.51");
        assertThat(included.json().get("subtotal").decimalValue()).isEqualByComparingTo("2.49");
        assertThat(included.json().get("total").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(included.json().get("lines").get(0).get("taxCode").asString()).isEqualTo("S20I");
        confirm(included);

        // 3 x 9.99 = 29.97 gross at 10 % included: tax 29.97 x 10 / 110 = 2.7245 -> 2.72, net 27.25
        ApiResponse retail = api.post(INV, invoice(customer, "2026-02-03", """
                {"description":"Book","quantity":"3","unitPrice":"9.99","taxCode":"S10I"},
                {"description":"Service","quantity":"2","unitPrice":"50","taxCode":"S20"}"""));
        assertThat(retail.status()).as(retail.body()).isEqualTo(201);
        JsonNode lines = retail.json().get("lines");
        assertThat(lines.get(0).get("tax").decimalValue()).isEqualByComparingTo("2.72");
        assertThat(lines.get(0).get("net").decimalValue()).isEqualByComparingTo("27.25");
        assertThat(lines.get(1).get("tax").decimalValue()).isEqualByComparingTo("20.00");
        String retailId = confirm(retail);
        // one tax line per code, each on its code's account
        JsonNode entry = api.get("/api/v1/accounting/journal-entries/" + api.get(INV + "/" + retailId).json().get("entryId").asString()).json();
        Map<String, BigDecimal> net = net(entry);
        assertThat(net.get("3220")).isEqualByComparingTo("-2.72");
        assertThat(net.get("3210")).isEqualByComparingTo("-20.00");
        assertThat(net.get("4000")).isEqualByComparingTo("-127.25");
        assertThat(net.get("1300")).isEqualByComparingTo("149.97");

        // party default (reverse charge) wins; a product category's default applies to other parties
        String category = UUID.randomUUID().toString();
        assertThat(api.put("/api/v1/accounting/parties/" + exemptCustomer + "/tax-defaults", "{\"sales\":\"RC\"}").status()).isEqualTo(200);
        assertProblem(api.put("/api/v1/accounting/parties/" + exemptCustomer + "/tax-defaults", "{\"sales\":\"P20\",\"purchase\":\"S20\"}"),
                422, "purchase");
        assertThat(api.put(CODES + "/category-defaults/" + category, "{\"sales\":\"S10I\"}").status()).isEqualTo(200);
        ApiResponse rc = api.post(INV, invoice(exemptCustomer, "2026-02-04",
                "{\"description\":\"Export\",\"quantity\":\"1\",\"unitPrice\":\"500\",\"categoryId\":\"" + category + "\"}"));
        assertThat(rc.status()).as(rc.body()).isEqualTo(201);
        assertThat(rc.json().get("lines").get(0).get("taxCode").asString()).isEqualTo("RC");
        assertThat(rc.json().get("tax").decimalValue()).isEqualByComparingTo("0");
        confirm(rc);
        ApiResponse byCategory = api.post(INV, invoice(customer, "2026-02-05",
                "{\"description\":\"Book\",\"quantity\":\"1\",\"unitPrice\":\"11\",\"categoryId\":\"" + category + "\"}"));
        assertThat(byCategory.json().get("lines").get(0).get("taxCode").asString()).isEqualTo("S10I");
        assertThat(byCategory.json().get("tax").decimalValue()).isEqualByComparingTo("1.00");
        confirm(byCategory);

        // a credit note reduces its code; a bill counts on the purchase side; a draft and a document outside the period do not count
        confirm(api.post(INV, """
                {"kind":"customer","creditNote":true,"partyId":"%s","date":"2026-02-06","lines":[
                  {"description":"Refund","quantity":"1","unitPrice":"10","taxCode":"S20"}]}""".formatted(customer)));
        confirm(api.post(INV, """
                {"kind":"vendor","partyId":"%s","date":"2026-02-07","lines":[
                  {"description":"Parts","quantity":"4","unitPrice":"12.5","taxCode":"P20"}]}""".formatted(vendor)));
        assertThat(api.post(INV, invoice(customer, "2026-02-08", "{\"description\":\"Draft\",\"quantity\":\"1\",\"unitPrice\":\"99\",\"taxCode\":\"S20\"}"))
                .status()).isEqualTo(201);
        confirm(api.post(INV, invoice(customer, "2026-03-01", "{\"description\":\"Later\",\"quantity\":\"1\",\"unitPrice\":\"1000\",\"taxCode\":\"S20\"}")));

        ApiResponse report = api.get("/api/v1/accounting/reports/tax?from=2026-02-01&to=2026-02-28");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        Map<String, JsonNode> byCode = new HashMap<>();
        report.json().get("lines").forEach(l -> byCode.put(l.get("type").asString() + ":" + l.get("code").asString(), l));
        // S20: 20.00 (retail) - 2.00 (credit note); S20I: 0.51; S10I: 2.72 + 1.00; RC: 0 tax on 500 base; P20: 10.00
        assertThat(byCode.get("SALES:S20").get("tax").decimalValue()).isEqualByComparingTo("18.00");
        assertThat(byCode.get("SALES:S20").get("base").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(byCode.get("SALES:S20I").get("tax").decimalValue()).isEqualByComparingTo("0.51");
        assertThat(byCode.get("SALES:S10I").get("tax").decimalValue()).isEqualByComparingTo("3.72");
        assertThat(byCode.get("SALES:RC").get("base").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(byCode.get("PURCHASE:P20").get("tax").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(report.json().get("netTax").decimalValue()).isEqualByComparingTo("12.23");

        // the report equals the posted tax lines per account of the period (3210 carries S20, S20I and RC; 3220 S10I; 1360 P20)
        assertThat(postedCredit("3210")).isEqualByComparingTo(byCode.get("SALES:S20").get("tax").decimalValue()
                .add(byCode.get("SALES:S20I").get("tax").decimalValue()).add(byCode.get("SALES:RC").get("tax").decimalValue()));
        assertThat(postedCredit("3220")).isEqualByComparingTo(byCode.get("SALES:S10I").get("tax").decimalValue());
        assertThat(postedCredit("1360").negate()).isEqualByComparingTo(byCode.get("PURCHASE:P20").get("tax").decimalValue());

        // drill-down to the documents, and CSV
        JsonNode drill = api.get("/api/v1/accounting/reports/tax?from=2026-02-01&to=2026-02-28&type=sales&code=S20").json().get("line");
        assertThat(drill.get("documents")).hasSize(2);
        assertThat(drill.get("documents").findValuesAsString("number")).contains("INV-000002", "CN-000001");
        ApiResponse csv = api.getAs("/api/v1/accounting/reports/tax?from=2026-02-01&to=2026-02-28&format=csv", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("type,code,name,rate,base,tax,documents").contains("sales,S20,").contains("purchase,P20,");
        assertProblem(api.get("/api/v1/accounting/reports/tax?from=2026-02-28&to=2026-02-01&type=both"), 422, "type");
    }

    @Test
    void templateCodesAreSeededOnceForTheChart() {
        ApiClient other = Ledgers.tenantWithAccounting(kernel, "tax-seed");
        ApiResponse seeded = other.post(CODES + "/seed", "");
        assertThat(seeded.status()).as(seeded.body()).isEqualTo(200);
        assertThat(seeded.json().get("added").asInt()).isEqualTo(12);
        assertThat(other.post(CODES + "/seed", "").json().get("added").asInt()).isZero();
        JsonNode items = other.get(CODES + "?type=sales").json().get("items");
        assertThat(items.findValuesAsString("code")).contains("VAT20", "VAT10", "EXEMPT", "RC");
        assertThat(items.findValuesAsString("account")).containsOnly("3200");
        // another tenant's codes are invisible
        assertThat(api.get(CODES).json().get("items").findValuesAsString("code")).doesNotContain("VAT20");
    }

    private static BigDecimal postedCredit(String account) {
        JsonNode tb = api.get("/api/v1/accounting/reports/trial-balance?from=2026-02-01&to=2026-02-28").json();
        for (JsonNode line : tb.get("lines")) {
            if (line.get("account").asString().equals(account)) {
                return line.get("credit").decimalValue().subtract(line.get("debit").decimalValue());
            }
        }
        return BigDecimal.ZERO;
    }

    private static void account(String code, String name, String type, String parent) {
        ApiResponse created = api.post("/api/v1/accounting/accounts",
                "{\"code\":\"%s\",\"name\":\"%s\",\"type\":\"%s\",\"parent\":\"%s\"}".formatted(code, name, type, parent));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static void code(String code, String name, String type, String rate, boolean included, String account, String validTo) {
        ApiResponse created = api.post(CODES, """
                {"code":"%s","name":"%s","type":"%s","rate":%s,"priceIncluded":%s,"account":"%s","validTo":%s}
                """.formatted(code, name, type, rate == null ? "null" : "\"" + rate + "\"", included, account,
                validTo == null ? "null" : "\"" + validTo + "\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static String invoice(String party, String date, String lines) {
        return """
                {"kind":"customer","partyId":"%s","date":"%s","lines":[%s]}
                """.formatted(party, date, lines);
    }

    private static String confirm(ApiResponse created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        ApiResponse confirmed = api.post(INV + "/" + id + "/confirm", "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return id;
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
}
