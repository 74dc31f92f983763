package io.tessera.plugins.purchasing;

import static io.tessera.plugins.purchasing.Purchases.PUR;
import static io.tessera.plugins.purchasing.Purchases.SRNB;
import static io.tessera.plugins.purchasing.Purchases.balance;
import static io.tessera.plugins.purchasing.Purchases.product;
import static io.tessera.plugins.purchasing.Purchases.receive;
import static io.tessera.plugins.purchasing.Purchases.supplier;
import static io.tessera.plugins.purchasing.Purchases.supplies;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
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
        JsonNode po = ok(api.post(PUR + "orders", body.formatted(vendor, bolt, "VAT20", service)), 201);
        assertThat(po.get("lines").findValuesAsString("taxCode")).containsExactly("VAT20", "VAT10");
        // amounts with the currency's two digits, not the columns' four
        assertThat(po.get("total").toString()).isEqualTo("170.00");
        assertThat(po.get("lines").get(0).get("subtotal").toString()).isEqualTo("120.00");
        assertThat(po.get("lines").get(0).get("unitPrice").toString()).isEqualTo("12.00");
        String id = po.get("id").asString();
        ok(api.post(PUR + "orders/" + id + "/confirm", ""));
        receive(api, id, 1, "10");

        JsonNode bill = ok(api.post(PUR + "orders/" + id + "/bill", "{\"date\":\"2026-11-20\"}"), 201);
        assertThat(bill.get("held").asBoolean()).isFalse();
        assertThat(bill.get("total").toString()).isEqualTo("199.00");
        JsonNode invoice = ok(api.get("/api/v1/accounting/invoices/" + bill.get("invoiceId").asString()));
        assertThat(invoice.get("tax").decimalValue()).isEqualByComparingTo("29.00");
        assertThat(invoice.get("lines").findValuesAsString("taxCode")).containsExactly("VAT20", "VAT10");
        // input tax on the purchase codes' account 1350; stock received not billed cleared
        assertThat(balance(api, "1350")).isEqualByComparingTo("29.00");
        assertThat(balance(api, SRNB)).isEqualByComparingTo("0");
        JsonNode listed = ok(api.get(PUR + "bills"));
        assertThat(listed.get(0).get("total").toString()).isEqualTo("199.00");
        assertThat(ok(api.get(PUR + "orders")).get("items").get(0).get("total").toString()).isEqualTo("170.00");
        assertThat(Purchases.trialBalanceBalances(api)).isTrue();
    }
}
