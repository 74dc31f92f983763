package io.tessera.plugins.purchasing;

import static io.tessera.plugins.purchasing.Purchases.PUR;
import static io.tessera.plugins.purchasing.Purchases.confirmed;
import static io.tessera.plugins.purchasing.Purchases.get;
import static io.tessera.plugins.purchasing.Purchases.product;
import static io.tessera.plugins.purchasing.Purchases.supplier;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.assertStartedWithoutUi;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The plugin's jar in a kernel with no UI on the class path (failsafe's {@code headless} execution) and without the
 * inventory plugin on the server: it starts (its inventory adapters are not loaded), orders are received and billed
 * without stock, and replenishment says it needs inventory.
 */
@Tag("headless")
class PurchasingHeadlessIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .build();

    @Test
    void theJarLoadsAndWorksWithoutTheUiKitAndWithoutInventory() {
        assertStartedWithoutUi(KERNEL, "purchasing");
        ApiClient api = Purchases.tenant(KERNEL, "pur-headless", false);
        String vendor = supplier(api, "Headless Supply");
        String part = product(api, "HL-PART", "storable");
        String id = confirmed(api, vendor, part, "3", "4.00");
        JsonNode received = ok(api.post(PUR + "orders/" + id + "/receive", ""));
        assertThat(received.get("lines").get(0).get("received").decimalValue()).isEqualByComparingTo("3");
        assertThat(received.get("receiptIds").size()).as("nothing went into stock").isZero();
        assertThat(ok(api.post(PUR + "orders/" + id + "/bill", ""), 201).get("total").decimalValue()).isEqualByComparingTo("12.00");
        assertThat(get(api, id).get("state").asString()).isEqualTo("DONE");
        ApiResponse replenish = api.post(PUR + "replenishment", "");
        assertProblem(replenish, 409);
        assertThat(replenish.json().get("detail").asString()).contains("needs the inventory module");
    }
}
