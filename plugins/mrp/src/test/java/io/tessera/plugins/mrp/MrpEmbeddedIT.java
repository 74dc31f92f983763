package io.tessera.plugins.mrp;

import static io.tessera.plugins.mrp.Mrp.MRP;
import static io.tessera.plugins.mrp.Mrp.product;
import static io.tessera.plugins.mrp.Mrp.stock;
import static io.tessera.plugins.mrp.Mrp.stockUp;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * MRP on the embedded default (H2), as a newcomer meets it (D17), with the real catalog, inventory and accounting
 * jars: a BOM (a cycle refused), a manufacturing order confirmed and produced in part (a backorder, work in progress
 * posted and cleared), and an MRP run claimed by the background task ({@code for update skip locked}, which H2 2.x
 * understands) that plans make and buy orders; a second run while one is queued is refused.
 */
class MrpEmbeddedIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../inventory/target/inventory.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .embeddedDatabase()
            .property("tessera.exports.dir", exportsDir())
            .build();

    @Test
    void bomsOrdersAndARunWorkOnTheEmbeddedDatabase() {
        ApiClient api = Mrp.tenant(kernel, "emb-mrp");
        ok(api.put("/api/v1/admin/modules/accounting", ""));
        String chair = product(api, "EMB-CHAIR");
        String leg = product(api, "EMB-LEG");
        String seat = product(api, "EMB-SEAT");
        String center = created(api.post(MRP + "work-centers", "{\"code\":\"EMB-WC\",\"name\":\"Bench\",\"costPerHour\":\"60\"}"));
        String routing = created(api.post(MRP + "routings", """
                {"name":"Assemble","operations":[{"name":"Assemble","workCenterId":"%s","runMinutes":"10"}]}"""
                .formatted(center)));
        created(api.post(MRP + "boms", """
                {"productId":"%s","quantity":"1","routingId":"%s","components":[{"productId":"%s","quantity":"4"},
                 {"productId":"%s","quantity":"1"}]}""".formatted(chair, routing, leg, seat)));
        assertField(Mrp.bom(api, leg, "1", chair, "1"), 422, "components[0].productId");

        stockUp(api, leg, "12", "1.50");
        stockUp(api, seat, "5", "6.00");
        String mo = created(api.post(MRP + "manufacturing-orders", "{\"productId\":\"" + chair + "\",\"quantity\":\"3\"}"));
        ok(api.post(MRP + "manufacturing-orders/" + mo + "/confirm", ""));
        assertThat(stock(api, leg).get("reserved").decimalValue()).isEqualByComparingTo("12");
        JsonNode produced = ok(api.post(MRP + "manufacturing-orders/" + mo + "/produce", "{\"quantity\":\"1\"}"));
        // 4 × 1.50 + 6.00 = 12 of material, 10 min at 60 an hour = 10 of operations
        assertThat(produced.get("materialCost").decimalValue()).isEqualByComparingTo("12");
        assertThat(produced.get("operationCost").decimalValue()).isEqualByComparingTo("10");
        String backorder = produced.get("backorderId").asString();
        assertThat(ok(api.get(MRP + "manufacturing-orders/" + backorder)).get("quantity").decimalValue())
                .isEqualByComparingTo("2");
        assertThat(stock(api, chair).get("onHand").decimalValue()).isEqualByComparingTo("1");
        JsonNode trial = ok(api.get("/api/v1/accounting/reports/trial-balance"));
        assertThat(trial.get("lines").valueStream().filter(l -> l.get("account").asString().equals("5050"))
                .map(l -> l.get("balance").decimalValue()).findFirst()).as("work-center time absorbed").hasValueSatisfying(
                        b -> assertThat(b).isEqualByComparingTo("-10"));
        assertThat(trial.get("lines").valueStream().filter(l -> l.get("account").asString().equals("1250"))
                .map(l -> l.get("balance").decimalValue()).toList()).as("work in progress cleared")
                .allSatisfy(b -> assertThat(b).isZero());
        assertThat(trial.get("totals").get("debit").decimalValue()).isEqualByComparingTo(trial.get("totals").get("credit")
                .decimalValue());

        ok(api.post(MRP + "forecasts", """
                {"productId":"%s","date":"%s","quantity":"10"}""".formatted(chair, LocalDate.now().plusDays(5))), 201);
        JsonNode started = ok(api.post(MRP + "runs", "{\"horizonDays\":30,\"bucket\":\"day\"}"), 202);
        String run = started.get("id").asString();
        JsonNode view = awaitEnd(api, run);
        assertThat(view.get("state").asString()).as(view.toString()).isEqualTo("done");
        List<JsonNode> planned = ok(api.get(MRP + "planned-orders?runId=" + run)).valueStream().toList();
        assertThat(planned.stream().map(p -> p.get("kind").asString() + " " + p.get("productId").asString()))
                .contains("make " + chair, "buy " + leg, "buy " + seat);
        assertProblem(api.post(MRP + "runs/" + run + "/cancel", ""), 409);
    }

    static JsonNode awaitEnd(ApiClient api, String run) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonNode view = ok(api.get(MRP + "runs/" + run));
            if (List.of("done", "cancelled", "failed").contains(view.get("state").asString())) {
                return view;
            }
            assertThat(Instant.now()).as("run " + run + " still " + view.get("state").asString()).isBefore(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L); // a polling interval, not a wait for the result
        }
    }

    private static String exportsDir() {
        try {
            return Files.createTempDirectory("mrp-embedded-exports").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
