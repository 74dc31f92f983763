package io.tessera.plugins.mrp;

import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** REST helpers of the MRP integration tests. */
final class Mrp {

    static final String PASSWORD = "Mrp-Test-Password-1";
    static final String MRP = "/api/v1/mrp/";
    static final String INV = "/api/v1/inventory/";

    private Mrp() {
    }

    /** The kernel with the MRP jar under test next to the real catalog, inventory and accounting jars. */
    static TesseraKernelExtension kernel() {
        return TesseraKernelExtension.builder()
                .builtPlugin()
                .plugin(Path.of("../catalog/target/catalog.jar"))
                .plugin(Path.of("../inventory/target/inventory.jar"))
                .plugin(Path.of("../accounting/target/accounting.jar"))
                .property("tessera.exports.dir", System.getProperty("java.io.tmpdir"))
                .build();
    }

    /** A tenant with MRP (and thereby catalog and inventory) enabled, and its admin client. */
    static ApiClient tenant(TesseraKernelExtension kernel, String slug) {
        ApiClient api = kernel.provisionTenant(slug, PASSWORD);
        ok(api.put("/api/v1/admin/modules/mrp", ""));
        return api;
    }

    /** Creates a storable FIFO product through catalog's API. */
    static String product(ApiClient api, String sku) {
        return created(api.post("/api/v1/catalog/products", """
                {"sku":"%s","name":"%s","type":"storable","uom":"unit","salesPrice":"10.00","currency":"EUR",
                 "costMethod":"fifo"}""".formatted(sku, sku)));
    }

    /** A BOM: {@code components} as product id, quantity pairs. */
    static ApiResponse bom(ApiClient api, String product, String quantity, String... components) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < components.length; i += 2) {
            lines.add("{\"productId\":\"" + components[i] + "\",\"quantity\":\"" + components[i + 1] + "\"}");
        }
        return api.post(MRP + "boms", "{\"productId\":\"" + product + "\",\"quantity\":\"" + quantity
                + "\",\"components\":[" + String.join(",", lines) + "]}");
    }

    /** The low-level code of a product, as the BOMs naming it report it. */
    static int code(ApiClient api, String bomId) {
        return ok(api.get(MRP + "boms/" + bomId)).get("lowLevelCode").asInt();
    }

    /** The low-level code stored for a product, 0 when none is stored. */
    static long storedCode(TesseraKernelExtension kernel, String product) {
        return kernel.countAsSuperuser("select coalesce(max(low_level_code), 0) from mrp_product_levels where product_id = ?::uuid",
                product);
    }

    /** Receives and validates a quantity of a product at a unit cost. */
    static void stockUp(ApiClient api, String product, String quantity, String unitCost) {
        String receipt = created(api.post(INV + "receipts", "{\"lines\":[{\"productId\":\"" + product
                + "\",\"quantity\":\"" + quantity + "\",\"unitCost\":\"" + unitCost + "\"}]}"));
        ok(api.post(INV + "receipts/" + receipt + "/validate", ""));
    }

    static JsonNode stock(ApiClient api, String product) {
        return ok(api.get(INV + "stock?productId=" + product));
    }
}
