package io.tessera.plugins.inventory;

import static io.tessera.plugins.inventory.Stocks.INV;
import static io.tessera.plugins.inventory.Stocks.delivery;
import static io.tessera.plugins.inventory.Stocks.product;
import static io.tessera.plugins.inventory.Stocks.receipt;
import static io.tessera.plugins.inventory.Stocks.receiptLine;
import static io.tessera.plugins.inventory.Stocks.stockUp;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Reorder rules and replenishment suggestions from the real inventory jar next to the real catalog jar, over HTTP on
 * PostgreSQL as the application role: every bad field in one 422, another tenant's ids 404, a second rule for a
 * product 409, and suggestions below / above the minimum, with open receipts and deliveries (reserved or not) counted
 * once, rounded to the rule's multiple and to the preferred supplier's minimum and multiple.
 */
class ReplenishmentIT {

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
        acme = Stocks.tenant(kernel, "rep-acme");
        globex = Stocks.tenant(kernel, "rep-globex");
    }

    @AfterAll
    static void invariantsHold() {
        assertThat(Stocks.invariantViolations(kernel)).isEmpty();
    }

    static String rule(ApiClient api, String product, String min, String max, String multiple) {
        return created(api.post(INV + "reorder-rules", """
                {"productId":"%s","min":"%s","max":"%s","multiple":"%s","leadTimeDays":3}""".formatted(product, min, max, multiple)));
    }

    static Map<String, JsonNode> suggestions(ApiClient api, String query) {
        Map<String, JsonNode> byProduct = new HashMap<>();
        ok(api.get(INV + "replenishment" + query)).forEach(s -> byProduct.put(s.get("productId").asString(), s));
        return byProduct;
    }

    @Test
    void rulesAreCreatedChangedListedAndDeletedAndEveryBadFieldIsNamed() {
        String p = product(acme, "RR-CRUD");
        ApiResponse first = acme.post(INV + "reorder-rules", "{\"productId\":\"" + p + "\",\"min\":\"5\",\"max\":\"20\"}");
        JsonNode rule = ok(first, 201);
        String id = rule.get("id").asString();
        assertThat(rule.get("multiple").decimalValue()).as("1 by default").isEqualByComparingTo("1");
        assertThat(rule.get("leadTimeDays").asInt()).isZero();
        String warehouse = ok(acme.get(INV + "warehouses")).get(0).get("id").asString();
        assertThat(rule.get("warehouseId").asString()).as("the default warehouse").isEqualTo(warehouse);
        assertThat(ok(acme.get(INV + "reorder-rules/" + id)).get("max").decimalValue()).isEqualByComparingTo("20");

        JsonNode changed = ok(acme.put(INV + "reorder-rules/" + id, """
                {"productId":"%s","min":"2","max":"8","multiple":"4","leadTimeDays":5}""".formatted(p)));
        assertThat(changed.get("multiple").decimalValue()).isEqualByComparingTo("4");
        assertThat(ok(acme.get(INV + "reorder-rules?warehouseId=" + warehouse)).valueStream()
                .map(r -> r.get("id").asString())).contains(id);

        ApiResponse twice = acme.post(INV + "reorder-rules", "{\"productId\":\"" + p + "\",\"min\":\"1\",\"max\":\"2\"}");
        assertProblem(twice, 409);
        assertThat(twice.json().get("detail").asString()).contains(id);

        String consumable = created(acme.post("/api/v1/catalog/products", """
                {"sku":"RR-CONS","name":"Consumable","type":"consumable","uom":"unit"}"""));
        ApiResponse bad = acme.post(INV + "reorder-rules", """
                {"productId":"%s","min":"5","max":"2","multiple":"0","leadTimeDays":-1}""".formatted(consumable));
        assertProblem(bad, 422);
        assertThat(fields(bad)).containsExactlyInAnyOrder("productId", "max", "multiple", "leadTimeDays");
        assertThat(fields(acme.post(INV + "reorder-rules", "{\"min\":\"-1\"}")))
                .containsExactlyInAnyOrder("productId", "min", "max");
        assertThat(kernel.countAsSuperuser("select count(*) from inv_reorder_rules where product_id = ?::uuid", consumable))
                .as("nothing written").isZero();

        assertThat(acme.delete(INV + "reorder-rules/" + id).status()).isEqualTo(204);
        assertProblem(acme.get(INV + "reorder-rules/" + id), 404);
        assertProblem(acme.delete(INV + "reorder-rules/" + id), 404);
    }

    @Test
    void anotherTenantsProductsWarehousesAndRulesAreNotFound() {
        String mine = product(acme, "RR-MINE");
        String theirs = product(globex, "RR-THEIRS");
        String theirWarehouse = ok(globex.get(INV + "warehouses")).get(0).get("id").asString();
        String id = rule(acme, mine, "1", "5", "1");

        assertField(acme.post(INV + "reorder-rules", "{\"productId\":\"" + theirs + "\",\"min\":\"1\",\"max\":\"2\"}"),
                404, "productId");
        assertField(acme.post(INV + "reorder-rules", """
                {"productId":"%s","warehouseId":"%s","min":"1","max":"2"}""".formatted(mine, theirWarehouse)), 404, "warehouseId");
        assertProblem(globex.get(INV + "reorder-rules/" + id), 404);
        assertProblem(globex.put(INV + "reorder-rules/" + id, "{\"productId\":\"" + theirs + "\",\"min\":\"1\",\"max\":\"2\"}"), 404);
        assertProblem(globex.delete(INV + "reorder-rules/" + id), 404);
        assertThat(ok(globex.get(INV + "reorder-rules")).valueStream().map(r -> r.get("id").asString())).doesNotContain(id);
        assertField(acme.get(INV + "replenishment?warehouseId=" + theirWarehouse), 404, "warehouseId");
        assertThat(ok(acme.get(INV + "reorder-rules/" + id)).get("productId").asString()).isEqualTo(mine);
    }

    @Test
    void productsBelowTheirMinimumAreSuggestedUpToTheMaximumCountingOpenMovesOnce() {
        String below = product(acme, "RS-BELOW");
        stockUp(acme, below, "3");
        rule(acme, below, "5", "20", "1");
        String above = product(acme, "RS-ABOVE");
        stockUp(acme, above, "10");
        rule(acme, above, "5", "20", "1");
        String atMin = product(acme, "RS-ATMIN");
        stockUp(acme, atMin, "5");
        rule(acme, atMin, "5", "20", "1");
        String covered = product(acme, "RS-COVERED");
        stockUp(acme, covered, "2");
        receipt(acme, receiptLine(covered, "5", ""));
        rule(acme, covered, "5", "20", "1");
        String incoming = product(acme, "RS-INCOMING");
        stockUp(acme, incoming, "1");
        receipt(acme, receiptLine(incoming, "2", ""));
        rule(acme, incoming, "5", "20", "1");
        String reserved = product(acme, "RS-RESERVED");
        stockUp(acme, reserved, "10");
        ok(acme.post(INV + "deliveries/" + delivery(acme, reserved, "6") + "/reserve", ""));
        rule(acme, reserved, "5", "20", "1");
        String unreserved = product(acme, "RS-UNRESERVED");
        stockUp(acme, unreserved, "10");
        delivery(acme, unreserved, "6");
        rule(acme, unreserved, "5", "20", "1");
        String multiple = product(acme, "RS-MULTIPLE");
        rule(acme, multiple, "4", "10", "6");

        Map<String, JsonNode> all = suggestions(acme, "");
        assertThat(all).doesNotContainKeys(above, atMin, covered);
        assertSuggested(all.get(below), "3", "17");
        assertThat(all.get(below).get("onHand").decimalValue()).isEqualByComparingTo("3");
        assertThat(all.get(below).get("min").decimalValue()).isEqualByComparingTo("5");
        assertThat(all.get(below).get("leadTimeDays").asInt()).as("the rule's without a supplier").isEqualTo(3);
        assertThat(all.get(below).get("supplierId").isNull()).isTrue();
        assertSuggested(all.get(incoming), "3", "17");
        assertThat(all.get(incoming).get("incoming").decimalValue()).isEqualByComparingTo("2");
        assertSuggested(all.get(reserved), "4", "16");
        assertThat(all.get(reserved).get("reserved").decimalValue()).isEqualByComparingTo("6");
        assertThat(all.get(reserved).get("outgoing").decimalValue()).isEqualByComparingTo("6");
        assertSuggested(all.get(unreserved), "4", "16");
        assertThat(all.get(unreserved).get("reserved").decimalValue()).isEqualByComparingTo("0");
        assertSuggested(all.get(multiple), "0", "12");

        String warehouse = ok(acme.get(INV + "warehouses")).get(0).get("id").asString();
        assertThat(suggestions(acme, "?warehouseId=" + warehouse).keySet()).isEqualTo(all.keySet());
        assertThat(suggestions(globex, "")).as("the other tenant has no rules").isEmpty();

        List<String> run = ok(acme.post(INV + "replenishment/run", "")).valueStream()
                .map(s -> s.get("productId").asString()).toList();
        assertThat(run).containsExactlyInAnyOrderElementsOf(all.keySet());
    }

    @Test
    void aPreferredSupplierRaisesTheQuantityToItsMinimumAndMultipleAndGivesItsLeadTime() {
        String p = product(acme, "RS-SUPPLIED");
        String supplier = company(acme, "Replenish Supply GmbH");
        ok(acme.post("/api/v1/catalog/products/" + p + "/suppliers", """
                {"partyId":"%s","price":1.50,"currency":"EUR","uom":"unit","minimumQuantity":20,"orderMultiple":8,
                 "leadTimeDays":9}""".formatted(supplier)), 201);
        rule(acme, p, "5", "12", "1");
        JsonNode s = suggestions(acme, "").get(p);
        assertThat(s).isNotNull();
        // 12 wanted, the supplier's minimum 20, rounded up to its multiple of 8
        assertThat(s.get("quantity").decimalValue()).isEqualByComparingTo("24");
        assertThat(s.get("supplierQuantity").decimalValue()).isEqualByComparingTo("24");
        assertThat(s.get("supplierUom").asString()).isEqualTo("unit");
        assertThat(s.get("supplierId").asString()).isEqualTo(supplier);
        assertThat(s.get("leadTimeDays").asInt()).isEqualTo(9);

        String big = product(acme, "RS-SUPPLIED-BIG");
        ok(acme.post("/api/v1/catalog/products/" + big + "/suppliers", """
                {"partyId":"%s","price":1.50,"currency":"EUR","uom":"unit","minimumQuantity":2,"orderMultiple":8,
                 "leadTimeDays":9}""".formatted(supplier)), 201);
        rule(acme, big, "10", "30", "5");
        // 30 wanted (a multiple of 5), above the minimum, rounded up to 32
        assertThat(suggestions(acme, "").get(big).get("quantity").decimalValue()).isEqualByComparingTo("32");
    }

    @Test
    void theDatabaseRefusesARuleWhoseMaximumIsBelowItsMinimumOrWhoseMultipleIsNotPositive() throws SQLException {
        String p = product(acme, "RR-CHECK");
        String id = rule(acme, p, "2", "6", "1");
        UUID tenant = UUID.fromString(kernel.queryAsSuperuser("select id from tenants where slug = 'rep-acme'"));
        assertThatThrownBy(() -> kernel.asApplicationRole(tenant, "update inv_reorder_rules set max_qty = 1 where id = '" + id + "'"))
                .hasMessageContaining("inv_reorder_rules_max_ck");
        assertThatThrownBy(() -> kernel.asApplicationRole(tenant, "update inv_reorder_rules set multiple_qty = 0 where id = '" + id + "'"))
                .hasMessageContaining("inv_reorder_rules_multiple_ck");
        assertThatThrownBy(() -> kernel.asApplicationRole(tenant, "update inv_reorder_rules set min_qty = -1 where id = '" + id + "'"))
                .hasMessageContaining("inv_reorder_rules_min_ck");
        assertThat(ok(acme.get(INV + "reorder-rules/" + id)).get("max").decimalValue()).isEqualByComparingTo("6");
    }

    @Test
    void purgingTheModuleErasesTheTenantsRulesAndCountSheetsToo() {
        ApiClient api = Stocks.tenant(kernel, "rep-lifecycle");
        String p = product(api, "RR-LIFE");
        stockUp(api, p, "3");
        rule(api, p, "5", "10", "1");
        String location = ok(api.get(INV + "warehouses")).get(0).get("stockLocationId").asString();
        created(api.post(INV + "counts", "{\"locationId\":\"" + location + "\"}"));
        rule(acme, product(acme, "RR-LIFE-OTHER"), "1", "2", "1");
        String token = ok(api.get("/api/v1/admin/modules/inventory/impact?action=purge")).get("confirmationToken").asString();
        ApiResponse purged = api.post("/api/v1/admin/modules/inventory/purge", "{\"confirmationToken\":\"" + token + "\"}");
        assertThat(purged.status()).as(purged.body()).isEqualTo(200);
        assertThat(purged.json().get("deleted").get("inv_reorder_rules").asLong()).isEqualTo(1);
        assertThat(purged.json().get("deleted").get("inv_count_lines").asLong()).isEqualTo(1);
        for (String table : List.of("inv_reorder_rules", "inv_counts", "inv_count_lines", "inv_moves")) {
            assertThat(kernel.countAsSuperuser("select count(*) from " + table + " x join tenants t on t.id = x.tenant_id "
                    + "where t.slug = 'rep-lifecycle'")).as(table).isZero();
        }
        assertThat(kernel.countAsSuperuser("select count(*) from inv_reorder_rules x join tenants t on t.id = x.tenant_id "
                + "where t.slug = 'rep-acme'")).as("other tenants keep theirs").isPositive();
    }

    private static void assertSuggested(JsonNode suggestion, String projected, String quantity) {
        assertThat(suggestion).isNotNull();
        assertThat(suggestion.get("projected").decimalValue()).isEqualByComparingTo(projected);
        assertThat(suggestion.get("quantity").decimalValue()).isEqualByComparingTo(quantity);
    }

    private static List<String> fields(ApiResponse response) {
        assertProblem(response, 422);
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
