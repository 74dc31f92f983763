package io.tessera.plugins.sales;

import static io.tessera.plugins.sales.Sales.O;
import static io.tessera.plugins.sales.Sales.Q;
import static io.tessera.plugins.sales.Sales.assertProblem;
import static io.tessera.plugins.sales.Sales.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Sales on the embedded default (H2), as a newcomer meets it (D17), with the real catalog, accounting and inventory
 * jars: enable, a quotation → order (stock reserved) → delivery → posted invoice → a return with its credit note,
 * the order done once paid; detach keeps the orders, enabling again shows them and numbering goes on.
 */
class SalesEmbeddedIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .plugin(Path.of("../inventory/target/inventory.jar"))
            .embeddedDatabase()
            .build();

    @Test
    void quotationToInvoiceAndReturnOnTheEmbeddedDatabaseAndDetachKeepsTheOrders() {
        ApiClient api = Sales.tenant(kernel, "se-flow", true);
        String customer = Sales.party(api, "Embedded Customer");
        String widget = Sales.product(api, "EWID", "storable", "10.00");
        String hours = Sales.product(api, "EHOUR", "service", "50.00");
        Sales.stockUp(api, widget, "5");

        String quotation = Sales.quotation(api, customer, "{\"productId\":\"" + widget + "\",\"quantity\":\"3\",\"taxRate\":\"20\"}",
                Sales.line(hours, "2"));
        String order = Sales.confirm(api, quotation);
        assertThat(Sales.stock(api, widget).get("reserved").decimalValue()).isEqualByComparingTo("3");
        ApiResponse oversold = api.post(Q + "/" + Sales.quotation(api, customer, Sales.line(widget, "9")) + "/confirm", "");
        assertProblem(oversold, 409);
        assertThat(oversold.body()).contains("2 unit available");

        ok(api.post(O + "/" + order + "/deliver", ""));
        assertThat(Sales.stock(api, widget).get("onHand").decimalValue()).isEqualByComparingTo("2");
        String invoice = ok(api.post(O + "/" + order + "/invoice", "{\"confirm\":true}")).get("invoiceId").asString();
        JsonNode posted = ok(api.get("/api/v1/accounting/invoices/" + invoice));
        assertThat(posted.get("state").asString()).isEqualTo("POSTED");
        assertThat(posted.get("total").decimalValue()).isEqualByComparingTo("136.00");

        String widgetLine = Sales.order(api, order).get("lines").get(0).get("id").asString();
        ApiResponse returned = api.post(O + "/" + order + "/returns", "{\"lines\":[{\"lineId\":\"" + widgetLine
                + "\",\"quantity\":\"1\"}]}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(201);
        assertThat(Sales.stock(api, widget).get("onHand").decimalValue()).isEqualByComparingTo("3");
        String note = returned.json().get("creditNoteIds").get(0).asString();
        assertThat(ok(api.get("/api/v1/accounting/invoices/" + note)).get("total").decimalValue()).isEqualByComparingTo("12.00");
        assertProblem(api.post(O + "/" + order + "/returns", "{\"lines\":[{\"lineId\":\"" + widgetLine
                + "\",\"quantity\":\"3\"}]}"), 409);

        status(api.post("/api/v1/accounting/payments", """
                {"partyId":"%s","date":"%s","amount":"124.00",
                 "allocations":[{"invoiceId":"%s","amount":"124.00"}]}""".formatted(customer, java.time.LocalDate.now(), invoice)),
                201);
        assertThat(Sales.order(api, order).get("status").asString()).isEqualTo("DONE");

        assertThat(api.delete("/api/v1/admin/modules/sales").status()).isIn(200, 204);
        assertThat(api.get(O + "/" + order).status()).isEqualTo(404);
        ok(api.put("/api/v1/admin/modules/sales", ""));
        assertThat(Sales.order(api, order).get("status").asString()).isEqualTo("DONE");
        String next = Sales.confirm(api, Sales.quotation(api, customer, Sales.line(hours, "1")));
        assertThat(Sales.order(api, next).get("number").asString()).isEqualTo("SO-000002");
    }

    private static JsonNode status(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }
}
