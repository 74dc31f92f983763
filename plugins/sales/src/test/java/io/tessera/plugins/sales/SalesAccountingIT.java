package io.tessera.plugins.sales;

import static io.tessera.plugins.sales.Sales.O;
import static io.tessera.plugins.sales.Sales.Q;
import static io.tessera.plugins.sales.Sales.assertProblem;
import static io.tessera.plugins.sales.Sales.created;
import static io.tessera.plugins.sales.Sales.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Sales' seams with accounting on PostgreSQL as the application role, with the real catalog, accounting and inventory
 * jars: tax codes on quotation and order lines (the line's code, the customer's default, the product category's) posted
 * to the code's account.
 */
class SalesAccountingIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = Sales.kernel();

    @AfterAll
    static void ledgersBalance() {
        assertThat(Sales.unbalancedLedgers(kernel)).isEmpty();
    }

    @Test
    void taxCodesOfTheLinesResolveLikeAccountingsAndPostToTheCodesAccount() {
        ApiClient api = Sales.tenant(kernel, "sa-tax", false);
        String customer = Sales.party(api, "Taxed Customer");
        String exporter = Sales.party(api, "Export Customer");
        String consulting = Sales.product(api, "CONS", "service", "100.00");
        String books = created(api.post("/api/v1/catalog/categories", "{\"name\":\"Books\",\"costMethod\":\"fifo\"}"));
        String manual = created(api.post("/api/v1/catalog/products", """
                {"sku":"MAN","name":"Manual","type":"service","uom":"unit","salesPrice":"50.00","currency":"EUR",
                 "categoryId":"%s"}""".formatted(books)));

        // without tax codes a free rate works and a code is refused
        ApiResponse free = api.post(Q, "{\"partyId\":\"" + customer + "\",\"lines\":[{\"productId\":\"" + consulting
                + "\",\"quantity\":\"1\",\"taxRate\":\"20\"}]}");
        assertThat(created(free)).isNotBlank();
        assertThat(free.json().get("lines").get(0).get("taxCode").isNull()).isTrue();
        assertProblem(api.post(Q, "{\"partyId\":\"" + customer + "\",\"lines\":[{\"productId\":\"" + consulting
                + "\",\"quantity\":\"1\",\"taxCode\":\"VAT20\"}]}"), 422, "lines[0].taxCode");

        // the chart template's codes (VAT20 and VAT10 on 3200), books at the reduced rate, the exporter reverse-charged
        ok(api.post("/api/v1/accounting/tax-codes/seed", ""));
        ok(api.put("/api/v1/accounting/tax-codes/category-defaults/" + books, "{\"sales\":\"VAT10\"}"));
        ok(api.put("/api/v1/accounting/parties/" + exporter + "/tax-defaults", "{\"sales\":\"RC\"}"));

        // now a free rate is refused, an unknown code named, and a line without code nor default needs one
        assertProblem(api.post(Q, "{\"partyId\":\"" + customer + "\",\"lines\":[{\"productId\":\"" + consulting
                + "\",\"quantity\":\"1\",\"taxRate\":\"20\"}]}"), 422, "lines[0].taxRate");
        assertProblem(api.post(Q, "{\"partyId\":\"" + customer + "\",\"lines\":[{\"productId\":\"" + manual
                + "\",\"quantity\":\"1\"},{\"productId\":\"" + consulting + "\",\"quantity\":\"1\",\"taxCode\":\"NOPE\"}]}"),
                422, "lines[1].taxCode");
        assertProblem(api.post(Q, "{\"partyId\":\"" + customer + "\",\"lines\":[{\"productId\":\"" + consulting
                + "\",\"quantity\":\"1\"}]}"), 422, "lines[0].taxCode");

        // the line's own code, and the category's default: 100 at 20 % + 2 x 50 at 10 %
        ApiResponse quoted = api.post(Q, "{\"partyId\":\"" + customer + "\",\"lines\":[{\"productId\":\"" + consulting
                + "\",\"quantity\":\"1\",\"taxCode\":\"VAT20\"},{\"productId\":\"" + manual + "\",\"quantity\":\"2\"}]}");
        String quotation = created(quoted);
        JsonNode q = quoted.json();
        assertThat(q.get("lines").get(0).get("taxCode").asString()).isEqualTo("VAT20");
        assertThat(q.get("lines").get(0).get("tax").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(q.get("lines").get(1).get("taxCode").asString()).isEqualTo("VAT10");
        assertThat(q.get("lines").get(1).get("taxRate").decimalValue()).isEqualByComparingTo("10");
        assertThat(q.get("lines").get(1).get("tax").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(q.get("tax").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(q.get("total").decimalValue()).isEqualByComparingTo("230.00");

        String order = Sales.confirm(api, quotation);
        JsonNode lines = Sales.order(api, order).get("lines");
        assertThat(lines.get(0).get("taxCode").asString()).isEqualTo("VAT20");
        assertThat(lines.get(1).get("taxCode").asString()).isEqualTo("VAT10");
        String invoice = ok(api.post(O + "/" + order + "/invoice", "{\"confirm\":true}")).get("invoiceId").asString();
        JsonNode posted = ok(api.get("/api/v1/accounting/invoices/" + invoice));
        assertThat(posted.get("tax").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(posted.get("total").decimalValue()).isEqualByComparingTo("230.00");
        assertThat(posted.get("lines").findValuesAsString("taxCode")).containsExactly("VAT20", "VAT10");
        // output tax on the codes' account 3200, revenue net
        assertThat(credit(invoice, "3200")).isEqualByComparingTo("30.00");
        assertThat(credit(invoice, "4000")).isEqualByComparingTo("200.00");

        // the customer's default (reverse charge) comes before the category's
        String exportQuotation = created(api.post(Q, "{\"partyId\":\"" + exporter + "\",\"lines\":[" + Sales.line(manual, "1") + "]}"));
        JsonNode export = ok(api.get(Q + "/" + exportQuotation));
        assertThat(export.get("lines").get(0).get("taxCode").asString()).isEqualTo("RC");
        assertThat(export.get("tax").decimalValue()).isEqualByComparingTo("0.00");
        String exportOrder = Sales.confirm(api, exportQuotation);
        String exportInvoice = ok(api.post(O + "/" + exportOrder + "/invoice", "{\"confirm\":true}")).get("invoiceId").asString();
        assertThat(ok(api.get("/api/v1/accounting/invoices/" + exportInvoice)).get("lines").get(0).get("taxCode").asString())
                .isEqualTo("RC");
    }

    /** Credits minus debits of an account in the journal entry of a confirmed invoice. */
    static BigDecimal credit(String invoice, String account) {
        return new BigDecimal(kernel.queryAsSuperuser("""
                select coalesce(sum(l.base_credit) - sum(l.base_debit), 0) from acc_lines l
                  join acc_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
                  join acc_invoices i on i.tenant_id = l.tenant_id and i.entry_id = l.entry_id
                 where i.id = ?::uuid and a.code = ?""", invoice, account));
    }
}
