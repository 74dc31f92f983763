package io.tessera.plugins.inventory;

import static io.tessera.plugins.inventory.Stocks.INV;
import static io.tessera.plugins.inventory.Stocks.delivery;
import static io.tessera.plugins.inventory.Stocks.product;
import static io.tessera.plugins.inventory.Stocks.receipt;
import static io.tessera.plugins.inventory.Stocks.receiptLine;
import static io.tessera.plugins.inventory.Stocks.stock;
import static io.tessera.plugins.inventory.Stocks.stockUp;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Lot traceability, projected availability by date and cancelling transfers, through the REST API with the real
 * catalog and inventory jars on PostgreSQL as the application role; the ledger invariants after the class.
 */
class TraceProjectionCancelIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .build();

    private static ApiClient acme;
    private static ApiClient globex;

    @BeforeAll
    static void tenants() {
        acme = Stocks.tenant(kernel, "tpc-acme");
        globex = Stocks.tenant(kernel, "tpc-globex");
    }

    @AfterAll
    static void invariantsHold() {
        assertThat(Stocks.invariantViolations(kernel)).isEmpty();
    }

    @Test
    void aLotsTraceShowsWhereItCameFromAndWhereItWentWithTheDocuments() {
        String p = product(acme, "TRC-1", "lot");
        String other = product(acme, "TRC-2", "lot");
        ok(acme.post(INV + "receipts/" + receipt(acme, receiptLine(p, "10", ",\"lot\":\"L-TR\",\"expiry\":\"2027-05-31\""),
                receiptLine(other, "7", ",\"lot\":\"L-TR\"")) + "/validate", ""));
        ok(acme.post(INV + "receipts/" + receipt(acme, receiptLine(p, "5", ",\"lot\":\"L-TR\"")) + "/validate", ""));
        String delivery = Stocks.delivery(acme, p, "4");
        ok(acme.post(INV + "deliveries/" + delivery + "/validate", ""));
        ok(acme.post(INV + "scrap", "{\"lines\":[{\"productId\":\"" + p + "\",\"quantity\":\"1\",\"lot\":\"L-TR\"}]}"), 201);
        JsonNode wh = ok(acme.get(INV + "warehouses")).get(0);
        ok(acme.post(INV + "internal-transfers", "{\"fromLocationId\":\"" + wh.get("stockLocationId").asString()
                + "\",\"toLocationId\":\"" + wh.get("outputLocationId").asString() + "\",\"lines\":[{\"productId\":\"" + p
                + "\",\"quantity\":\"2\",\"lot\":\"L-TR\"}]}"), 201);
        String lot = stock(acme, p).get("lines").get("items").get(0).get("lotId").asString();

        JsonNode trace = ok(acme.get(INV + "lots/" + lot + "/trace"));
        assertThat(trace.get("lot").get("name").asString()).isEqualTo("L-TR");
        assertThat(trace.get("lot").get("productId").asString()).isEqualTo(p);
        assertThat(trace.get("lot").get("expiry").asString()).isEqualTo("2027-05-31");
        assertThat(flows(trace.get("cameFrom"))).containsExactly("supplier 15");
        assertThat(flows(trace.get("wentTo"))).containsExactly("customer 4", "scrap 1");
        assertThat(trace.get("onHand").decimalValue()).isEqualByComparingTo("10");
        assertThat(trace.get("held").valueStream().map(h -> h.get("location").asString() + " "
                + h.get("onHand").decimalValue().stripTrailingZeros().toPlainString())).containsExactlyInAnyOrder("WH/STOCK 8", "WH/OUTPUT 2");
        List<String> moves = trace.get("moves").valueStream().map(m -> m.get("direction").asString() + " " + m.get("document").asString()
                + " " + m.get("quantity").decimalValue().stripTrailingZeros().toPlainString()).toList();
        assertThat(moves).containsExactly("in receipt 10", "in receipt 5", "out delivery 4", "out scrap 1", "internal internal 2");
        assertThat(trace.get("moves").get(2).get("transferId").asString()).isEqualTo(delivery);
        assertThat(last(trace)).isTrue();

        // the same by product and lot name, page by page (keyset)
        JsonNode first = ok(acme.get(INV + "lots/trace?productId=" + p + "&lot=L-TR&size=2"));
        assertThat(first.get("lot").get("id").asString()).isEqualTo(lot);
        assertThat(first.get("moves").size()).isEqualTo(2);
        List<String> paged = new ArrayList<>();
        JsonNode page = first;
        while (true) {
            page.get("moves").valueStream().forEach(m -> paged.add(m.get("moveId").asString()));
            if (last(page)) {
                break;
            }
            page = ok(acme.get(INV + "lots/" + lot + "/trace?size=2&after=" + page.get("next").asString()));
        }
        assertThat(paged).containsExactlyElementsOf(trace.get("moves").valueStream().map(m -> m.get("moveId").asString()).toList());

        // the other product's lot of the same name is its own
        assertThat(flows(ok(acme.get(INV + "lots/trace?productId=" + other + "&lot=L-TR")).get("cameFrom"))).containsExactly("supplier 7");

        assertProblem(globex.get(INV + "lots/" + lot + "/trace"), 404);
        assertField(globex.get(INV + "lots/trace?productId=" + p + "&lot=L-TR"), 404, "productId");
        assertField(acme.get(INV + "lots/trace?productId=" + p + "&lot=NOPE"), 404, "lot");
        ApiResponse bad = acme.get(INV + "lots/trace?size=0");
        assertProblem(bad, 422);
        assertThat(bad.body()).contains("productId", "lot", "size");
    }

    @Test
    void projectionAddsIncomingAndSubtractsOutgoingDayByDayOnTheirScheduledDates() {
        String p = product(acme, "PRJ-1");
        stockUp(acme, p, "10");
        LocalDate today = LocalDate.now();
        String inbound = ok(acme.post(INV + "receipts", "{\"date\":\"" + today.plusDays(3) + "\",\"lines\":["
                + receiptLine(p, "5", "") + "]}"), 201).get("id").asString();
        ok(acme.post(INV + "deliveries", "{\"date\":\"" + today.plusDays(5) + "\",\"lines\":[{\"productId\":\"" + p
                + "\",\"quantity\":\"4\"}]}"), 201);
        ok(acme.post(INV + "deliveries", "{\"date\":\"" + today.minusDays(2) + "\",\"lines\":[{\"productId\":\"" + p
                + "\",\"quantity\":\"1\"}]}"), 201); // overdue: counted today
        ok(acme.post(INV + "deliveries", "{\"date\":\"" + today.plusDays(20) + "\",\"lines\":[{\"productId\":\"" + p
                + "\",\"quantity\":\"6\"}]}"), 201); // after the range

        ApiResponse raw = acme.get(INV + "stock/projection?productId=" + p + "&to=" + today.plusDays(7));
        assertThat(raw.body()).as("quantities without the storage scale's zeros").contains("\"onHand\":10,")
                .doesNotContain(".000000");
        JsonNode projection = ok(raw);
        assertThat(projection.get("onHand").decimalValue()).isEqualByComparingTo("10");
        JsonNode days = projection.get("days");
        assertThat(days.size()).isEqualTo(8);
        assertThat(days.get(0).get("date").asString()).isEqualTo(today.toString());
        assertThat(levels(days)).containsExactly("0/1=9", "0/0=9", "0/0=9", "5/0=14", "0/0=14", "0/4=10", "0/0=10", "0/0=10");

        // a cancelled receipt no longer comes in
        ok(acme.post(INV + "receipts/" + inbound + "/cancel", ""));
        assertThat(levels(ok(acme.get(INV + "stock/projection?productId=" + p + "&to=" + today.plusDays(5))).get("days")))
                .containsExactly("0/1=9", "0/0=9", "0/0=9", "0/0=9", "0/0=9", "0/4=5");
        assertThat(ok(acme.get(INV + "stock/projection?productId=" + p)).get("days").size()).as("30 days ahead by default").isEqualTo(31);

        ApiResponse bad = acme.get(INV + "stock/projection?to=" + today.minusDays(1));
        assertProblem(bad, 422);
        assertThat(bad.body()).contains("productId", "\"to\"");
        assertField(acme.get(INV + "stock/projection?productId=" + p + "&to=" + today.plusDays(400)), 422, "to");
        assertField(globex.get(INV + "stock/projection?productId=" + p), 404, "productId");
    }

    @Test
    void cancellingAnOpenTransferReleasesItsReservationsAndIsFinal() {
        String p = product(acme, "CNL-1");
        stockUp(acme, p, "10");
        String d = delivery(acme, p, "3");
        assertThat(ok(acme.post(INV + "deliveries/" + d + "/reserve", "")).get("state").asString()).isEqualTo("assigned");
        assertThat(stock(acme, p).get("reserved").decimalValue()).isEqualByComparingTo("3");
        assertThat(stock(acme, p).get("outgoing").decimalValue()).isEqualByComparingTo("3");

        ApiResponse stockBody = acme.get(INV + "stock?productId=" + p);
        assertThat(stockBody.body()).contains("\"reserved\":3,").doesNotContain(".000000");
        ApiResponse valuation = acme.get(INV + "valuation");
        assertThat(valuation.body()).as("amounts with the currency's minor units").contains("\"value\":25.00")
                .doesNotContain("25.0000");

        JsonNode cancelled = ok(acme.post(INV + "deliveries/" + d + "/cancel", ""));
        assertThat(cancelled.get("state").asString()).isEqualTo("cancelled");
        assertThat(cancelled.get("lines").get(0).get("state").asString()).isEqualTo("cancelled");
        assertThat(cancelled.get("lines").get(0).get("reserved").decimalValue()).isEqualByComparingTo("0");
        JsonNode after = stock(acme, p);
        assertThat(after.get("reserved").decimalValue()).isEqualByComparingTo("0");
        assertThat(after.get("outgoing").decimalValue()).isEqualByComparingTo("0");
        assertThat(after.get("onHand").decimalValue()).isEqualByComparingTo("10");
        assertThat(kernel.countAsSuperuser("select count(*) from inv_reservations r join tenants t on t.id = r.tenant_id "
                + "where t.slug = 'tpc-acme' and r.demand_id = ?::uuid", d)).isZero();

        ApiResponse again = acme.post(INV + "deliveries/" + d + "/cancel", "");
        assertProblem(again, 409);
        assertThat(again.body()).contains("cancelled already");
        assertProblem(acme.post(INV + "deliveries/" + d + "/validate", ""), 409);
        assertProblem(acme.post(INV + "deliveries/" + d + "/reserve", ""), 409);

        // a done receipt cannot be cancelled; a draft one can, through its own path or the generic one
        String done = receipt(acme, receiptLine(p, "2", ""));
        ok(acme.post(INV + "receipts/" + done + "/validate", ""));
        assertProblem(acme.post(INV + "transfers/" + done + "/cancel", ""), 409);
        String draft = receipt(acme, receiptLine(p, "2", ""));
        assertProblem(acme.post(INV + "deliveries/" + draft + "/cancel", ""), 404);
        assertProblem(globex.post(INV + "transfers/" + draft + "/cancel", ""), 404);
        assertThat(ok(acme.post(INV + "transfers/" + draft + "/cancel", "")).get("state").asString()).isEqualTo("cancelled");
        assertThat(stock(acme, p).get("incoming").decimalValue()).isEqualByComparingTo("0");
        assertThat(stock(acme, p).get("onHand").decimalValue()).isEqualByComparingTo("12");
    }

    private static boolean last(JsonNode trace) {
        return !trace.has("next") || trace.get("next").isNull();
    }

    private static List<String> flows(JsonNode flows) {
        return flows.valueStream().map(f -> f.get("usage").asString() + " "
                + f.get("quantity").decimalValue().stripTrailingZeros().toPlainString()).toList();
    }

    private static List<String> levels(JsonNode days) {
        return days.valueStream().map(d -> d.get("incoming").decimalValue().stripTrailingZeros().toPlainString() + "/"
                + d.get("outgoing").decimalValue().stripTrailingZeros().toPlainString() + "="
                + d.get("projected").decimalValue().stripTrailingZeros().toPlainString()).toList();
    }
}
