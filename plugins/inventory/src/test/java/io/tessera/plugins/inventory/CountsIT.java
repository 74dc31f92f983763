package io.tessera.plugins.inventory;

import static io.tessera.plugins.inventory.Stocks.INV;
import static io.tessera.plugins.inventory.Stocks.delivery;
import static io.tessera.plugins.inventory.Stocks.onHand;
import static io.tessera.plugins.inventory.Stocks.product;
import static io.tessera.plugins.inventory.Stocks.stockUp;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Count sheets from the real inventory jar next to the real catalog and accounting jars, over HTTP on PostgreSQL as
 * the application role: the snapshot of expected quantities, counted quantities, validation posting the differences as
 * one adjustment (balances, valuation layers and one journal entry), once; moves done while counting kept; a posting
 * that cannot be done refused as a whole; bad input and another tenant's ids.
 */
class CountsIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .build();

    static ApiClient acme;
    static ApiClient globex;
    static String stockLocation;

    @BeforeAll
    static void tenants() {
        acme = Stocks.tenant(kernel, "cnt-acme");
        ok(acme.put("/api/v1/admin/modules/accounting", ""));
        globex = Stocks.tenant(kernel, "cnt-globex");
        stockLocation = ok(acme.get(INV + "warehouses")).get(0).get("stockLocationId").asString();
    }

    @AfterAll
    static void invariantsHold() {
        assertThat(Stocks.invariantViolations(kernel)).isEmpty();
    }

    static JsonNode count(String... products) {
        return ok(acme.post(INV + "counts", "{\"locationId\":\"" + stockLocation + "\",\"productIds\":[\""
                + String.join("\",\"", products) + "\"]}"), 201);
    }

    static String counted(String product, String quantity) {
        return "{\"productId\":\"" + product + "\",\"countedQuantity\":\"" + quantity + "\"}";
    }

    @Test
    void validatingACountPostsTheDifferencesAsOneAdjustmentOnce() {
        String short_ = product(acme, "CNT-SHORT");
        String exact = product(acme, "CNT-EXACT");
        String found = product(acme, "CNT-FOUND");
        stockUp(acme, short_, "10");
        stockUp(acme, exact, "4");
        stockUp(acme, found, "1");
        ok(acme.post(INV + "deliveries/" + delivery(acme, found, "1") + "/validate", ""));
        long entriesBefore = entries();

        JsonNode sheet = count(short_, exact, found);
        String id = sheet.get("id").asString();
        assertThat(sheet.get("state").asString()).isEqualTo("draft");
        assertThat(sheet.get("lines").valueStream().map(l -> l.get("expected").decimalValue().stripTrailingZeros().toPlainString()))
                .containsExactly("10", "4", "0");
        assertThat(sheet.get("lines").get(0).get("counted").isNull()).isTrue();

        JsonNode recorded = ok(acme.put(INV + "counts/" + id, "{\"lines\":[" + counted(short_, "7") + ","
                + counted(exact, "4") + "," + counted(found, "2") + "]}"));
        assertThat(recorded.get("lines").valueStream().map(l -> l.get("difference").decimalValue().stripTrailingZeros().toPlainString()))
                .containsExactly("-3", "0", "2");
        assertThat(onHand(acme, short_)).as("recording changes no stock").isEqualByComparingTo("10");

        JsonNode done = ok(acme.post(INV + "counts/" + id + "/validate", ""));
        assertThat(done.get("state").asString()).isEqualTo("done");
        assertThat(onHand(acme, short_)).isEqualByComparingTo("7");
        assertThat(onHand(acme, exact)).isEqualByComparingTo("4");
        assertThat(onHand(acme, found)).isEqualByComparingTo("2");
        String adjustment = done.get("adjustmentId").asString();
        JsonNode transfer = ok(acme.get(INV + "transfers/" + adjustment));
        assertThat(transfer.get("kind").asString()).isEqualTo("adjustment");
        assertThat(transfer.get("lines").size()).as("no move for the line counted as expected").isEqualTo(2);
        assertThat(kernel.countAsSuperuser("select count(*) from inv_valuation_layers l join inv_moves m "
                + "on m.tenant_id = l.tenant_id and m.id = l.move_id where m.transfer_id = ?::uuid", adjustment))
                .as("both differences are valued").isEqualTo(2);
        assertThat(entries()).as("one journal entry for the count").isEqualTo(entriesBefore + 1);

        ApiResponse again = acme.post(INV + "counts/" + id + "/validate", "");
        assertProblem(again, 409);
        assertThat(onHand(acme, short_)).as("a second validation changes nothing").isEqualByComparingTo("7");
        assertProblem(acme.put(INV + "counts/" + id, "{\"lines\":[" + counted(short_, "1") + "]}"), 409);
    }

    @Test
    void movesDoneWhileCountingAreKeptAndAPostingThatCannotBeDoneChangesNothing() {
        String busy = product(acme, "CNT-BUSY");
        stockUp(acme, busy, "10");
        String id = count(busy).get("id").asString();
        ok(acme.post(INV + "deliveries/" + delivery(acme, busy, "2") + "/validate", ""));
        ok(acme.put(INV + "counts/" + id, "{\"lines\":[" + counted(busy, "9") + "]}"));
        ok(acme.post(INV + "counts/" + id + "/validate", ""));
        assertThat(onHand(acme, busy)).as("10 - 2 delivered - 1 missing").isEqualByComparingTo("7");

        String gone = product(acme, "CNT-GONE");
        String other = product(acme, "CNT-OTHER");
        stockUp(acme, gone, "5");
        stockUp(acme, other, "5");
        String refused = count(other, gone).get("id").asString();
        ok(acme.post(INV + "deliveries/" + delivery(acme, gone, "5") + "/validate", ""));
        ok(acme.put(INV + "counts/" + refused, "{\"lines\":[" + counted(other, "6") + "," + counted(gone, "2") + "]}"));
        ApiResponse conflict = acme.post(INV + "counts/" + refused + "/validate", "");
        assertProblem(conflict, 409);
        assertThat(conflict.json().get("detail").asString()).contains("0");
        assertThat(onHand(acme, other)).as("all or nothing: the other line is not posted").isEqualByComparingTo("5");
        JsonNode sheet = ok(acme.get(INV + "counts/" + refused));
        assertThat(sheet.get("state").asString()).isEqualTo("draft");
        assertThat(sheet.get("adjustmentId").isNull()).isTrue();
    }

    @Test
    void badInputNamesEveryFieldAndAnotherTenantsIdsAreNotFound() {
        String p = product(acme, "CNT-BAD");
        String consumable = created(acme.post("/api/v1/catalog/products", """
                {"sku":"CNT-CONS","name":"Consumable","type":"consumable","uom":"unit"}"""));
        String supplierLocation = kernel.queryAsSuperuser("select l.id::text from inv_locations l join tenants t on t.id = l.tenant_id "
                + "where t.slug = 'cnt-acme' and l.usage = 'SUPPLIER'");
        assertField(acme.post(INV + "counts", "{\"locationId\":\"" + supplierLocation + "\"}"), 422, "locationId");
        ApiResponse bad = acme.post(INV + "counts", "{\"locationId\":\"" + supplierLocation + "\",\"productIds\":[\""
                + consumable + "\"]}");
        assertThat(fields(bad)).containsExactlyInAnyOrder("locationId", "productIds[0]");
        assertThat(fields(acme.post(INV + "counts", "{}"))).containsExactly("locationId");

        String theirLocation = ok(globex.get(INV + "warehouses")).get(0).get("stockLocationId").asString();
        String theirProduct = product(globex, "CNT-THEIRS");
        assertField(acme.post(INV + "counts", "{\"locationId\":\"" + theirLocation + "\"}"), 404, "locationId");
        assertField(acme.post(INV + "counts", "{\"locationId\":\"" + stockLocation + "\",\"productIds\":[\""
                + theirProduct + "\"]}"), 404, "productIds[0]");

        String id = count(p).get("id").asString();
        assertThat(fields(acme.put(INV + "counts/" + id, "{\"lines\":[" + counted(consumable, "1") + ","
                + counted(p, "-1") + "]}"))).containsExactlyInAnyOrder("lines[0].productId", "lines[1].countedQuantity");
        assertField(acme.post(INV + "counts/" + id + "/validate", ""), 422, "lines");
        assertProblem(globex.get(INV + "counts/" + id), 404);
        assertProblem(globex.put(INV + "counts/" + id, "{\"lines\":[" + counted(p, "1") + "]}"), 404);
        assertProblem(globex.post(INV + "counts/" + id + "/validate", ""), 404);
        assertThat(ok(acme.get(INV + "counts/" + id)).get("lines").get(0).get("counted").isNull())
                .as("nothing recorded by the refused requests").isTrue();
    }

    private static long entries() {
        return kernel.countAsSuperuser("select count(*) from acc_entries e join tenants t on t.id = e.tenant_id "
                + "where t.slug = 'cnt-acme' and e.source = 'inventory'");
    }

    private static List<String> fields(ApiResponse response) {
        assertProblem(response, 422);
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
