package io.tessera.plugins.mrp;

import static io.tessera.plugins.mrp.Mrp.MRP;
import static io.tessera.plugins.mrp.Mrp.product;
import static io.tessera.plugins.mrp.Mrp.stockUp;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Confirmed sales orders are gross requirements of the MRP run through sales' published {@code OpenOrderLines}, with
 * the real sales, catalog, inventory and accounting jars on PostgreSQL: what is left to deliver counts once, at the
 * promised date — the stock it reserved is not counted again, and a partial delivery lowers on hand and demand alike.
 */
class SalesDemandIT {

    private static final String SALES = "/api/v1/sales/";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../inventory/target/inventory.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .plugin(Path.of("../sales/target/sales.jar"))
            .build();

    @Test
    void aConfirmedSalesOrderIsDemandOnceAtItsPromisedDate() {
        ApiClient api = Mrp.tenant(kernel, "mrp-sales");
        ok(api.put("/api/v1/admin/modules/sales", ""));
        String widget = product(api, "SD-W");
        stockUp(api, widget, "10", "2.00");
        String customer = company(api, "Demand Customer");
        LocalDate forecastDay = LocalDate.now().plusDays(2);
        LocalDate promised = LocalDate.now().plusDays(6);
        ok(api.post(MRP + "forecasts", """
                {"productId":"%s","date":"%s","quantity":"5"}""".formatted(widget, forecastDay)), 201);
        String quotation = created(api.post(SALES + "quotations", """
                {"partyId":"%s","currency":"EUR","promisedDate":"%s","lines":[{"productId":"%s","quantity":"10","unitPrice":"10"}]}"""
                .formatted(customer, promised, widget)));
        String order = ok(api.post(SALES + "quotations/" + quotation + "/confirm", "")).get("orderId").asString();
        JsonNode line = ok(api.get(SALES + "orders/" + order)).get("lines").get(0);

        // forecast 5 on day 2 takes 5 of the 10 on hand; the order's 10 on day 6 finds 5: buy 5 for the order.
        // Counted twice (the reservation as well) it would be 15; not counted at all, nothing.
        JsonNode planned = single(api);
        assertThat(List.of(planned.get("kind").asString(), planned.get("quantity").decimalValue().toPlainString(),
                planned.get("dueDate").asString())).containsExactly("buy", "5", promised.toString());
        assertThat(planned.get("peggedTo").valueStream().map(p -> p.get("kind").asString() + " " + p.get("sourceId").asString()
                + " " + p.get("quantity").decimalValue().toPlainString()).toList())
                .containsExactly("sales-order " + line.get("id").asString() + " 5");

        // 4 delivered: 6 on hand, 6 left to deliver — the same shortage of 5, still pegged to the order line
        ok(api.post(SALES + "orders/" + order + "/deliver", """
                {"lines":[{"lineId":"%s","quantity":"4"}]}""".formatted(line.get("id").asString())));
        JsonNode after = single(api);
        assertThat(List.of(after.get("quantity").decimalValue().toPlainString(), after.get("dueDate").asString(),
                after.get("peggedTo").get(0).get("kind").asString())).containsExactly("5", promised.toString(), "sales-order");

        // the rest delivered: the order is no demand any more; 0 on hand, the forecast's 5 alone is short
        ok(api.post(SALES + "orders/" + order + "/deliver", ""));
        JsonNode run = PlanningIT.runToEnd(api, "{\"horizonDays\":30,\"bucket\":\"day\"}");
        List<JsonNode> none = ok(api.get(MRP + "planned-orders?runId=" + run.get("id").asString())).valueStream().toList();
        assertThat(none).as("fully delivered")
                .singleElement().satisfies(p -> assertThat(p.get("peggedTo").get(0).get("kind").asString()).isEqualTo("forecast"));
    }

    private static JsonNode single(ApiClient api) {
        JsonNode run = PlanningIT.runToEnd(api, "{\"horizonDays\":30,\"bucket\":\"day\"}");
        assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("done");
        List<JsonNode> planned = ok(api.get(MRP + "planned-orders?runId=" + run.get("id").asString())).valueStream().toList();
        assertThat(planned).as(planned.toString()).hasSize(1);
        return planned.getFirst();
    }
}
