package io.tessera.plugins.inventory;

import static io.tessera.plugins.inventory.Stocks.INV;
import static io.tessera.plugins.inventory.Stocks.delivery;
import static io.tessera.plugins.inventory.Stocks.onHand;
import static io.tessera.plugins.inventory.Stocks.product;
import static io.tessera.plugins.inventory.Stocks.receipt;
import static io.tessera.plugins.inventory.Stocks.receiptLine;
import static io.tessera.plugins.inventory.Stocks.stock;
import static io.tessera.plugins.inventory.Stocks.stockUp;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiAssertions;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The inventory plugin from its real jar, next to the real catalog jar, over HTTP on PostgreSQL as the application
 * role: receipts, deliveries with reservations, partial validation and backorders, lots and serials, adjustments,
 * returns, scrap, bad input, another tenant's ids, the append-only ledger and the module lifecycle.
 */
class InventoryIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .property("tessera.exports.dir", System.getProperty("java.io.tmpdir"))
            .build();

    static ApiClient acme;
    static ApiClient globex;

    @BeforeAll
    static void tenants() {
        acme = Stocks.tenant(kernel, "inv-acme");
        globex = Stocks.tenant(kernel, "inv-globex");
    }

    @AfterAll
    static void invariantsHold() {
        assertThat(Stocks.invariantViolations(kernel)).isEmpty();
    }

    @Test
    void enablingSeedsTheDefaultWarehouseWithItsLocationsOnce() {
        JsonNode warehouses = ok(acme.get(INV + "warehouses"));
        assertThat(warehouses.size()).isEqualTo(1);
        JsonNode wh = warehouses.get(0);
        assertThat(wh.get("code").asString()).isEqualTo("WH");
        assertThat(wh.get("allowNegative").asBoolean()).isFalse();
        List<String> codes = wh.get("locations").valueStream().map(l -> l.get("code").asString()).toList();
        assertThat(codes).containsExactly("WH/INPUT", "WH/OUTPUT", "WH/STOCK");
        assertThat(wh.get("locations").get(2).get("usage").asString()).isEqualTo("internal");
        assertThat(wh.get("stockLocationId").asString()).isEqualTo(wh.get("locations").get(2).get("id").asString());
        long virtual = kernel.countAsSuperuser("select count(*) from inv_locations l join tenants t on t.id = l.tenant_id "
                + "where t.slug = 'inv-acme' and l.warehouse_id is null");
        assertThat(virtual).as("one virtual location per usage other than internal").isEqualTo(6);
    }

    @Test
    void aValidatedReceiptPutsStockOnHandAndRecordsTheMoves() {
        String p = product(acme, "RCV-1");
        String receipt = receipt(acme, receiptLine(p, "10", ""));
        JsonNode draft = ok(acme.get(INV + "receipts/" + receipt));
        assertThat(draft.get("state").asString()).isEqualTo("draft");
        assertThat(stock(acme, p).get("incoming").decimalValue()).isEqualByComparingTo("10");
        assertThat(onHand(acme, p)).isEqualByComparingTo("0");

        JsonNode validated = ok(acme.post(INV + "receipts/" + receipt + "/validate", ""));
        assertThat(validated.get("backorderId").isNull()).isTrue();
        assertThat(validated.get("transfer").get("state").asString()).isEqualTo("done");
        JsonNode stock = stock(acme, p);
        assertThat(stock.get("onHand").decimalValue()).isEqualByComparingTo("10");
        assertThat(stock.get("available").decimalValue()).isEqualByComparingTo("10");
        assertThat(stock.get("incoming").decimalValue()).isEqualByComparingTo("0");
        JsonNode moves = ok(acme.get(INV + "moves?productId=" + p));
        assertThat(moves.get("totalElements").asLong()).isEqualTo(1);
        assertThat(moves.get("items").get(0).get("state").asString()).isEqualTo("done");
        assertThat(moves.get("items").get(0).get("unitCost").decimalValue()).isEqualByComparingTo("2.50");
        assertThat(new BigDecimal(kernel.queryAsSuperuser("select sum(amount) from inv_valuation_layers "
                + "where product_id = ?::uuid and source = 'inventory.receipt' and source_id = ?::uuid", p, receipt)))
                .as("the validation handed its moves to the valuation").isEqualByComparingTo("25.00");
        assertProblem(acme.post(INV + "receipts/" + receipt + "/validate", ""), 409);
        assertThat(onHand(acme, p)).as("validating twice changes nothing").isEqualByComparingTo("10");
    }

    @Test
    void aSupplierNamedOnAReceiptCannotBeDeletedOnlyArchived() {
        String p = product(acme, "RCV-PARTY");
        String supplier = ApiAssertions.company(acme, "Steel Works AG");
        String receipt = created(acme.post(INV + "receipts", "{\"partyId\":\"" + supplier + "\",\"lines\":["
                + receiptLine(p, "3", "") + "]}"));
        assertThat(ok(acme.get(INV + "receipts/" + receipt)).get("partyId").asString()).isEqualTo(supplier);

        ApiResponse refused = acme.delete("/api/v1/parties/" + supplier);
        assertProblem(refused, 409);
        assertThat(refused.json().get("references").toString()).contains("receipts and deliveries");
        assertThat(ok(acme.get("/api/v1/parties/" + supplier)).get("name").asString()).isEqualTo("Steel Works AG");
    }

    @Test
    void validatingLessThanTheDemandCreatesABackorderWithTheRest() {
        String p = product(acme, "PART-1");
        String q = product(acme, "PART-2");
        String receipt = receipt(acme, receiptLine(p, "10", ""), receiptLine(q, "5", ""));
        JsonNode result = ok(acme.post(INV + "receipts/" + receipt + "/validate",
                "{\"lines\":[{\"productId\":\"" + p + "\",\"quantity\":\"6\"}]}"));
        String backorder = result.get("backorderId").asString();
        assertThat(onHand(acme, p)).isEqualByComparingTo("6");
        assertThat(onHand(acme, q)).isEqualByComparingTo("0");
        JsonNode rest = ok(acme.get(INV + "receipts/" + backorder));
        assertThat(rest.get("state").asString()).isEqualTo("draft");
        assertThat(rest.get("backorderOf").asString()).isEqualTo(receipt);
        assertThat(rest.get("lines").valueStream().map(l -> l.get("productId").asString() + "=" + l.get("quantity").decimalValue().stripTrailingZeros().toPlainString()))
                .containsExactlyInAnyOrder(p + "=4", q + "=5");
        assertThat(stock(acme, p).get("incoming").decimalValue()).isEqualByComparingTo("4");
        JsonNode drafts = ok(acme.get(INV + "receipts?state=draft&size=200"));
        assertThat(drafts.get("items").valueStream().map(t -> t.get("id").asString())).contains(backorder).doesNotContain(receipt);
        assertThat(drafts.get("items").valueStream().filter(t -> t.get("id").asString().equals(backorder)).findFirst()
                .orElseThrow().get("lines").asInt()).isEqualTo(2);
        assertField(acme.get(INV + "receipts?state=lost"), 400, "state");
        ok(acme.post(INV + "receipts/" + backorder + "/validate", ""));
        assertThat(onHand(acme, p)).isEqualByComparingTo("10");
        assertThat(onHand(acme, q)).isEqualByComparingTo("5");

        assertField(acme.post(INV + "receipts/" + receipt(acme, receiptLine(p, "3", "")) + "/validate",
                "{\"lines\":[{\"productId\":\"" + p + "\",\"quantity\":\"4\"}]}"), 422, "lines[0].quantity");
    }

    @Test
    void aDeliveryReservesWhatIsAvailableAndAPartialValidationLeavesABackorder() {
        String p = product(acme, "DLV-1");
        stockUp(acme, p, "10");
        String delivery = delivery(acme, p, "15");
        JsonNode reserved = ok(acme.post(INV + "deliveries/" + delivery + "/reserve", ""));
        assertThat(reserved.get("state").asString()).as("partly reserved").isEqualTo("confirmed");
        assertThat(reserved.get("lines").get(0).get("reserved").decimalValue()).isEqualByComparingTo("10");
        JsonNode stock = stock(acme, p);
        assertThat(stock.get("reserved").decimalValue()).isEqualByComparingTo("10");
        assertThat(stock.get("available").decimalValue()).isEqualByComparingTo("0");
        assertThat(stock.get("outgoing").decimalValue()).isEqualByComparingTo("15");

        ApiResponse tooMuch = acme.post(INV + "deliveries/" + delivery + "/validate", "");
        assertProblem(tooMuch, 409);
        assertThat(tooMuch.body()).contains("available 10");

        JsonNode result = ok(acme.post(INV + "deliveries/" + delivery + "/validate",
                "{\"lines\":[{\"productId\":\"" + p + "\",\"quantity\":\"8\"}]}"));
        String backorder = result.get("backorderId").asString();
        stock = stock(acme, p);
        assertThat(stock.get("onHand").decimalValue()).isEqualByComparingTo("2");
        assertThat(stock.get("reserved").decimalValue()).as("what was not delivered is released").isEqualByComparingTo("0");
        JsonNode rest = ok(acme.get(INV + "deliveries/" + backorder));
        assertThat(rest.get("lines").get(0).get("quantity").decimalValue()).isEqualByComparingTo("7");
        assertThat(ok(acme.post(INV + "deliveries/" + backorder + "/reserve", "")).get("lines").get(0).get("reserved")
                .decimalValue()).isEqualByComparingTo("2");
        ok(acme.post(INV + "deliveries/" + backorder + "/unreserve", ""));
        assertThat(stock(acme, p).get("reserved").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void notEnoughStockIsA409SayingWhatIsAvailableAndChangesNothing() {
        String p = product(acme, "SHORT-1");
        String q = product(acme, "SHORT-2");
        stockUp(acme, p, "5");
        stockUp(acme, q, "2");
        String delivery = created(acme.post(INV + "deliveries", "{\"lines\":[{\"productId\":\"" + p
                + "\",\"quantity\":\"4\"},{\"productId\":\"" + q + "\",\"quantity\":\"3\"}]}"));
        ApiResponse refused = acme.post(INV + "deliveries/" + delivery + "/validate", "");
        assertProblem(refused, 409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("SHORT-2").contains("available 2");
        assertThat(onHand(acme, p)).as("nothing half-done").isEqualByComparingTo("5");
        assertThat(stock(acme, p).get("reserved").decimalValue()).isEqualByComparingTo("0");
        assertThat(ok(acme.get(INV + "deliveries/" + delivery)).get("state").asString()).isEqualTo("draft");
    }

    @Test
    void unitsConvertExactlyOnceAtTheLineAndOtherCategoriesAreRefused() {
        String p = product(acme, "UOM-1");
        String receipt = receipt(acme, "{\"productId\":\"" + p + "\",\"quantity\":\"2\",\"uom\":\"dozen\",\"unitCost\":\"30.00\"}");
        JsonNode line = ok(acme.get(INV + "receipts/" + receipt)).get("lines").get(0);
        assertThat(line.get("quantity").decimalValue()).isEqualByComparingTo("24");
        assertThat(line.get("enteredQuantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(line.get("uom").asString()).isEqualTo("dozen");
        assertThat(line.get("unitCost").decimalValue()).as("cost per base unit").isEqualByComparingTo("2.50");
        ok(acme.post(INV + "receipts/" + receipt + "/validate", ""));
        assertThat(onHand(acme, p)).isEqualByComparingTo("24");

        assertField(acme.post(INV + "receipts", "{\"lines\":[{\"productId\":\"" + p
                + "\",\"quantity\":\"1\",\"uom\":\"kg\",\"unitCost\":\"1\"}]}"), 422, "lines[0].uom");
    }

    @Test
    void badLinesAreOne422NamingEveryBadField() {
        String p = product(acme, "BAD-1");
        ApiResponse bad = acme.post(INV + "receipts", "{\"lines\":[{\"productId\":\"" + p
                + "\",\"quantity\":\"-1\"},{\"productId\":\"" + p + "\",\"quantity\":\"2\",\"unitCost\":\"-3\",\"lot\":\"L1\"}]}");
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.body()).contains("lines[0].quantity", "lines[0].unitCost", "lines[1].unitCost", "lines[1].lot");
        assertField(acme.post(INV + "receipts", "{\"lines\":[]}"), 422, "lines");
        assertField(acme.post(INV + "deliveries", "{\"lines\":[{\"productId\":\"" + p + "\",\"quantity\":\"0\"}]}"), 422,
                "lines[0].quantity");
        assertField(acme.post(INV + "adjustments", "{\"lines\":[]}"), 422, "locationId");
        assertThat(kernel.countAsSuperuser("select count(*) from inv_transfers t join tenants n on n.id = t.tenant_id "
                + "where n.slug = 'inv-acme' and exists (select 1 from inv_moves m where m.tenant_id = t.tenant_id "
                + "and m.transfer_id = t.id and m.product_id = ?::uuid)", p)).as("nothing written").isZero();
    }

    @Test
    void serialsAreUniquePerProductAndMoveOnePerUnit() throws SQLException {
        String p = product(acme, "SER-1", "serial");
        String receipt = receipt(acme, receiptLine(p, "2", ",\"serials\":[\"SN-1\",\"SN-2\"]"));
        assertThat(ok(acme.get(INV + "receipts/" + receipt)).get("lines").size()).isEqualTo(2);
        ok(acme.post(INV + "receipts/" + receipt + "/validate", ""));
        assertThat(onHand(acme, p)).isEqualByComparingTo("2");
        String again = receipt(acme, receiptLine(p, "1", ",\"serials\":[\"SN-1\"]"));
        ApiResponse duplicate = acme.post(INV + "receipts/" + again + "/validate", "");
        assertProblem(duplicate, 409);
        assertThat(duplicate.body()).contains("SN-1");
        assertThat(onHand(acme, p)).isEqualByComparingTo("2");
        assertField(acme.post(INV + "receipts", "{\"lines\":[" + receiptLine(p, "2", ",\"serials\":[\"SN-9\"]") + "]}"),
                422, "lines[0].serials");
        assertField(acme.post(INV + "receipts", "{\"lines\":[" + receiptLine(p, "2", ",\"serials\":[\"SN-8\",\"SN-8\"]") + "]}"),
                422, "lines[0].serials[1]");

        String delivery = delivery(acme, p, "1");
        JsonNode done = ok(acme.post(INV + "deliveries/" + delivery + "/validate", "")).get("transfer");
        assertThat(done.get("lines").get(0).get("lot").asString()).isIn("SN-1", "SN-2");
        assertThat(onHand(acme, p)).isEqualByComparingTo("1");
        // the database refuses a second lot row with the same serial even without the module's check
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("insert into inv_lots (tenant_id, id, product_id, name, serial, created_at) "
                    + "select tenant_id, gen_random_uuid(), product_id, name, true, now() from inv_lots where product_id = '"
                    + p + "' and name = 'SN-2'")).hasMessageContaining("inv_lots_name_uk");
        }
    }

    @Test
    void lotsAreReservedFirstExpiryFirstOut() {
        String p = product(acme, "LOT-1", "lot");
        ok(acme.post(INV + "receipts/" + receipt(acme, receiptLine(p, "5", ",\"lot\":\"LATE\",\"expiry\":\"2027-06-30\""),
                receiptLine(p, "3", ",\"lot\":\"EARLY\",\"expiry\":\"2027-01-31\"")) + "/validate", ""));
        assertThat(onHand(acme, p)).isEqualByComparingTo("8");
        assertField(acme.post(INV + "receipts", "{\"lines\":[" + receiptLine(p, "1", "") + "]}"), 422, "lines[0].lot");

        String delivery = delivery(acme, p, "4");
        ok(acme.post(INV + "deliveries/" + delivery + "/reserve", ""));
        JsonNode lines = stock(acme, p).get("lines").get("items");
        assertThat(lines.valueStream().map(l -> l.get("lot").asString() + ":" + l.get("reserved").decimalValue()
                .stripTrailingZeros().toPlainString())).containsExactlyInAnyOrder("EARLY:3", "LATE:1");
        JsonNode done = ok(acme.post(INV + "deliveries/" + delivery + "/validate", "")).get("transfer");
        assertThat(done.get("lines").valueStream().map(l -> l.get("lot").asString())).containsExactlyInAnyOrder("EARLY", "LATE");
        assertThat(onHand(acme, p)).isEqualByComparingTo("4");
    }

    @Test
    void adjustmentsPostTheDifferenceToTheCountAndNeverBelowWhatIsReserved() {
        String p = product(acme, "ADJ-1");
        stockUp(acme, p, "10");
        String stockLocation = ok(acme.get(INV + "warehouses")).get(0).get("stockLocationId").asString();
        JsonNode down = ok(acme.post(INV + "adjustments", "{\"locationId\":\"" + stockLocation
                + "\",\"lines\":[{\"productId\":\"" + p + "\",\"countedQuantity\":\"7\"}]}"), 201);
        assertThat(down.get("lines").get(0).get("quantity").decimalValue()).isEqualByComparingTo("3");
        assertThat(down.get("lines").get(0).get("toLocationId").asString()).isNotEqualTo(stockLocation);
        assertThat(onHand(acme, p)).isEqualByComparingTo("7");
        ok(acme.post(INV + "adjustments", "{\"locationId\":\"" + stockLocation + "\",\"lines\":[{\"productId\":\"" + p
                + "\",\"countedQuantity\":\"12\"}]}"), 201);
        assertThat(onHand(acme, p)).isEqualByComparingTo("12");

        ok(acme.post(INV + "deliveries/" + delivery(acme, p, "5") + "/reserve", ""));
        ApiResponse belowReserved = acme.post(INV + "adjustments", "{\"locationId\":\"" + stockLocation
                + "\",\"lines\":[{\"productId\":\"" + p + "\",\"countedQuantity\":\"4\"}]}");
        assertProblem(belowReserved, 409);
        assertThat(belowReserved.body()).contains("reserved 5");
        assertThat(onHand(acme, p)).isEqualByComparingTo("12");
        assertField(acme.post(INV + "adjustments", "{\"locationId\":\"" + stockLocation + "\",\"lines\":[{\"productId\":\""
                + p + "\",\"countedQuantity\":\"-1\"}]}"), 422, "lines[0].countedQuantity");
    }

    @Test
    void returnsReferenceTheOriginalMoveAndNeverExceedIt() {
        String p = product(acme, "RET-1");
        stockUp(acme, p, "10");
        String delivery = delivery(acme, p, "4");
        String move = ok(acme.post(INV + "deliveries/" + delivery + "/validate", "")).get("transfer").get("lines").get(0)
                .get("moveId").asString();
        assertThat(onHand(acme, p)).isEqualByComparingTo("6");
        JsonNode back = ok(acme.post(INV + "returns", "{\"lines\":[{\"moveId\":\"" + move + "\",\"quantity\":\"1\"}]}"), 201);
        assertThat(back.get("kind").asString()).isEqualTo("return");
        assertThat(back.get("lines").get(0).get("returnOf").asString()).isEqualTo(move);
        assertThat(back.get("lines").get(0).get("unitCost").isNull()).isTrue();
        assertThat(onHand(acme, p)).isEqualByComparingTo("7");
        assertField(acme.post(INV + "returns", "{\"lines\":[{\"moveId\":\"" + move + "\",\"quantity\":\"4\"}]}"), 422,
                "lines[0].quantity");
        ok(acme.post(INV + "returns", "{\"lines\":[{\"moveId\":\"" + move + "\",\"quantity\":\"3\"}]}"), 201);
        assertThat(onHand(acme, p)).isEqualByComparingTo("10");
    }

    @Test
    void scrapTakesStockToTheScrapLocation() {
        String p = product(acme, "SCR-1");
        stockUp(acme, p, "3");
        JsonNode scrap = ok(acme.post(INV + "scrap", "{\"lines\":[{\"productId\":\"" + p + "\",\"quantity\":\"1\"}]}"), 201);
        assertThat(scrap.get("state").asString()).isEqualTo("done");
        assertThat(onHand(acme, p)).isEqualByComparingTo("2");
        ApiResponse tooMuch = acme.post(INV + "scrap", "{\"lines\":[{\"productId\":\"" + p + "\",\"quantity\":\"5\"}]}");
        assertProblem(tooMuch, 409);
        assertThat(tooMuch.body()).contains("available 2");
    }

    @Test
    void internalTransfersMoveStockBetweenLocationsOfTheWarehouse() {
        String p = product(acme, "INT-1");
        stockUp(acme, p, "5");
        JsonNode wh = ok(acme.get(INV + "warehouses")).get(0);
        String stockLocation = wh.get("stockLocationId").asString();
        String output = wh.get("outputLocationId").asString();
        JsonNode moved = ok(acme.post(INV + "internal-transfers", "{\"fromLocationId\":\"" + stockLocation
                + "\",\"toLocationId\":\"" + output + "\",\"lines\":[{\"productId\":\"" + p + "\",\"quantity\":\"3\"}]}"), 201);
        assertThat(moved.get("kind").asString()).isEqualTo("internal");
        assertThat(onHand(acme, p)).as("still in the warehouse").isEqualByComparingTo("5");
        assertThat(ok(acme.get(INV + "stock?productId=" + p + "&locationId=" + output)).get("onHand").decimalValue())
                .isEqualByComparingTo("3");
        assertThat(ok(acme.get(INV + "stock?productId=" + p + "&locationId=" + stockLocation)).get("onHand").decimalValue())
                .isEqualByComparingTo("2");
        ApiResponse tooMuch = acme.post(INV + "internal-transfers", "{\"fromLocationId\":\"" + stockLocation
                + "\",\"toLocationId\":\"" + output + "\",\"lines\":[{\"productId\":\"" + p + "\",\"quantity\":\"3\"}]}");
        assertProblem(tooMuch, 409);
        assertThat(tooMuch.body()).contains("available 2");
        assertField(acme.post(INV + "internal-transfers", "{\"fromLocationId\":\"" + output + "\",\"toLocationId\":\""
                + output + "\",\"lines\":[{\"productId\":\"" + p + "\",\"quantity\":\"1\"}]}"), 422, "toLocationId");
    }

    @Test
    void anotherTenantsIdsAreNotFoundEverywhere() {
        String p = product(acme, "X-1");
        stockUp(acme, p, "5");
        String receipt = receipt(acme, receiptLine(p, "1", ""));
        String delivery = delivery(acme, p, "1");
        JsonNode wh = ok(acme.get(INV + "warehouses")).get(0);
        String warehouse = wh.get("id").asString();
        String location = wh.get("stockLocationId").asString();
        String move = ok(acme.get(INV + "moves?productId=" + p)).get("items").get(0).get("id").asString();

        assertProblem(globex.get(INV + "receipts/" + receipt), 404);
        assertProblem(globex.post(INV + "receipts/" + receipt + "/validate", ""), 404);
        assertProblem(globex.get(INV + "deliveries/" + delivery), 404);
        assertProblem(globex.post(INV + "deliveries/" + delivery + "/reserve", ""), 404);
        assertProblem(globex.post(INV + "deliveries/" + delivery + "/unreserve", ""), 404);
        assertProblem(globex.post(INV + "deliveries/" + delivery + "/validate", ""), 404);
        assertProblem(globex.get(INV + "transfers/" + receipt), 404);
        assertField(globex.get(INV + "stock?productId=" + p), 404, "productId");
        assertField(globex.get(INV + "stock?warehouseId=" + warehouse), 404, "warehouseId");
        assertField(globex.get(INV + "stock?locationId=" + location), 404, "locationId");
        assertField(globex.get(INV + "moves?productId=" + p), 404, "productId");
        assertField(globex.post(INV + "receipts", "{\"lines\":[" + receiptLine(p, "1", "") + "]}"), 404, "lines[0].productId");
        String own = product(globex, "X-1");
        assertField(globex.post(INV + "receipts", "{\"warehouseId\":\"" + warehouse + "\",\"lines\":[" + receiptLine(own, "1", "")
                + "]}"), 404, "warehouseId");
        assertField(globex.post(INV + "deliveries", "{\"lines\":[{\"productId\":\"" + p + "\",\"quantity\":\"1\"}]}"), 404,
                "lines[0].productId");
        assertField(globex.post(INV + "adjustments", "{\"locationId\":\"" + location + "\",\"lines\":[{\"productId\":\"" + own
                + "\",\"countedQuantity\":\"1\"}]}"), 404, "locationId");
        assertField(globex.post(INV + "returns", "{\"lines\":[{\"moveId\":\"" + move + "\",\"quantity\":\"1\"}]}"), 404,
                "lines[0].moveId");
        assertField(globex.post(INV + "scrap", "{\"locationId\":\"" + location + "\",\"lines\":[{\"productId\":\"" + own
                + "\",\"quantity\":\"1\"}]}"), 404, "locationId");
        String globexStock = ok(globex.get(INV + "warehouses")).get(0).get("stockLocationId").asString();
        assertField(globex.post(INV + "internal-transfers", "{\"fromLocationId\":\"" + globexStock + "\",\"toLocationId\":\""
                + location + "\",\"lines\":[{\"productId\":\"" + own + "\",\"quantity\":\"1\"}]}"), 404, "toLocationId");
        assertThat(ok(globex.get(INV + "moves")).get("totalElements").asLong()).isZero();
        assertThat(onHand(acme, p)).isEqualByComparingTo("5");
    }

    @Test
    void doneMovesAreAppendOnlyAndBalancesGuardedByTheDatabase() throws SQLException {
        String p = product(acme, "LEDGER-1");
        stockUp(acme, p, "4");
        UUID tenant = UUID.fromString(kernel.queryAsSuperuser("select id from tenants where slug = 'inv-acme'"));
        for (String sql : List.of("update inv_moves set quantity = quantity + 1 where state = 'DONE'",
                "delete from inv_moves where state = 'DONE'")) {
            assertThatThrownBy(() -> kernel.asApplicationRole(tenant, sql)).as(sql).hasMessageContaining("immutable");
        }
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update inv_moves set state = 'CANCELLED' where state = 'DONE'"))
                    .hasMessageContaining("immutable");
        }
        assertThatThrownBy(() -> kernel.asApplicationRole(tenant, "update inv_balances set on_hand = on_hand - 100 where product_id = '"
                + p + "'")).hasMessageContaining("inv_balances_on_hand_ck");
        assertThatThrownBy(() -> kernel.asApplicationRole(tenant, "update inv_balances set reserved = on_hand + 1 where product_id = '"
                + p + "'")).hasMessageContaining("inv_balances_reserved_on_hand_ck");
        assertThatThrownBy(() -> kernel.asApplicationRole(tenant, "update inv_balances set reserved = -1 where product_id = '"
                + p + "'")).hasMessageContaining("inv_balances_reserved_ck");
        assertThat(onHand(acme, p)).isEqualByComparingTo("4");
    }

    @Test
    void detachingKeepsTheStockAndPurgingExportsThenErasesIt() {
        Stocks.detachKeepsAndPurgeErases(kernel, "inv-lifecycle", "inv-keep");
    }

    static BigDecimal decimal(JsonNode node) {
        return node.decimalValue();
    }
}
