package io.tessera.plugins.inventory;

import static io.tessera.plugins.inventory.Stocks.INV;
import static io.tessera.plugins.inventory.Stocks.delivery;
import static io.tessera.plugins.inventory.Stocks.onHand;
import static io.tessera.plugins.inventory.Stocks.product;
import static io.tessera.plugins.inventory.Stocks.receipt;
import static io.tessera.plugins.inventory.Stocks.receiptLine;
import static io.tessera.plugins.inventory.Stocks.stockUp;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Reorder rules, the replenishment statement and count sheets on the embedded default (H2, D17), with the real
 * inventory and catalog jars: the same SQL runs there as on PostgreSQL.
 */
class ReplenishmentEmbeddedIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .embeddedDatabase()
            .build();

    @AfterAll
    static void invariantsHold() {
        assertThat(Stocks.invariantViolations(kernel)).isEmpty();
    }

    @Test
    void suggestionsAndCountsRunOnTheEmbeddedDatabase() {
        ApiClient api = Stocks.tenant(kernel, "emb-rep");
        String p = product(api, "EMB-REP");
        stockUp(api, p, "10");
        ok(api.post(INV + "deliveries/" + delivery(api, p, "6") + "/reserve", ""));
        receipt(api, receiptLine(p, "1", ""));
        String rule = created(api.post(INV + "reorder-rules", "{\"productId\":\"" + p + "\",\"min\":\"8\",\"max\":\"20\",\"multiple\":\"4\"}"));
        JsonNode suggestion = ok(api.get(INV + "replenishment")).get(0);
        assertThat(suggestion.get("ruleId").asString()).isEqualTo(rule);
        assertThat(suggestion.get("projected").decimalValue()).as("10 - 6 reserved + 1 incoming").isEqualByComparingTo("5");
        assertThat(suggestion.get("quantity").decimalValue()).as("15 up to 20, rounded up to 16").isEqualByComparingTo("16");
        assertThat(ok(api.get(INV + "reorder-rules")).size()).isEqualTo(1);

        String location = ok(api.get(INV + "warehouses")).get(0).get("stockLocationId").asString();
        String count = created(api.post(INV + "counts", "{\"locationId\":\"" + location + "\"}"));
        ok(api.put(INV + "counts/" + count, "{\"lines\":[{\"productId\":\"" + p + "\",\"countedQuantity\":\"12\"}]}"));
        JsonNode done = ok(api.post(INV + "counts/" + count + "/validate", ""));
        assertThat(done.get("state").asString()).isEqualTo("done");
        assertThat(onHand(api, p)).isEqualByComparingTo("12");
        assertProblem(api.post(INV + "counts/" + count + "/validate", ""), 409);
    }
}
