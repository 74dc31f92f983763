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

    @Test
    void aReturnGoesBackIntoStockAtTheDeliveryCostAndCreditsWhatWasInvoicedNeverMoreThanDelivered() throws Exception {
        ApiClient api = Sales.tenant(kernel, "sa-return", true);
        String customer = Sales.party(api, "Returning Customer");
        String widget = Sales.product(api, "RWID", "storable", "10.00");
        String hours = Sales.product(api, "RHOUR", "service", "50.00");
        Sales.stockUp(api, widget, "10"); // at 2.50 a unit

        String order = Sales.confirm(api, Sales.quotation(api, customer,
                "{\"productId\":\"" + widget + "\",\"quantity\":\"5\",\"taxRate\":\"20\"}",
                "{\"productId\":\"" + hours + "\",\"quantity\":\"2\",\"taxRate\":\"20\"}"));
        ok(api.post(O + "/" + order + "/deliver", ""));
        String invoice = ok(api.post(O + "/" + order + "/invoice", "{\"confirm\":true}")).get("invoiceId").asString();
        assertThat(ok(api.get("/api/v1/accounting/invoices/" + invoice)).get("total").decimalValue()).isEqualByComparingTo("180.00");
        assertThat(Sales.roleBalance(kernel, "sa-return", "COST_OF_GOODS_SOLD")).isEqualByComparingTo("12.50");
        JsonNode lines = Sales.order(api, order).get("lines");
        String widgetLine = lines.get(0).get("id").asString();
        String hoursLine = lines.get(1).get("id").asString();

        // every bad field at once; a line of another order is not found
        assertProblem(api.post(O + "/" + order + "/returns", "{\"lines\":[{\"quantity\":\"0\"}]}"), 422,
                "lines[0].lineId", "lines[0].quantity");
        assertProblem(api.post(O + "/" + order + "/returns", "{}"), 422, "lines");
        assertProblem(api.post(O + "/" + order + "/returns", "{\"lines\":[{\"lineId\":\"" + java.util.UUID.randomUUID()
                + "\",\"quantity\":\"1\"}]}"), 404, "lines[0].lineId");

        // two widgets come back: into stock at the delivery's 2.50, cost of goods sold reversed, 2 x 10 + 20 % credited
        ApiResponse returned = api.post(O + "/" + order + "/returns", "{\"date\":\"" + java.time.LocalDate.now()
                + "\",\"lines\":[{\"lineId\":\"" + widgetLine + "\",\"quantity\":\"2\"}]}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(201);
        JsonNode made = returned.json();
        assertThat(made.get("stockReturnId").isNull()).isFalse();
        assertThat(made.get("creditNoteIds")).hasSize(1);
        assertThat(made.get("order").get("lines").get(0).get("returned").decimalValue()).isEqualByComparingTo("2");
        assertThat(made.get("order").get("returnIds").get(0).asString()).isEqualTo(made.get("stockReturnId").asString());
        assertThat(made.get("order").get("creditNoteIds").get(0).asString()).isEqualTo(made.get("creditNoteIds").get(0).asString());
        JsonNode note = ok(api.get("/api/v1/accounting/invoices/" + made.get("creditNoteIds").get(0).asString()));
        assertThat(note.get("state").asString()).isEqualTo("POSTED");
        assertThat(note.get("creditNote").asBoolean()).isTrue();
        assertThat(note.get("total").decimalValue()).isEqualByComparingTo("24.00");
        assertThat(Sales.stock(api, widget).get("onHand").decimalValue()).isEqualByComparingTo("7");
        assertThat(Sales.roleBalance(kernel, "sa-return", "COST_OF_GOODS_SOLD")).isEqualByComparingTo("7.50");
        assertThat(Sales.receivable(kernel, customer)).isEqualByComparingTo("156.00");
        assertThat(ok(api.get("/api/v1/accounting/invoices/" + invoice)).get("open").decimalValue()).isEqualByComparingTo("156.00");
        assertThat(Sales.order(api, order).get("status").asString()).as("nothing left to invoice").isEqualTo("FULLY_INVOICED");

        // never more than delivered and not returned: 3 widgets are left, 4 are refused; a service hour comes back too
        assertProblem(api.post(O + "/" + order + "/returns", "{\"lines\":[{\"lineId\":\"" + widgetLine
                + "\",\"quantity\":\"4\"}]}"), 409);
        JsonNode second = returned(api.post(O + "/" + order + "/returns", "{\"lines\":[{\"lineId\":\"" + widgetLine
                + "\",\"quantity\":\"3\"},{\"lineId\":\"" + hoursLine + "\",\"quantity\":\"1\"}]}"));
        assertThat(second.get("creditNoteIds")).hasSize(1);
        assertThat(ok(api.get("/api/v1/accounting/invoices/" + second.get("creditNoteIds").get(0).asString())).get("total")
                .decimalValue()).isEqualByComparingTo("96.00");
        assertThat(Sales.stock(api, widget).get("onHand").decimalValue()).isEqualByComparingTo("10");
        assertThat(Sales.roleBalance(kernel, "sa-return", "COST_OF_GOODS_SOLD")).isZero();
        assertProblem(api.post(O + "/" + order + "/returns", "{\"lines\":[{\"lineId\":\"" + widgetLine
                + "\",\"quantity\":\"1\"}]}"), 409);
        // the database refuses it too, for the application role
        java.util.UUID tenant = java.util.UUID.fromString(kernel.queryAsSuperuser("select id from tenants where slug = 'sa-return'"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kernel.asApplicationRole(tenant, c -> {
            try (java.sql.PreparedStatement st = c.prepareStatement("update sal_order_lines set returned = delivered + 1 "
                    + "where order_id = ?::uuid and line_no = 1")) {
                st.setString(1, order);
                st.executeUpdate();
            }
        })).isInstanceOf(java.sql.SQLException.class).hasMessageContaining("sal_order_lines_returned_ck");

        // returned before it was invoiced: no credit note, and the invoice leaves the returned quantity out
        String later = Sales.confirm(api, Sales.quotation(api, customer,
                "{\"productId\":\"" + widget + "\",\"quantity\":\"3\",\"taxRate\":\"20\"}"));
        ok(api.post(O + "/" + later + "/deliver", ""));
        String laterLine = Sales.order(api, later).get("lines").get(0).get("id").asString();
        JsonNode early = returned(api.post(O + "/" + later + "/returns", "{\"lines\":[{\"lineId\":\"" + laterLine
                + "\",\"quantity\":\"1\"}]}"));
        assertThat(early.get("creditNoteIds")).isEmpty();
        String laterInvoice = ok(api.post(O + "/" + later + "/invoice", "{\"confirm\":true}")).get("invoiceId").asString();
        assertThat(ok(api.get("/api/v1/accounting/invoices/" + laterInvoice)).get("total").decimalValue())
                .isEqualByComparingTo("24.00");
        assertThat(Sales.order(api, later).get("status").asString()).isEqualTo("FULLY_INVOICED");
        assertProblem(api.post(O + "/" + later + "/invoice", ""), 409);
    }

    @Test
    void theCreditCheckCountsEveryOpenReceivableOfThePartyInAccounting() {
        ApiClient admin = Sales.tenant(kernel, "sa-credit", false);
        String customer = Sales.party(admin, "Owing Ltd");
        String hours = Sales.product(admin, "OHOUR", "service", "50.00");
        ok(admin.put("/api/v1/sales/parties/" + customer + "/credit", "{\"creditLimit\":\"500\",\"currency\":\"EUR\"}"));
        // invoices made directly in accounting: 400 confirmed, 50 of it credited, and a draft of 30
        String invoice = accountingDocument(admin, customer, "400", null);
        ok(admin.post("/api/v1/accounting/invoices/" + invoice + "/confirm", ""));
        String note = accountingDocument(admin, customer, "50", invoice);
        ok(admin.post("/api/v1/accounting/invoices/" + note + "/confirm", ""));
        accountingDocument(admin, customer, "30", null);
        JsonNode used = ok(admin.get("/api/v1/sales/parties/" + customer + "/credit"));
        assertThat(used.get("openReceivables").decimalValue()).isEqualByComparingTo("380.00");

        kernel.createUser("seller@sa-credit.test", Sales.PASSWORD, java.util.Set.of("member"), kernel.tenant("sa-credit"));
        ApiClient seller = kernel.api("seller@sa-credit.test", Sales.PASSWORD).withTenant("sa-credit");
        String over = Sales.quotation(seller, customer, Sales.line(hours, "3"));
        ApiResponse refused = seller.post(Q + "/" + over + "/confirm", "");
        assertProblem(refused, 409);
        assertThat(refused.json().get("detail").asString()).contains("open receivables 380.00", "530.00");
        Sales.confirm(seller, Sales.quotation(seller, customer, Sales.line(hours, "2")));
        assertThat(ok(seller.get("/api/v1/sales/parties/" + customer + "/credit")).get("creditUsed").decimalValue())
                .isEqualByComparingTo("480.00");
    }

    /** A customer invoice (or, crediting {@code credited}, a credit note) of one line made in accounting; a draft. */
    static String accountingDocument(ApiClient api, String party, String amount, String credited) {
        String credit = credited == null ? "" : ",\"creditNote\":true,\"creditedInvoiceId\":\"" + credited + "\"";
        return created(api.post("/api/v1/accounting/invoices", """
                {"kind":"customer","partyId":"%s","date":"%s"%s,"lines":[{"description":"Direct","quantity":"1","unitPrice":"%s"}]}
                """.formatted(party, java.time.LocalDate.now(), credit, amount)));
    }

    /** A 201 answer's body. */
    static JsonNode returned(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
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
