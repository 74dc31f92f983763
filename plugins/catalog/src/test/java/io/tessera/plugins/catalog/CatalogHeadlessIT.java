package io.tessera.plugins.catalog;

import static io.tessera.plugins.catalog.CatalogIT.product;
import static io.tessera.testkit.ApiAssertions.assertStartedWithoutUi;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testkit.ApiAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin's jar in a kernel with no UI on the class path (failsafe's {@code headless} execution leaves out the
 * shell, the UI kit and Vaadin): it starts, registers no views, and its API works.
 */
@Tag("headless")
class CatalogHeadlessIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    @Test
    void theJarLoadsAndItsApiWorksWithoutTheUiKit() {
        assertStartedWithoutUi(KERNEL, "catalog");

        ApiClient api = KERNEL.provisionTenant("cat-headless", CatalogIT.PASSWORD);
        enable(api, "catalog");
        String id = created(api.post("/api/v1/catalog/products", product("H-1", "Headless", "storable", "kg")));
        assertThat(ok(api.get("/api/v1/catalog/products/" + id)).get("uom").asString()).isEqualTo("kg");
        assertThat(values(ok(api.get("/api/v1/catalog/products")), "sku")).containsExactly("H-1");
    }
}
