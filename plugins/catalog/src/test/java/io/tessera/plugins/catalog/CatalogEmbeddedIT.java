package io.tessera.plugins.catalog;

import static io.tessera.plugins.catalog.CatalogIT.product;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testkit.ApiAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The catalog on the embedded default (H2), as a newcomer meets it (D17): its schema migrates, products with
 * variants, suppliers and price lists work, barcodes stay unique when set, and purge exports then erases it all.
 */
class CatalogEmbeddedIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin().embeddedDatabase()
            .property("tessera.exports.dir", exportsDir())
            .build();

    @Test
    void theCatalogWorksAndIsPurgedOnTheEmbeddedDatabase() {
        ApiClient api = kernel.provisionTenant("emb-acme", CatalogIT.PASSWORD);
        enable(api, "catalog");
        String shirt = created(api.post("/api/v1/catalog/products", product("TS", "T-shirt", "storable", "unit")
                .replace("}", ",\"salesPrice\":20,\"currency\":\"EUR\",\"barcode\":\"4006381333931\"}")));
        created(api.post("/api/v1/catalog/products", product("NB-1", "No barcode", "storable", "unit")));
        created(api.post("/api/v1/catalog/products", product("NB-2", "No barcode either", "storable", "unit")));
        assertProblem(api.post("/api/v1/catalog/products", product("DUP", "Same barcode", "storable", "unit")
                .replace("}", ",\"barcode\":\"4006381333931\"}")), 409);
        assertThat(ok(api.post("/api/v1/catalog/products/" + shirt + "/variants", """
                {"attributes":[{"name":"Size","values":[{"value":"S"},{"value":"M","priceExtra":1}]}]}"""), 201).size())
                .isEqualTo(2);
        created(api.post("/api/v1/catalog/products/" + shirt + "/suppliers", """
                {"partyId":"%s","price":8,"currency":"EUR"}""".formatted(company(api, "Shirt Mill"))));
        created(api.post("/api/v1/catalog/price-lists", """
                {"name":"Wholesale","currency":"EUR","items":[{"productId":"%s","minQuantity":10,"price":15}]}""".formatted(shirt)));
        assertThat(values(ok(api.get("/api/v1/catalog/products?q=t-s")), "sku")).containsExactly("TS", "TS-M", "TS-S");
        assertThat(ok(api.get("/api/v1/catalog/prices?currency=EUR&quantity=12&productId=" + shirt)).get("unitPrice")
                .decimalValue()).isEqualByComparingTo("15.00");
        assertField(api.get("/api/v1/catalog/uoms/convert?quantity=1&from=kg&to=l"), 422, "to");

        String token = api.get("/api/v1/admin/modules/catalog/impact?action=purge").json().get("confirmationToken").asString();
        ApiResponse purged = api.post("/api/v1/admin/modules/catalog/purge", "{\"confirmationToken\":\"" + token + "\"}");
        assertThat(purged.status()).as(purged.body()).isEqualTo(200);
        JsonNode deleted = purged.json().get("deleted");
        assertThat(deleted.get("catalog_products").asLong()).isEqualTo(5);
        assertThat(deleted.get("catalog_price_items").asLong()).isEqualTo(1);
        enable(api, "catalog");
        assertThat(ok(api.get("/api/v1/catalog/products")).get("totalElements").asLong()).isZero();
        assertThat(ok(api.get("/api/v1/catalog/price-lists")).size()).isZero();
        assertThat(ok(api.get("/api/v1/catalog/uoms")).size()).as("seeded again").isPositive();
    }

    private static String exportsDir() {
        try {
            return Files.createTempDirectory("catalog-embedded-exports").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
