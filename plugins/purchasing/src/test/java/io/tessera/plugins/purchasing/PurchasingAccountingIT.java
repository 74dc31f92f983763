package io.tessera.plugins.purchasing;

import static io.tessera.plugins.purchasing.Purchases.PUR;
import static io.tessera.plugins.purchasing.Purchases.SRNB;
import static io.tessera.plugins.purchasing.Purchases.balance;
import static io.tessera.plugins.purchasing.Purchases.product;
import static io.tessera.plugins.purchasing.Purchases.receive;
import static io.tessera.plugins.purchasing.Purchases.supplier;
import static io.tessera.plugins.purchasing.Purchases.supplies;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Purchasing's seams with accounting and inventory on PostgreSQL as the application role, with the real catalog,
 * accounting and inventory jars: purchase tax codes per order line (the line's, the supplier's default) posted to the
 * code's account by the bill, and amounts in the JSON with the currency's digits.
 */
class PurchasingAccountingIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .plugin(Path.of("../inventory/target/inventory.jar"))
            .property("tessera.events.poll-interval", "200ms")
            .build();

    @Test
    void orderLinesCarryPurchaseTaxCodesAndTheBillPostsInputTaxToTheCodesAccount() {
        ApiClient api = Purchases.tenant(kernel, "pa-tax", true);
        String vendor = supplier(api, "Taxed Supply");
        String bolt = product(api, "BOLT", "storable");
        String service = product(api, "FIT", "service");
        supplies(api, bolt, vendor, "12.00", "0", "1", 0);
        ok(api.post("/api/v1/accounting/tax-codes/seed", ""));

        // a tenant with codes: a line without a code and without a default is refused, an unknown code named
        String body = """
                {"partyId":"%s","date":"2026-11-02","lines":[{"productId":"%s","quantity":"10","taxCode":"%s"},
                  {"productId":"%s","quantity":"1","unitPrice":"50"}]}""";
        assertField(api.post(PUR + "orders", body.formatted(vendor, bolt, "NOPE", service)), 422, "lines[0].taxCode");
        assertField(api.post(PUR + "orders", body.formatted(vendor, bolt, "VAT20", service)), 422, "lines[1].taxCode");

        // the supplier's default applies to the line without a code
        ok(api.put("/api/v1/accounting/parties/" + vendor + "/tax-defaults", "{\"purchase\":\"VAT10\"}"));
        ApiResponse created = api.post(PUR + "orders", body.formatted(vendor, bolt, "VAT20", service));
        JsonNode po = ok(created, 201);
        assertThat(po.get("lines").findValuesAsString("taxCode")).containsExactly("VAT20", "VAT10");
        // amounts with the currency's two digits, not the columns' four
        assertThat(created.body()).contains("\"total\":170.00", "\"subtotal\":120.00", "\"subtotal\":50.00",
                "\"unitPrice\":12.00", "\"unitPrice\":50.00").doesNotContain("170.0000", "12.000000");
        String id = po.get("id").asString();
        ok(api.post(PUR + "orders/" + id + "/confirm", ""));
        receive(api, id, 1, "10");

        ApiResponse billed = api.post(PUR + "orders/" + id + "/bill", "{\"date\":\"2026-11-20\"}");
        JsonNode bill = ok(billed, 201);
        assertThat(bill.get("held").asBoolean()).isFalse();
        assertThat(billed.body()).contains("\"total\":199.00");
        JsonNode invoice = ok(api.get("/api/v1/accounting/invoices/" + bill.get("invoiceId").asString()));
        assertThat(invoice.get("tax").decimalValue()).isEqualByComparingTo("29.00");
        assertThat(invoice.get("lines").findValuesAsString("taxCode")).containsExactly("VAT20", "VAT10");
        // input tax on the purchase codes' account 1350; stock received not billed cleared
        assertThat(balance(api, "1350")).isEqualByComparingTo("29.00");
        assertThat(balance(api, SRNB)).isEqualByComparingTo("0");
        assertThat(api.get(PUR + "bills").body()).contains("\"total\":199.00");
        assertThat(api.get(PUR + "bills/" + bill.get("id").asString()).body()).contains("\"total\":199.00");
        assertThat(api.get(PUR + "orders").body()).contains("\"total\":170.00");
        assertThat(api.get(PUR + "orders/" + id).body()).contains("\"total\":170.00", "\"total\":199.00");
        assertThat(Purchases.trialBalanceBalances(api)).isTrue();
    }

    @Test
    void aConfirmedOrderIsIncomingInInventoryUntilReceivedAndReplenishmentDoesNotCountItTwice() {
        ApiClient api = Purchases.tenant(kernel, "pa-incoming", true);
        String vendor = supplier(api, "Incoming Supply");
        String gear = product(api, "GEAR", "storable");
        supplies(api, gear, vendor, "3.00", "0", "1", 7);
        java.time.LocalDate today = java.time.LocalDate.now();
        String body = "{\"partyId\":\"" + vendor + "\",\"date\":\"" + today + "\",\"lines\":[{\"productId\":\"" + gear
                + "\",\"quantity\":\"10\"}]}";

        String draft = ok(api.post(PUR + "orders", body), 201).get("id").asString();
        assertThat(stock(api, gear).get("incoming").decimalValue()).as("a draft is not expected yet").isZero();
        JsonNode confirmed = ok(api.post(PUR + "orders/" + draft + "/confirm", ""));
        String expected = confirmed.get("expectedReceiptId").asString();
        assertThat(stock(api, gear).get("incoming").decimalValue()).isEqualByComparingTo("10");
        JsonNode days = ok(api.get("/api/v1/inventory/stock/projection?productId=" + gear + "&to=" + today.plusDays(8))).get("days");
        assertThat(days.get(6).get("projected").decimalValue()).isZero();
        assertThat(days.get(7).get("incoming").decimalValue()).as("on the expected date").isEqualByComparingTo("10");
        assertThat(days.get(7).get("projected").decimalValue()).isEqualByComparingTo("10");
        // inventory leaves it to purchasing, which records what arrived
        assertProblem(api.post("/api/v1/inventory/receipts/" + expected + "/validate", ""), 409);
        assertProblem(api.post("/api/v1/inventory/receipts/" + expected + "/cancel", ""), 409);

        // a reorder rule up to 25: inventory counts the 10 expected, purchasing drafts the other 15, not 25 and not 5
        ok(api.post("/api/v1/inventory/reorder-rules", "{\"productId\":\"" + gear + "\",\"min\":\"12\",\"max\":\"25\"}"), 201);
        JsonNode drafted = ok(api.post(PUR + "replenishment", ""), 201);
        assertThat(drafted.get("orders").get(0).get("lines").get(0).get("quantity").decimalValue()).isEqualByComparingTo("15");
        assertThat(ok(api.post(PUR + "replenishment", "")).get("orders")).as("the draft is netted by purchasing").isEmpty();
        ok(api.post(PUR + "orders/" + drafted.get("orders").get(0).get("id").asString() + "/cancel", ""));

        // receiving fulfils what is expected, part by part
        receive(api, draft, 1, "4");
        JsonNode level = stock(api, gear);
        assertThat(level.get("onHand").decimalValue()).isEqualByComparingTo("4");
        assertThat(level.get("incoming").decimalValue()).isEqualByComparingTo("6");
        receive(api, draft, 1, "6");
        assertThat(stock(api, gear).get("incoming").decimalValue()).isZero();
        assertThat(stock(api, gear).get("onHand").decimalValue()).isEqualByComparingTo("10");

        // a cancelled confirmed order is no longer expected
        String cancelled = ok(api.post(PUR + "orders", body), 201).get("id").asString();
        ok(api.post(PUR + "orders/" + cancelled + "/confirm", ""));
        assertThat(stock(api, gear).get("incoming").decimalValue()).isEqualByComparingTo("10");
        ok(api.post(PUR + "orders/" + cancelled + "/cancel", ""));
        assertThat(stock(api, gear).get("incoming").decimalValue()).isZero();
    }

    private static JsonNode stock(ApiClient api, String product) {
        return ok(api.get("/api/v1/inventory/stock?productId=" + product));
    }
}
