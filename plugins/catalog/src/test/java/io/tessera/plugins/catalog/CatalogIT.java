package io.tessera.plugins.catalog;

import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testkit.ApiAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.TenantRef;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The catalog plugin, loaded from its real jar, over HTTP on PostgreSQL as the application role. */
class CatalogIT {

    static final String PASSWORD = "correct-horse-battery";
    static final List<String> TABLES = List.of("catalog_units", "catalog_categories", "catalog_products",
            "catalog_supplier_info", "catalog_price_lists", "catalog_price_items", "catalog_attributes",
            "catalog_attribute_values");

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .property("tessera.exports.dir", exportsDir())
            .build();

    static ApiClient acme;
    static ApiClient globex;

    @BeforeAll
    static void tenants() {
        acme = kernel.provisionTenant("cat-acme", PASSWORD);
        globex = kernel.provisionTenant("cat-globex", PASSWORD);
        enable(acme, "catalog");
        enable(globex, "catalog");
    }

    @Test
    void theStandardUnitsAreSeededWithExactRatiosAndATenantMayAddItsOwn() {
        JsonNode units = ok(acme.get("/api/v1/catalog/uoms"));
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        units.forEach(u -> byCode.put(u.get("code").asString(), u));
        assertThat(byCode).containsKeys("unit", "dozen", "kg", "g", "lb", "l", "ml", "m", "cm", "h", "min");
        assertThat(ratio(byCode.get("dozen"))).isEqualTo("units 12/1");
        assertThat(ratio(byCode.get("g"))).isEqualTo("weight 1/1000");
        assertThat(ratio(byCode.get("lb"))).isEqualTo("weight 45359237/100000000");

        JsonNode box = ok(acme.post("/api/v1/catalog/uoms", """
                {"code":"box6","name":"Box of 6","category":"units","numerator":6,"denominator":1,"scale":0}"""), 201);
        assertThat(box.get("code").asString()).isEqualTo("box6");
        assertProblem(acme.post("/api/v1/catalog/uoms", """
                {"code":"box6","name":"Again","category":"units","numerator":6,"denominator":1,"scale":0}"""), 409);
        assertField(acme.post("/api/v1/catalog/uoms", """
                {"code":"bolt","name":"Bolt","category":"fabric","numerator":30,"denominator":1,"scale":0}"""), 422, "numerator");
        ApiResponse bad = acme.post("/api/v1/catalog/uoms", """
                {"code":"Bad Code","name":" ","category":"units","numerator":0,"denominator":-1,"scale":9}""");
        assertThat(fields(bad)).containsExactlyInAnyOrder("code", "name", "numerator", "denominator", "scale");
        assertThat(values(wrap(ok(globex.get("/api/v1/catalog/uoms"))), "code")).doesNotContain("box6");

        // exact conversions over the API, rounded once to the target's scale
        assertThat(ok(acme.get("/api/v1/catalog/uoms/convert?quantity=3&from=dozen&to=box6")).get("quantity").decimalValue())
                .isEqualByComparingTo("6");
        assertThat(ok(acme.get("/api/v1/catalog/uoms/convert?quantity=1&from=lb&to=g")).get("quantity").asString())
                .isEqualTo("453.6");
        assertThat(ok(acme.get("/api/v1/catalog/uoms/convert?quantity=1&from=lb&to=g&scale=8")).get("quantity").decimalValue())
                .isEqualByComparingTo("453.59237");
        assertField(acme.get("/api/v1/catalog/uoms/convert?quantity=1&from=kg&to=l"), 422, "to");
        assertField(acme.get("/api/v1/catalog/uoms/convert?quantity=1&from=parsec&to=l"), 422, "from");
        assertField(globex.get("/api/v1/catalog/uoms/convert?quantity=1&from=box6&to=unit"), 422, "from");
    }

    @Test
    void productsAreCreatedListedReadReplacedArchivedAndRestored() {
        JsonNode widget = ok(acme.post("/api/v1/catalog/products", product("W-100", "Widget", "storable", "unit")
                .replace("}", ",\"salesPrice\":12.50,\"currency\":\"EUR\",\"tracking\":\"lot\",\"barcode\":\"4006381333931\","
                        + "\"salesUom\":\"dozen\"}")), 201);
        String id = widget.get("id").asString();
        assertThat(widget.get("type").asString()).isEqualTo("storable");
        assertThat(widget.get("tracking").asString()).isEqualTo("lot");
        assertThat(widget.get("uom").asString()).isEqualTo("unit");
        assertThat(widget.get("salesUom").asString()).isEqualTo("dozen");
        assertThat(widget.get("purchaseUom").asString()).as("defaults to the base unit").isEqualTo("unit");
        assertThat(widget.get("category").asString()).isEqualTo("All products");
        assertThat(widget.get("costMethod").asString()).isEqualTo("fifo");
        assertThat(widget.get("salesPrice").decimalValue()).isEqualByComparingTo("12.50");
        created(acme.post("/api/v1/catalog/products", product("S-1", "Installation", "service", "h")));
        created(acme.post("/api/v1/catalog/products", product("W-200", "Widget deluxe", "storable", "unit")));

        assertThat(values(ok(acme.get("/api/v1/catalog/products?q=widget")), "sku")).containsExactly("W-100", "W-200");
        assertThat(values(ok(acme.get("/api/v1/catalog/products?type=service")), "sku")).containsExactly("S-1");
        JsonNode second = ok(acme.get("/api/v1/catalog/products?q=w-&size=1&page=1"));
        assertThat(values(second, "sku")).containsExactly("W-200");
        assertThat(second.get("totalElements").asLong()).isEqualTo(2);
        assertThat(values(ok(acme.get("/api/v1/catalog/products?q=4006381")), "sku")).containsExactly("W-100");
        assertField(acme.get("/api/v1/catalog/products?type=gadget"), 400, "type");

        JsonNode read = ok(acme.get("/api/v1/catalog/products/" + id));
        assertThat(read.get("name").asString()).isEqualTo("Widget");
        JsonNode replaced = ok(acme.put("/api/v1/catalog/products/" + id, product("W-100", "Widget, blue", "storable", "unit")
                .replace("}", ",\"version\":" + read.get("version").asLong() + ",\"salesPrice\":13,\"currency\":\"USD\"}")));
        assertThat(replaced.get("name").asString()).isEqualTo("Widget, blue");
        assertThat(replaced.get("currency").asString()).isEqualTo("USD");
        assertThat(replaced.get("barcode").isNull()).as("PUT replaces: no barcode sent, none kept").isTrue();
        assertProblem(acme.put("/api/v1/catalog/products/" + id, product("W-100", "Stale", "storable", "unit")
                .replace("}", ",\"version\":" + read.get("version").asLong() + "}")), 409);
        assertField(acme.put("/api/v1/catalog/products/" + id, product("W-100", "Widget", "storable", "kg")), 422, "uom");
        assertField(acme.put("/api/v1/catalog/products/" + id, product("W-100", "Widget", "service", "unit")), 422, "type");

        JsonNode archived = ok(acme.post("/api/v1/catalog/products/" + id + "/archive", ""));
        assertThat(archived.get("active").asBoolean()).isFalse();
        assertThat(values(ok(acme.get("/api/v1/catalog/products?q=widget")), "sku")).containsExactly("W-200");
        assertThat(values(ok(acme.get("/api/v1/catalog/products?q=widget&archived=true")), "sku")).containsExactly("W-100");
        assertThat(ok(acme.get("/api/v1/catalog/products/" + id)).get("active").asBoolean()).as("still found by id").isFalse();
        assertThat(ok(acme.get("/api/v1/catalog/products/lookup?code=W-100")).get("active").asBoolean()).isFalse();
        ok(acme.post("/api/v1/catalog/products/" + id + "/restore", ""));
        assertThat(values(ok(acme.get("/api/v1/catalog/products?q=widget")), "sku")).containsExactly("W-100", "W-200");
    }

    @Test
    void badInputIsRefusedNamingEveryBadField() {
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "cat-acme");
        long before = kernel.countAsSuperuser("select count(*) from catalog_products where tenant_id = ?::uuid", tenantId);

        ApiResponse shape = acme.post("/api/v1/catalog/products", """
                {"sku":" ","name":"","type":"gadget","uom":"unit","tracking":"batch","salesPrice":-1,"currency":"EURO",
                 "costMethod":"lifo","barcode":"12 34"}""");
        assertThat(fields(shape)).containsExactlyInAnyOrder("sku", "name", "type", "tracking", "salesPrice", "currency",
                "costMethod", "barcode");

        ApiResponse meaning = acme.post("/api/v1/catalog/products", """
                {"sku":"X-1","name":"X","type":"service","uom":"h","salesUom":"kg","purchaseUom":"parsec",
                 "tracking":"serial","salesPrice":5,"categoryId":"%s"}""".formatted(UUID.randomUUID()));
        assertThat(fields(meaning)).containsExactlyInAnyOrder("salesUom", "purchaseUom", "tracking", "currency", "categoryId");
        assertField(acme.post("/api/v1/catalog/products", product("X-2", "X", "storable", "parsec")), 422, "uom");
        assertField(acme.post("/api/v1/catalog/products", "{}"), 422, "sku");
        assertThat(meaning.json().get("detail").asString()).contains("salesUom");

        String defaultCategory = categoryId(acme, "All products");
        assertField(acme.post("/api/v1/catalog/products", product("X-3", "X", "storable", "unit")
                .replace("}", ",\"categoryId\":\"" + defaultCategory + "\",\"costMethod\":\"average\"}")), 422, "costMethod");
        assertThat(kernel.countAsSuperuser("select count(*) from catalog_products where tenant_id = ?::uuid", tenantId))
                .as("nothing written").isEqualTo(before);
    }

    @Test
    void aDuplicateSkuOrBarcodeIsAConflictSayingWhichProductHasIt() {
        String first = created(acme.post("/api/v1/catalog/products", product("DUP-1", "Original", "storable", "unit")
                .replace("}", ",\"barcode\":\"5901234123457\"}")));
        ApiResponse sku = acme.post("/api/v1/catalog/products", product("DUP-1", "Copy", "storable", "unit"));
        assertProblem(sku, 409);
        assertThat(sku.json().get("detail").asString()).contains("DUP-1").contains(first);
        ApiResponse barcode = acme.post("/api/v1/catalog/products", product("DUP-2", "Copy", "storable", "unit")
                .replace("}", ",\"barcode\":\"5901234123457\"}"));
        assertProblem(barcode, 409);
        assertThat(barcode.json().get("detail").asString()).contains("5901234123457");
        // products without a barcode do not clash, and another tenant may use the same SKU and barcode
        created(acme.post("/api/v1/catalog/products", product("DUP-3", "No barcode", "storable", "unit")));
        created(acme.post("/api/v1/catalog/products", product("DUP-4", "No barcode either", "storable", "unit")));
        created(globex.post("/api/v1/catalog/products", product("DUP-1", "Theirs", "storable", "unit")
                .replace("}", ",\"barcode\":\"5901234123457\"}")));
        String other = created(acme.post("/api/v1/catalog/products", product("DUP-5", "Other", "storable", "unit")));
        assertProblem(acme.put("/api/v1/catalog/products/" + other, product("DUP-1", "Renamed", "storable", "unit")), 409);
    }

    @Test
    void theCostMethodPicksTheCategoryAndCategoriesCarryTheirAccounts() {
        JsonNode average = ok(acme.post("/api/v1/catalog/products", product("AVG-1", "Averaged", "storable", "kg")
                .replace("}", ",\"costMethod\":\"average\"}")), 201);
        assertThat(average.get("costMethod").asString()).isEqualTo("average");
        assertThat(average.get("category").asString()).isEqualTo("Average costing");
        JsonNode again = ok(acme.post("/api/v1/catalog/products", product("AVG-2", "Averaged too", "storable", "kg")
                .replace("}", ",\"costMethod\":\"average\"}")), 201);
        assertThat(again.get("categoryId").asString()).as("the same category, not a second one")
                .isEqualTo(average.get("categoryId").asString());

        JsonNode category = ok(acme.post("/api/v1/catalog/categories", """
                {"name":"Raw materials","costMethod":"standard","inventoryAccount":"1400","costOfGoodsSoldAccount":"5000",
                 "stockReceivedNotBilledAccount":"2150"}"""), 201);
        assertThat(category.get("costMethod").asString()).isEqualTo("standard");
        assertThat(category.get("inventoryAccount").asString()).isEqualTo("1400");
        String categoryId = category.get("id").asString();
        JsonNode steel = ok(acme.post("/api/v1/catalog/products", product("STEEL", "Steel", "storable", "kg")
                .replace("}", ",\"categoryId\":\"" + categoryId + "\",\"standardCost\":2.125}")), 201);
        assertThat(steel.get("costMethod").asString()).isEqualTo("standard");
        JsonNode info = ok(acme.get("/api/v1/catalog/products/lookup?code=STEEL"));
        assertThat(info.get("accounts").get("costOfGoodsSold").asString()).isEqualTo("5000");
        assertThat(info.get("costMethod").asString()).isEqualTo("STANDARD");
        assertThat(info.get("standardCost").decimalValue()).isEqualByComparingTo("2.125");

        assertProblem(acme.post("/api/v1/catalog/categories", """
                {"name":"raw MATERIALS","costMethod":"fifo"}"""), 409);
        assertThat(fields(acme.post("/api/v1/catalog/categories", """
                {"name":"","costMethod":"lifo","inventoryAccount":"14 00"}""")))
                .containsExactlyInAnyOrder("name", "costMethod", "inventoryAccount");
        assertProblem(acme.delete("/api/v1/catalog/categories/" + categoryId), 409);
        assertProblem(acme.delete("/api/v1/catalog/categories/" + categoryId(acme, "All products")), 409);
        String empty = created(acme.post("/api/v1/catalog/categories", "{\"name\":\"Empty\",\"costMethod\":\"fifo\"}"));
        assertThat(acme.delete("/api/v1/catalog/categories/" + empty).status()).isEqualTo(204);
    }

    @Test
    void suppliersArePartiesOfTheTenantAndAProductInUseIsArchivedNotDeleted() {
        String unused = created(acme.post("/api/v1/catalog/products", product("TMP-1", "Temporary", "consumable", "unit")));
        assertThat(acme.delete("/api/v1/catalog/products/" + unused).status()).isEqualTo(204);
        assertProblem(acme.get("/api/v1/catalog/products/" + unused), 404);

        String bolts = created(acme.post("/api/v1/catalog/products", product("BOLT", "Bolts", "storable", "unit")
                .replace("}", ",\"purchaseUom\":\"dozen\"}")));
        String supplier = company(acme, "Bolt Supply GmbH");
        String theirs = company(globex, "Not yours Ltd");
        JsonNode info = ok(acme.post("/api/v1/catalog/products/" + bolts + "/suppliers", """
                {"partyId":"%s","supplierSku":"B-77","price":1.80,"currency":"EUR","minimumQuantity":10,
                 "orderMultiple":5,"leadTimeDays":7}""".formatted(supplier)), 201);
        assertThat(info.get("uom").asString()).as("the purchase unit by default").isEqualTo("dozen");
        assertThat(info.get("supplierName").asString()).isEqualTo("Bolt Supply GmbH");
        assertThat(fields(acme.post("/api/v1/catalog/products/" + bolts + "/suppliers", """
                {"partyId":"%s","price":-1,"currency":"EUR","uom":"kg","orderMultiple":0}""".formatted(theirs))))
                .containsExactlyInAnyOrder("partyId", "price", "uom", "orderMultiple");
        assertThat(ok(acme.get("/api/v1/catalog/products/" + bolts + "/suppliers")).size()).isEqualTo(1);

        ApiResponse inUse = acme.delete("/api/v1/catalog/products/" + bolts);
        assertProblem(inUse, 409);
        assertThat(inUse.json().get("detail").asString()).contains("archive");
        assertThat(ok(acme.get("/api/v1/catalog/products/" + bolts)).get("active").asBoolean()).isTrue();
        ok(acme.post("/api/v1/catalog/products/" + bolts + "/archive", ""));

        // the supplier is referenced: the kernel refuses to delete the party, naming the catalog's reference
        ApiResponse refused = acme.delete("/api/v1/parties/" + supplier);
        assertProblem(refused, 409);
        assertThat(refused.json().get("references").toString()).contains("supplier information of products");
        assertThat(ok(acme.get("/api/v1/parties/" + supplier)).get("name").asString()).isEqualTo("Bolt Supply GmbH");
    }

    @Test
    void variantsAreGeneratedForEveryCombinationWithTheirOwnSkuAndPriceExtra() {
        String template = created(acme.post("/api/v1/catalog/products", product("TS", "T-shirt", "storable", "unit")
                .replace("}", ",\"salesPrice\":20,\"currency\":\"EUR\",\"tracking\":\"lot\"}")));
        ApiResponse first = acme.post("/api/v1/catalog/products/" + template + "/variants", """
                {"attributes":[{"name":"Size","values":[{"value":"S"},{"value":"M"},{"value":"L","priceExtra":2}]},
                               {"name":"Colour","values":[{"value":"Blue"},{"value":"Navy blue","priceExtra":1.5}]}]}""");
        JsonNode variants = ok(first, 201);
        assertThat(variants.size()).isEqualTo(6);
        Map<String, JsonNode> bySku = new LinkedHashMap<>();
        variants.forEach(v -> bySku.put(v.get("sku").asString(), v));
        assertThat(bySku).containsOnlyKeys("TS-S-BLUE", "TS-S-NAVYBLUE", "TS-M-BLUE", "TS-M-NAVYBLUE", "TS-L-BLUE",
                "TS-L-NAVYBLUE");
        JsonNode largeNavy = bySku.get("TS-L-NAVYBLUE");
        assertThat(largeNavy.get("salesPrice").decimalValue()).isEqualByComparingTo("23.50");
        assertThat(largeNavy.get("priceExtra").decimalValue()).isEqualByComparingTo("3.50");
        assertThat(largeNavy.get("variantValues").asString()).isEqualTo("L, Navy blue");
        assertThat(largeNavy.get("templateId").asString()).isEqualTo(template);
        assertThat(largeNavy.get("tracking").asString()).as("copied from the template").isEqualTo("lot");
        assertThat(ok(acme.get("/api/v1/catalog/products/lookup?code=TS-L-NAVYBLUE")).get("name").asString())
                .isEqualTo("T-shirt (L, Navy blue)");

        // adding a value generates only the missing combinations
        JsonNode more = ok(acme.post("/api/v1/catalog/products/" + template + "/variants", """
                {"attributes":[{"name":"size","values":[{"value":"XL","priceExtra":3}]},
                               {"name":"Colour","values":[{"value":"blue"}]}]}"""), 201);
        assertThat(values(wrap(more), "sku")).containsExactlyInAnyOrder("TS-XL-BLUE", "TS-XL-NAVYBLUE");
        assertThat(ok(acme.get("/api/v1/catalog/products/" + template + "/variants")).size()).isEqualTo(8);
        assertThat(ok(acme.get("/api/v1/catalog/products?templateId=" + template)).get("totalElements").asLong()).isEqualTo(8);

        assertField(acme.post("/api/v1/catalog/products/" + template + "/variants", """
                {"attributes":[{"name":"Material","values":[{"value":"Cotton"}]}]}"""), 422, "attributes");
        assertThat(fields(acme.post("/api/v1/catalog/products/" + template + "/variants", """
                {"attributes":[{"name":"Size","values":[{"value":"S"},{"value":"s"}]},{"name":"size","values":[]}]}""")))
                .contains("attributes[0].values[1].value", "attributes[1].name", "attributes[1].values");
        assertField(acme.post("/api/v1/catalog/products/" + bySku.get("TS-S-BLUE").get("id").asString() + "/variants", """
                {"attributes":[{"name":"Fit","values":[{"value":"Slim"}]}]}"""), 422, "attributes");
        assertProblem(acme.delete("/api/v1/catalog/products/" + template), 409);
    }

    @Test
    void anotherTenantsRecordsAreNotFoundOnEveryEndpoint() {
        String id = created(acme.post("/api/v1/catalog/products", product("SECRET-1", "Secret", "storable", "unit")));
        String supplier = company(acme, "Secret Supplier");
        String info = created(acme.post("/api/v1/catalog/products/" + id + "/suppliers", """
                {"partyId":"%s","price":1,"currency":"EUR"}""".formatted(supplier)));
        String category = created(acme.post("/api/v1/catalog/categories", "{\"name\":\"Secret things\",\"costMethod\":\"fifo\"}"));
        String globexParty = company(globex, "Globex Supplier");

        assertProblem(globex.get("/api/v1/catalog/products/" + id), 404);
        assertProblem(globex.put("/api/v1/catalog/products/" + id, product("SECRET-1", "Mine", "storable", "unit")), 404);
        assertProblem(globex.post("/api/v1/catalog/products/" + id + "/archive", ""), 404);
        assertProblem(globex.post("/api/v1/catalog/products/" + id + "/restore", ""), 404);
        assertProblem(globex.delete("/api/v1/catalog/products/" + id), 404);
        assertProblem(globex.get("/api/v1/catalog/products/" + id + "/suppliers"), 404);
        assertProblem(globex.post("/api/v1/catalog/products/" + id + "/suppliers", """
                {"partyId":"%s","price":1,"currency":"EUR"}""".formatted(globexParty)), 404);
        assertProblem(globex.put("/api/v1/catalog/products/" + id + "/suppliers/" + info, """
                {"partyId":"%s","price":1,"currency":"EUR"}""".formatted(globexParty)), 404);
        assertProblem(globex.delete("/api/v1/catalog/products/" + id + "/suppliers/" + info), 404);
        assertProblem(globex.get("/api/v1/catalog/products/lookup?code=SECRET-1"), 404);
        assertProblem(globex.get("/api/v1/catalog/products/" + id + "/variants"), 404);
        assertProblem(globex.post("/api/v1/catalog/products/" + id + "/variants", """
                {"attributes":[{"name":"Size","values":[{"value":"S"}]}]}"""), 404);
        assertProblem(globex.get("/api/v1/catalog/categories/" + category), 404);
        assertProblem(globex.put("/api/v1/catalog/categories/" + category, "{\"name\":\"Mine\",\"costMethod\":\"fifo\"}"), 404);
        assertProblem(globex.delete("/api/v1/catalog/categories/" + category), 404);
        assertField(globex.post("/api/v1/catalog/products", product("G-1", "Theirs", "storable", "unit")
                .replace("}", ",\"categoryId\":\"" + category + "\"}")), 422, "categoryId");
        assertThat(values(ok(globex.get("/api/v1/catalog/products?q=secret")), "sku")).isEmpty();
        assertThat(values(wrap(ok(globex.get("/api/v1/catalog/categories"))), "name")).doesNotContain("Secret things");
        assertThat(ok(acme.get("/api/v1/catalog/products/" + id)).get("name").asString()).isEqualTo("Secret");
    }

    @Test
    void detachHidesTheApiAndReEnableKeepsTheData() {
        ApiClient admin = kernel.provisionTenant("cat-lifecycle", PASSWORD);
        assertProblem(admin.get("/api/v1/catalog/products"), 404);
        enable(admin, "catalog");
        String id = created(admin.post("/api/v1/catalog/products", product("KEEP-1", "Kept", "storable", "unit")));
        assertThat(admin.delete("/api/v1/admin/modules/catalog").status()).isIn(200, 204);
        assertProblem(admin.get("/api/v1/catalog/products/" + id), 404);
        assertProblem(admin.get("/api/v1/catalog/uoms"), 404);
        enable(admin, "catalog");
        assertThat(ok(admin.get("/api/v1/catalog/products/" + id)).get("name").asString()).isEqualTo("Kept");
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "cat-lifecycle");
        assertThat(kernel.countAsSuperuser("select count(*) from catalog_categories where tenant_id = ?::uuid and is_default",
                tenantId)).as("the installer ran twice, seeded once").isEqualTo(1);
        assertThat(kernel.countAsSuperuser("select count(*) from catalog_units where tenant_id = ?::uuid and code = 'kg'",
                tenantId)).isEqualTo(1);
    }

    @Test
    void purgeExportsThenErasesTheTenantsCatalogOnly() throws Exception {
        ApiClient purger = kernel.provisionTenant("cat-purger", PASSWORD);
        enable(purger, "catalog");
        String template = created(purger.post("/api/v1/catalog/products", product("P-1", "Purged", "storable", "unit")));
        ok(purger.post("/api/v1/catalog/products/" + template + "/variants", """
                {"attributes":[{"name":"Size","values":[{"value":"S"},{"value":"M"}]}]}"""), 201);
        created(purger.post("/api/v1/catalog/products/" + template + "/suppliers", """
                {"partyId":"%s","price":1,"currency":"EUR"}""".formatted(company(purger, "Purge Supplier"))));
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "cat-purger");
        String acmeId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "cat-acme");
        long acmeProducts = kernel.countAsSuperuser("select count(*) from catalog_products where tenant_id = ?::uuid", acmeId);
        assertThat(kernel.countAsSuperuser("select count(*) from catalog_units where tenant_id = ?::uuid", tenantId)).isPositive();

        String token = purger.get("/api/v1/admin/modules/catalog/impact?action=purge").json()
                .get("confirmationToken").asString();
        ApiResponse purged = purger.post("/api/v1/admin/modules/catalog/purge", "{\"confirmationToken\":\"" + token + "\"}");
        assertThat(purged.status()).as(purged.body()).isEqualTo(200);
        assertThat(purged.json().get("deleted").get("catalog_products").asLong()).as("the template and 2 variants").isEqualTo(3);
        for (String table : TABLES) {
            assertThat(kernel.countAsSuperuser("select count(*) from " + table + " where tenant_id = ?::uuid", tenantId))
                    .as(table).isZero();
        }
        assertThat(kernel.countAsSuperuser("select count(*) from catalog_products where tenant_id = ?::uuid", acmeId))
                .isEqualTo(acmeProducts);
        assertProblem(purger.get("/api/v1/catalog/products"), 404);
        enable(purger, "catalog");
        assertThat(ok(purger.get("/api/v1/catalog/products")).get("totalElements").asLong()).isZero();
        assertThat(ok(purger.get("/api/v1/catalog/uoms")).size()).as("seeded again").isPositive();
    }

    @Test
    void csvExportStreamsEveryMatchingProductNotOnePage() {
        ApiClient admin = kernel.provisionTenant("cat-export", PASSWORD);
        enable(admin, "catalog");
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "cat-export");
        String category = categoryId(admin, "All products");
        int rows = 1203; // more than two export batches
        kernel.queryAsSuperuser("""
                insert into catalog_products (tenant_id, id, sku, name, type, category_id, base_uom, sales_uom, purchase_uom,
                  tracking, active, created_at, updated_at, version)
                select ?::uuid, gen_random_uuid(), 'BULK-' || lpad(n::text, 5, '0'), 'Bulk ' || n, 'STORABLE', ?::uuid,
                  'unit', 'unit', 'unit', 'NONE', true, now(), now(), 0
                from generate_series(1, ?) n returning 'ok'""", tenantId, category, rows);
        created(admin.post("/api/v1/catalog/products", product("OTHER", "Something else", "service", "h")));

        ApiResponse csv = admin.getAs("/api/v1/catalog/products?q=bulk", "text/csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).startsWith("id,sku,name");
        assertThat(lines).hasSize(rows + 1);
        assertThat(lines.stream().skip(1).map(l -> l.split(",")[1]).toList()).doesNotHaveDuplicates().isSorted();
        assertThat(csv.body()).doesNotContain("OTHER");
    }

    @Test
    void theProductsAndUnitsServicesArePublishedForTenantsWithTheCatalogOnly() throws Exception {
        TenantRef with = kernel.createTenant("cat-services");
        TenantRef without = kernel.createTenant("cat-no-services");
        kernel.enable(with, "catalog");
        // the plugin's own API classes (its class loader's), as another plugin compiled against them sees them
        ClassLoader plugin = kernel.context().getBeansOfType(Object.class).values().stream()
                .filter(b -> b.getClass().getName().startsWith("io.tessera.plugins.catalog."))
                .findFirst().orElseThrow().getClass().getClassLoader();
        ModuleServices services = kernel.bean(ModuleServices.class);
        for (String api : List.of("io.tessera.plugins.catalog.api.Products", "io.tessera.plugins.catalog.api.Units")) {
            Class<?> type = plugin.loadClass(api);
            assertThat(kernel.inTenant(with, () -> services.find(type))).as(api).isPresent();
            assertThat(kernel.inTenant(without, () -> services.find(type))).as(api).isEmpty();
        }
    }

    @Test
    void aCsvImportIsCheckedRowByRowAndWritesAllOrNothing() {
        ApiClient admin = kernel.provisionTenant("cat-import", PASSWORD);
        enable(admin, "catalog");
        created(admin.post("/api/v1/catalog/products", product("IMP-0", "Already there", "storable", "unit")));
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "cat-import");
        String good = """
                sku,name,type,uom,salesPrice,currency,category,tracking
                IMP-0,Already there,storable,unit,,,,
                IMP-1,"Bolt, M8 \"\"zinc\"\"\",Storable,unit,0.15,EUR,All products,lot
                IMP-2,Oil,consumable,l,4.5,EUR,,
                """;
        JsonNode dry = ok(admin.postAs("/api/v1/catalog/products/import?dryRun=true", "text/csv", good));
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(dry.get("created").asInt()).isEqualTo(2);
        assertThat(dry.get("skipped").asInt()).isEqualTo(1);
        assertThat(kernel.countAsSuperuser("select count(*) from catalog_products where tenant_id = ?::uuid", tenantId))
                .as("a dry run writes nothing").isEqualTo(1);

        ApiResponse bad = admin.postAs("/api/v1/catalog/products/import", "text/csv", good
                + "IMP-3,Broken,storable,parsec,,,,\nIMP-4,Priceless,storable,unit,abc,EUR,,\nIMP-5,Lost,storable,unit,,,Nowhere,\n");
        assertThat(fields(bad)).containsExactlyInAnyOrder("row 5: uom", "row 6: salesPrice", "row 7: category");
        assertThat(kernel.countAsSuperuser("select count(*) from catalog_products where tenant_id = ?::uuid", tenantId))
                .as("all or nothing").isEqualTo(1);
        ApiResponse badDry = admin.postAs("/api/v1/catalog/products/import?dryRun=true", "text/csv", good
                + "IMP-3,Broken,storable,parsec,,,,\n");
        assertThat(badDry.status()).isEqualTo(200);
        assertThat(badDry.json().get("errors").get(0).get("row").asInt()).isEqualTo(5);
        assertField(admin.postAs("/api/v1/catalog/products/import", "text/csv", "sku,colour\nX,red\n"), 422, "body");

        JsonNode done = ok(admin.postAs("/api/v1/catalog/products/import", "text/csv", good));
        assertThat(done.get("created").asInt()).isEqualTo(2);
        JsonNode bolt = ok(admin.get("/api/v1/catalog/products/lookup?code=IMP-1"));
        assertThat(bolt.get("name").asString()).isEqualTo("Bolt, M8 \"zinc\"");
        assertThat(bolt.get("tracking").asString()).isEqualTo("LOT");
        assertThat(bolt.get("salesPrice").decimalValue()).isEqualByComparingTo("0.15");
    }

    @Test
    void anImportUpdatesProductsBySkuKeepingTheColumnsTheFileLacks() {
        ApiClient admin = kernel.provisionTenant("cat-upsert", PASSWORD);
        enable(admin, "catalog");
        String bolt = created(admin.post("/api/v1/catalog/products", product("UP-1", "Bolt", "storable", "unit")
                .replace("}", ",\"salesPrice\":0.15,\"currency\":\"EUR\",\"barcode\":\"4000001\",\"description\":\"Zinc\"}")));
        created(admin.post("/api/v1/catalog/products", product("UP-2", "Nut", "storable", "unit")));
        String before = kernel.queryAsSuperuser("select version::text from catalog_products where id = ?::uuid", bolt);
        String file = """
                sku,name,type,uom,salesPrice,currency
                UP-1,Bolt M8,storable,unit,0.20,EUR
                UP-2,Nut,storable,unit,,
                UP-3,Washer,consumable,unit,0.01,EUR
                """;
        JsonNode dry = ok(admin.postAs("/api/v1/catalog/products/import?dryRun=true", "text/csv", file));
        assertThat(List.of(dry.get("created").asInt(), dry.get("updated").asInt(), dry.get("skipped").asInt()))
                .as("created, updated, unchanged").containsExactly(1, 1, 1);
        assertThat(ok(admin.get("/api/v1/catalog/products/" + bolt)).get("name").asString())
                .as("a dry run changes nothing").isEqualTo("Bolt");

        JsonNode done = ok(admin.postAs("/api/v1/catalog/products/import", "text/csv", file));
        assertThat(List.of(done.get("created").asInt(), done.get("updated").asInt(), done.get("skipped").asInt()))
                .containsExactly(1, 1, 1);
        JsonNode updated = ok(admin.get("/api/v1/catalog/products/" + bolt));
        assertThat(updated.get("name").asString()).isEqualTo("Bolt M8");
        assertThat(updated.get("salesPrice").decimalValue()).isEqualByComparingTo("0.20");
        assertThat(updated.get("barcode").asString()).as("a column the file lacks is kept").isEqualTo("4000001");
        assertThat(updated.get("description").asString()).isEqualTo("Zinc");
        assertThat(kernel.queryAsSuperuser("select version::text from catalog_products where id = ?::uuid", bolt))
                .isNotEqualTo(before);
        assertThat(kernel.countAsSuperuser("select count(*) from catalog_products where sku = 'UP-1'")).isEqualTo(1);

        // an update that breaks a rule is refused per row, and nothing of the file is written
        ApiResponse bad = admin.postAs("/api/v1/catalog/products/import", "text/csv", """
                sku,name,type,uom,barcode
                UP-2,Nut renamed,storable,unit,
                UP-1,Bolt M8,storable,kg,
                UP-3,Washer,service,unit,
                UP-2,Nut again,storable,unit,
                """);
        assertThat(fields(bad)).containsExactlyInAnyOrder("row 3: uom", "row 4: type", "row 5: sku");
        assertThat(ok(admin.get("/api/v1/catalog/products/lookup?code=UP-2")).get("name").asString()).isEqualTo("Nut");

        // a blank cell of a column the file has clears an optional value
        ok(admin.postAs("/api/v1/catalog/products/import", "text/csv", "sku,name,type,uom,barcode\nUP-1,Bolt M8,storable,unit,\n"));
        JsonNode barcode = ok(admin.get("/api/v1/catalog/products/" + bolt)).path("barcode");
        assertThat(barcode.isNull() || barcode.isMissingNode()).as("barcode cleared: " + barcode).isTrue();
    }

    @Test
    void theSuppliersOfManyProductsAreReadInOneCallPreferredFirst() throws Exception {
        ApiClient admin = kernel.provisionTenant("cat-suppliers", PASSWORD);
        enable(admin, "catalog");
        String nails = created(admin.post("/api/v1/catalog/products", product("NAIL", "Nails", "storable", "unit")));
        String screws = created(admin.post("/api/v1/catalog/products", product("SCREW", "Screws", "storable", "unit")));
        String bare = created(admin.post("/api/v1/catalog/products", product("BARE", "No supplier", "storable", "unit")));
        String cheap = company(admin, "Cheap Nails Ltd");
        String fast = company(admin, "Fast Nails GmbH");
        created(admin.post("/api/v1/catalog/products/" + nails + "/suppliers", """
                {"partyId":"%s","price":2.00,"currency":"EUR","leadTimeDays":2,"sequence":20}""".formatted(fast)));
        created(admin.post("/api/v1/catalog/products/" + nails + "/suppliers", """
                {"partyId":"%s","price":1.50,"currency":"EUR","leadTimeDays":9,"sequence":10}""".formatted(cheap)));
        created(admin.post("/api/v1/catalog/products/" + screws + "/suppliers", """
                {"partyId":"%s","supplierSku":"SC-9","price":3,"currency":"EUR","minimumQuantity":100}""".formatted(fast)));
        String foreign = created(globex.post("/api/v1/catalog/products", product("FOREIGN", "Theirs", "storable", "unit")));
        created(globex.post("/api/v1/catalog/products/" + foreign + "/suppliers", """
                {"partyId":"%s","price":1,"currency":"EUR"}""".formatted(company(globex, "Their supplier"))));

        TenantRef tenant = new TenantRef(UUID.fromString(kernel.queryAsSuperuser(
                "select id::text from tenants where slug = ?", "cat-suppliers")), "cat-suppliers");
        ClassLoader plugin = kernel.context().getBeansOfType(Object.class).values().stream()
                .filter(b -> b.getClass().getName().startsWith("io.tessera.plugins.catalog."))
                .findFirst().orElseThrow().getClass().getClassLoader();
        Class<?> type = plugin.loadClass("io.tessera.plugins.catalog.api.Products");
        Object products = kernel.inTenant(tenant, () -> kernel.bean(ModuleServices.class).find(type)).orElseThrow();
        java.lang.reflect.Method batch = type.getMethod("suppliers", java.util.Collection.class);
        Map<?, ?> byProduct = kernel.inTenant(tenant, () -> {
            try {
                return (Map<?, ?>) batch.invoke(products, List.of(UUID.fromString(nails), UUID.fromString(screws),
                        UUID.fromString(bare), UUID.fromString(foreign)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(new java.util.HashSet<Object>(byProduct.keySet()))
                .as("no entry for a product without suppliers or of another tenant")
                .isEqualTo(java.util.Set.of(UUID.fromString(nails), UUID.fromString(screws)));
        assertThat(byProduct.get(UUID.fromString(nails)).toString())
                .matches("(?s)\\[SupplierInfo\\[partyId=" + cheap + ".*leadTimeDays=9\\], SupplierInfo\\[partyId=" + fast
                        + ".*leadTimeDays=2\\]\\]");
        assertThat(byProduct.get(UUID.fromString(screws)).toString()).contains("supplierSku=SC-9").contains("partyId=" + fast);
        assertThat(kernel.inTenant(tenant, () -> {
            try {
                return (Map<?, ?>) batch.invoke(products, List.of());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        })).isEmpty();
    }

    // --- helpers

    static String product(String sku, String name, String type, String uom) {
        return "{\"sku\":\"" + sku + "\",\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"uom\":\"" + uom + "\"}";
    }

    static String categoryId(ApiClient api, String name) {
        for (JsonNode c : ok(api.get("/api/v1/catalog/categories"))) {
            if (c.get("name").asString().equals(name)) {
                return c.get("id").asString();
            }
        }
        throw new AssertionError("no category " + name);
    }

    static List<String> fields(ApiResponse response) {
        assertProblem(response, 422);
        return response.json().get("errors").findValuesAsString("field").stream().distinct().toList();
    }

    private static String ratio(JsonNode unit) {
        return unit.get("category").asString() + " " + unit.get("numerator").asLong() + "/" + unit.get("denominator").asLong();
    }

    /** A JSON array as a page, for {@code values}. */
    static JsonNode wrap(JsonNode array) {
        return tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode().set("items", array);
    }

    private static String exportsDir() {
        try {
            return Files.createTempDirectory("catalog-exports").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
