package io.tessera.plugins.purchasing;

import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/** REST helpers of the purchasing integration tests. */
final class Purchases {

    static final String PASSWORD = "Purchasing-Test-Password-1";
    static final String PUR = "/api/v1/purchasing/";
    static final String SRNB = "3150";
    static final String PRICE_DIFFERENCE = "5030";
    static final String INVENTORY = "1200";

    private Purchases() {
    }

    /** A tenant with purchasing (and thereby catalog and accounting) and, when asked, inventory enabled. */
    static ApiClient tenant(TesseraKernelExtension kernel, String slug, boolean inventory) {
        ApiClient api = kernel.provisionTenant(slug, PASSWORD);
        if (inventory) {
            ok(api.put("/api/v1/admin/modules/inventory", ""));
        }
        ok(api.put("/api/v1/admin/modules/purchasing", ""));
        return api;
    }

    static String supplier(ApiClient api, String name) {
        return company(api, name);
    }

    /** A product of a type (storable, consumable, service), base unit {@code unit}, FIFO. */
    static String product(ApiClient api, String sku, String type) {
        return created(api.post("/api/v1/catalog/products", """
                {"sku":"%s","name":"Product %s","type":"%s","uom":"unit","salesPrice":"30.00","currency":"EUR",
                 "costMethod":"fifo"}""".formatted(sku, sku, type)));
    }

    /** Supplier information: price, minimum, multiple, lead time. */
    static void supplies(ApiClient api, String product, String party, String price, String min, String multiple, int lead) {
        ok(api.post("/api/v1/catalog/products/" + product + "/suppliers", """
                {"partyId":"%s","price":"%s","currency":"EUR","minimumQuantity":"%s","orderMultiple":"%s","leadTimeDays":%d}"""
                .formatted(party, price, min, multiple, lead)), 201);
    }

    /** A draft order of one line (price from the catalog when {@code price} is null); returns the order. */
    static JsonNode order(ApiClient api, String party, String product, String quantity, String price) {
        String p = price == null ? "" : ",\"unitPrice\":\"" + price + "\"";
        return ok(api.post(PUR + "orders", """
                {"partyId":"%s","date":"2026-11-02","lines":[{"productId":"%s","quantity":"%s"%s}]}"""
                .formatted(party, product, quantity, p)), 201);
    }

    /** A confirmed order of one line; returns its id. */
    static String confirmed(ApiClient api, String party, String product, String quantity, String price) {
        String id = order(api, party, product, quantity, price).get("id").asString();
        ok(api.post(PUR + "orders/" + id + "/confirm", ""));
        return id;
    }

    static JsonNode receive(ApiClient api, String order, int line, String quantity) {
        return ok(api.post(PUR + "orders/" + order + "/receive", """
                {"lines":[{"line":%d,"quantity":"%s"}]}""".formatted(line, quantity)));
    }

    static JsonNode get(ApiClient api, String order) {
        return ok(api.get(PUR + "orders/" + order));
    }

    /** An account's balance (debits − credits) in the trial balance. */
    static BigDecimal balance(ApiClient api, String account) {
        JsonNode tb = ok(api.get("/api/v1/accounting/reports/trial-balance?asOf=2030-12-31"));
        for (JsonNode l : tb.get("lines")) {
            if (l.get("account").asString().equals(account)) {
                return l.get("balance").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    /** The trial balance's total debits and credits are equal. */
    static boolean trialBalanceBalances(ApiClient api) {
        JsonNode totals = ok(api.get("/api/v1/accounting/reports/trial-balance?asOf=2030-12-31")).get("totals");
        return totals.get("debit").decimalValue().compareTo(totals.get("credit").decimalValue()) == 0;
    }
}
