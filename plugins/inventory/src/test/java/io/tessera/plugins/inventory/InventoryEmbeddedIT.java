package io.tessera.plugins.inventory;

import static io.tessera.plugins.inventory.Stocks.INV;
import static io.tessera.plugins.inventory.Stocks.delivery;
import static io.tessera.plugins.inventory.Stocks.onHand;
import static io.tessera.plugins.inventory.Stocks.product;
import static io.tessera.plugins.inventory.Stocks.stock;
import static io.tessera.plugins.inventory.Stocks.stockUp;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The inventory on the embedded default (H2), as a newcomer meets it (D17), with the real inventory, catalog and
 * accounting jars: enable, receive, reserve, a partial delivery leaving a backorder, a refused delivery (409 saying
 * what is available), lots, an adjustment, the valuation's layers and journal entries (a customer return at the original cost, never more than was delivered), detach and re-enable keeping
 * the stock, and purge erasing it. The balance CHECK constraints guard the rows on H2 too.
 */
class InventoryEmbeddedIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .embeddedDatabase()
            .property("tessera.exports.dir", exportsDir())
            .build();

    @AfterAll
    static void invariantsHold() {
        assertThat(Stocks.invariantViolations(kernel)).isEmpty();
    }

    @Test
    void stockMovesReservesAndRefusesOnTheEmbeddedDatabase() {
        ApiClient api = Stocks.tenant(kernel, "emb-stock");
        assertThat(ok(api.get(INV + "warehouses")).size()).as("the default warehouse is seeded").isEqualTo(1);
        String p = product(api, "EMB-1");
        stockUp(api, p, "10");
        stockUp(api, p, "2");
        assertThat(onHand(api, p)).as("a second receipt adds to the existing balance").isEqualByComparingTo("12");

        String delivery = delivery(api, p, "15");
        JsonNode reserved = ok(api.post(INV + "deliveries/" + delivery + "/reserve", ""));
        assertThat(reserved.get("lines").get(0).get("reserved").decimalValue()).isEqualByComparingTo("12");
        assertThat(stock(api, p).get("available").decimalValue()).isEqualByComparingTo("0");
        ApiResponse tooMuch = api.post(INV + "deliveries/" + delivery + "/validate", "");
        assertProblem(tooMuch, 409);
        assertThat(tooMuch.body()).contains("available 12");
        assertThat(onHand(api, p)).as("nothing half-done").isEqualByComparingTo("12");

        JsonNode partial = ok(api.post(INV + "deliveries/" + delivery + "/validate",
                "{\"lines\":[{\"productId\":\"" + p + "\",\"quantity\":\"8\"}]}"));
        String backorder = partial.get("backorderId").asString();
        JsonNode after = stock(api, p);
        assertThat(after.get("onHand").decimalValue()).isEqualByComparingTo("4");
        assertThat(after.get("reserved").decimalValue()).isEqualByComparingTo("0");
        assertThat(ok(api.get(INV + "deliveries/" + backorder)).get("lines").get(0).get("quantity").decimalValue())
                .isEqualByComparingTo("7");
        assertThat(ok(api.post(INV + "deliveries/" + backorder + "/reserve", "")).get("lines").get(0).get("reserved")
                .decimalValue()).isEqualByComparingTo("4");
        ok(api.post(INV + "deliveries/" + backorder + "/unreserve", ""));

        String stockLocation = ok(api.get(INV + "warehouses")).get(0).get("stockLocationId").asString();
        ok(api.post(INV + "adjustments", "{\"locationId\":\"" + stockLocation + "\",\"lines\":[{\"productId\":\"" + p
                + "\",\"countedQuantity\":\"3\"}]}"), 201);
        assertThat(onHand(api, p)).isEqualByComparingTo("3");
        ok(api.post(INV + "deliveries/" + delivery(api, p, "2") + "/reserve", ""));
        ApiResponse belowReserved = api.post(INV + "adjustments", "{\"locationId\":\"" + stockLocation
                + "\",\"lines\":[{\"productId\":\"" + p + "\",\"countedQuantity\":\"1\"}]}");
        assertProblem(belowReserved, 409);
        assertThat(belowReserved.body()).contains("reserved 2");
        assertThat(onHand(api, p)).isEqualByComparingTo("3");
    }

    @Test
    void lotsAreCreatedOncePerNameOnTheEmbeddedDatabase() {
        ApiClient api = Stocks.tenant(kernel, "emb-lots");
        String p = product(api, "EMB-LOT", "lot");
        String receipt = Stocks.receipt(api, Stocks.receiptLine(p, "3", ",\"lot\":\"L-1\""),
                Stocks.receiptLine(p, "4", ",\"lot\":\"L-1\""), Stocks.receiptLine(p, "5", ",\"lot\":\"L-2\""));
        ok(api.post(INV + "receipts/" + receipt + "/validate", ""));
        String again = Stocks.receipt(api, Stocks.receiptLine(p, "1", ",\"lot\":\"L-2\""));
        ok(api.post(INV + "receipts/" + again + "/validate", ""));
        assertThat(onHand(api, p)).isEqualByComparingTo("13");
        assertThat(Stocks.count(kernel, "inv_lots", "emb-lots")).as("one lot per name, two lines of L-1 in one batch").isEqualTo(2);
        assertThat(Stocks.count(kernel, "inv_balances", "emb-lots")).isEqualTo(2);
    }

    @Test
    void theBalanceCheckConstraintsRefuseOnTheEmbeddedDatabase() throws SQLException {
        ApiClient api = Stocks.tenant(kernel, "emb-guard");
        String p = product(api, "EMB-GUARD");
        stockUp(api, p, "4");
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement()) {
            for (String constraint : List.of("inv_balances_on_hand_ck", "inv_balances_reserved_on_hand_ck",
                    "inv_balances_reserved_ck")) {
                String change = switch (constraint) {
                    case "inv_balances_on_hand_ck" -> "on_hand = on_hand - 100";
                    case "inv_balances_reserved_on_hand_ck" -> "reserved = on_hand + 1";
                    default -> "reserved = -1";
                };
                assertThatThrownBy(() -> s.executeUpdate("update inv_balances set " + change + " where product_id = '" + p + "'"))
                        .as(constraint).satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase(constraint));
            }
        }
        assertThat(onHand(api, p)).isEqualByComparingTo("4");
    }

    @Test
    void theValuationPostsLayersAndOneJournalEntryOnTheEmbeddedDatabase() {
        ApiClient api = Stocks.tenant(kernel, "emb-books");
        ok(api.put("/api/v1/admin/modules/accounting", ""));
        String p = product(api, "EMB-FIFO");
        ok(api.post(INV + "receipts/" + created(api.post(INV + "receipts", """
                {"date":"2026-03-02","lines":[{"productId":"%s","quantity":"10","unitCost":"2.50"},
                 {"productId":"%s","quantity":"10","unitCost":"3.00"}]}""".formatted(p, p))) + "/validate", ""));
        String out = created(api.post(INV + "deliveries", """
                {"date":"2026-03-03","lines":[{"productId":"%s","quantity":"15"}]}""".formatted(p)));
        JsonNode delivered = ok(api.post(INV + "deliveries/" + out + "/validate", ""));
        // a customer return of 3 comes back at the cost the delivery went out at: 40.00 / 15 per unit
        String move = delivered.get("transfer").get("lines").get(0).get("moveId").asString();
        ok(api.post(INV + "returns", "{\"date\":\"2026-03-04\",\"lines\":[{\"moveId\":\"" + move + "\",\"quantity\":\"3\"}]}"), 201);
        assertField(api.post(INV + "returns", "{\"date\":\"2026-03-04\",\"lines\":[{\"moveId\":\"" + move
                + "\",\"quantity\":\"13\"}]}"), 422, "lines[0].quantity");

        JsonNode line = null;
        for (JsonNode l : ok(api.get(INV + "valuation?asOf=2026-12-31")).get("lines")) {
            if (l.get("productId").asString().equals(p)) {
                line = l;
            }
        }
        assertThat(line).as("valued").isNotNull();
        assertThat(line.get("quantity").decimalValue()).isEqualByComparingTo("8");
        assertThat(line.get("value").decimalValue()).as("FIFO: 5 x 3.00 left, 3 x 8.00 / 3 returned").isEqualByComparingTo("23.00");
        assertThat(Stocks.count(kernel, "inv_valuation_layers", "emb-books")).as("two receipt layers, the delivery's, the return's")
                .isEqualTo(4);
        assertThat(kernel.countAsSuperuser("select count(*) from acc_entries e join tenants t on t.id = e.tenant_id "
                + "where t.slug = ? and e.source = 'inventory'", "emb-books")).as("one entry per validation").isEqualTo(3);
        assertThat(trialBalance(api, "1200")).as("stock account: 55.00 in, 40.00 out, 8.00 back").isEqualByComparingTo("23.00");
    }

    @Test
    void detachingKeepsTheStockAndPurgingErasesItOnTheEmbeddedDatabase() {
        Stocks.detachKeepsAndPurgeErases(kernel, "emb-life", "emb-keep");
    }

    private static BigDecimal trialBalance(ApiClient api, String account) {
        for (JsonNode l : ok(api.get("/api/v1/accounting/reports/trial-balance?asOf=2026-12-31")).get("lines")) {
            if (l.get("account").asString().equals(account)) {
                return l.get("balance").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    private static String exportsDir() {
        try {
            return Files.createTempDirectory("inventory-embedded-exports").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
