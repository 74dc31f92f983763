package io.tessera.plugins.inventory;

import static io.tessera.plugins.inventory.Stocks.INV;
import static io.tessera.plugins.inventory.Stocks.onHand;
import static io.tessera.plugins.inventory.Stocks.product;
import static io.tessera.plugins.inventory.Stocks.stockUp;
import static io.tessera.testkit.ApiAssertions.assertStartedWithoutUi;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin's jar in a kernel with no UI on the class path (failsafe's {@code headless} execution): it starts
 * and its API works.
 */
@Tag("headless")
class InventoryHeadlessIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar")).build();

    @Test
    void theJarLoadsAndItsApiWorksWithoutTheUiKit() {
        assertStartedWithoutUi(KERNEL, "inventory");
        ApiClient api = Stocks.tenant(KERNEL, "inv-headless");
        String p = product(api, "HEADLESS-1");
        stockUp(api, p, "3");
        assertThat(onHand(api, p)).isEqualByComparingTo("3");
        assertThat(ok(api.get(INV + "warehouses")).get(0).get("code").asString()).isEqualTo("WH");
    }
}
