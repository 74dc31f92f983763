package io.tessera.plugins.purchasing;

import static io.tessera.plugins.purchasing.Purchases.PUR;
import static io.tessera.plugins.purchasing.Purchases.SRNB;
import static io.tessera.plugins.purchasing.Purchases.balance;
import static io.tessera.plugins.purchasing.Purchases.product;
import static io.tessera.plugins.purchasing.Purchases.receive;
import static io.tessera.plugins.purchasing.Purchases.supplier;
import static io.tessera.plugins.purchasing.Purchases.supplies;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Purchasing on the embedded default (H2), as a newcomer meets it (D17), with the real catalog, accounting and
 * inventory jars: enable, a purchase order confirmed (incoming in inventory), received in two parts, billed and matched
 * (stock received not billed back to zero); detach keeps the orders, enabling again shows them and numbering goes on.
 */
class PurchasingEmbeddedIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .plugin(Path.of("../inventory/target/inventory.jar"))
            .embeddedDatabase()
            .build();

    @Test
    void orderToBillOnTheEmbeddedDatabaseAndDetachKeepsTheOrders() {
        ApiClient api = Purchases.tenant(kernel, "pe-flow", true);
        String vendor = supplier(api, "Embedded Supply");
        String bolt = product(api, "EBOLT", "storable");
        supplies(api, bolt, vendor, "12.00", "0", "1", 3);

        JsonNode po = ok(api.post(PUR + "orders", """
                {"partyId":"%s","lines":[{"productId":"%s","quantity":"10"}]}""".formatted(vendor, bolt)), 201);
        assertThat(po.get("total").decimalValue()).isEqualByComparingTo("120.00");
        String id = po.get("id").asString();
        ok(api.post(PUR + "orders/" + id + "/confirm", ""));
        assertThat(stock(api, bolt).get("incoming").decimalValue()).isEqualByComparingTo("10");

        receive(api, id, 1, "4");
        receive(api, id, 1, "6");
        JsonNode level = stock(api, bolt);
        assertThat(level.get("onHand").decimalValue()).isEqualByComparingTo("10");
        assertThat(level.get("incoming").decimalValue()).isZero();
        assertThat(balance(api, SRNB)).isEqualByComparingTo("-120.00");
        JsonNode bill = ok(api.post(PUR + "orders/" + id + "/bill", ""), 201);
        assertThat(bill.get("held").asBoolean()).isFalse();
        assertThat(balance(api, SRNB)).isZero();
        assertThat(ok(api.get(PUR + "orders/" + id)).get("status").asString()).isEqualTo("DONE");
        assertProblem(api.post(PUR + "orders/" + id + "/bill", ""), 409);

        assertThat(api.delete("/api/v1/admin/modules/purchasing").status()).isIn(200, 204);
        assertThat(api.get(PUR + "orders/" + id).status()).isEqualTo(404);
        ok(api.put("/api/v1/admin/modules/purchasing", ""));
        assertThat(ok(api.get(PUR + "orders/" + id)).get("status").asString()).isEqualTo("DONE");
        JsonNode next = ok(api.post(PUR + "orders", """
                {"partyId":"%s","lines":[{"productId":"%s","quantity":"1"}]}""".formatted(vendor, bolt)), 201);
        assertThat(next.get("number").asString()).isEqualTo("PO-000002");
    }

    private static JsonNode stock(ApiClient api, String product) {
        return ok(api.get("/api/v1/inventory/stock?productId=" + product));
    }
}
