package io.tessera.plugins.catalog;

import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A category's stock accounts against the chart, with the real catalog and accounting jars on PostgreSQL: where the
 * tenant has accounting enabled each account must be an active account of the chart of a fitting type (one 422 naming
 * every bad field); without accounting they are not checked (the chart does not exist yet).
 */
class CategoryAccountsIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .build();

    @Test
    void withAccountingEveryCategoryAccountMustBeAnAccountOfTheChartOfAFittingType() {
        ApiClient api = enable(kernel.provisionTenant("cat-books", CatalogIT.PASSWORD), "catalog", "accounting");

        ApiResponse bad = api.post("/api/v1/catalog/categories", """
                {"name":"Bad","costMethod":"fifo","inventoryAccount":"9999","costOfGoodsSoldAccount":"1200",
                 "stockReceivedNotBilledAccount":"5010"}""");
        assertThat(CatalogIT.fields(bad)).containsExactlyInAnyOrder("inventoryAccount", "costOfGoodsSoldAccount",
                "stockReceivedNotBilledAccount");
        assertThat(bad.body()).contains("names no active account of the chart: 9999",
                "must be an expense account; 1200 is an asset account", "must be a liability account; 5010 is an expense account");

        // bean validation and the chart in one answer
        assertThat(CatalogIT.fields(api.post("/api/v1/catalog/categories", """
                {"name":"","costMethod":"fifo","inventoryAccount":"3150"}"""))).containsExactlyInAnyOrder("name", "inventoryAccount");

        String id = ok(api.post("/api/v1/catalog/categories", """
                {"name":"Goods","costMethod":"fifo","inventoryAccount":"1200","costOfGoodsSoldAccount":"5010",
                 "stockReceivedNotBilledAccount":"3150"}"""), 201).get("id").asString();
        assertThat(CatalogIT.fields(api.put("/api/v1/catalog/categories/" + id, """
                {"name":"Goods","costMethod":"fifo","inventoryAccount":"5010"}"""))).containsExactly("inventoryAccount");
        ok(api.post("/api/v1/accounting/accounts", "{\"code\":\"1210\",\"name\":\"Raw materials\",\"type\":\"asset\"}"), 201);
        assertThat(ok(api.put("/api/v1/catalog/categories/" + id, """
                {"name":"Goods","costMethod":"fifo","inventoryAccount":"1210"}""")).get("inventoryAccount").asString())
                .isEqualTo("1210");
    }

    @Test
    void withoutAccountingTheAccountsAreNotChecked() {
        ApiClient api = enable(kernel.provisionTenant("cat-nobooks", CatalogIT.PASSWORD), "catalog");
        assertThat(ok(api.post("/api/v1/catalog/categories", """
                {"name":"Later","costMethod":"fifo","inventoryAccount":"9999"}"""), 201).get("inventoryAccount").asString())
                .isEqualTo("9999");
        assertThat(ok(api.get("/api/v1/catalog/categories")).findValuesAsString("name")).contains("Later");
    }
}
