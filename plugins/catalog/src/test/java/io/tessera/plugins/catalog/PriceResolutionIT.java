package io.tessera.plugins.catalog;

import static io.tessera.plugins.catalog.CatalogIT.fields;
import static io.tessera.plugins.catalog.CatalogIT.product;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Price lists and the one price resolution, over HTTP on PostgreSQL: the customer's own list first, then general
 * lists at the largest break not above the quantity (compared exactly across units), valid on the date, converted
 * to the asked unit, else the product's list price.
 */
class PriceResolutionIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin().build();

    static ApiClient acme;
    static ApiClient globex;
    static String eggs;
    static String toast;
    static String buyer;
    static String generalList;
    static String customerList;

    @BeforeAll
    static void catalog() {
        acme = kernel.provisionTenant("price-acme", "correct-horse-battery");
        globex = kernel.provisionTenant("price-globex", "correct-horse-battery");
        enable(acme, "catalog");
        enable(globex, "catalog");
        eggs = created(acme.post("/api/v1/catalog/products", product("EGG", "Eggs", "storable", "unit")
                .replace("}", ",\"salesUom\":\"dozen\",\"salesPrice\":3.60,\"currency\":\"EUR\"}")));
        toast = created(acme.post("/api/v1/catalog/products", product("TOAST", "Toast", "consumable", "unit")
                .replace("}", ",\"salesPrice\":2.00,\"currency\":\"EUR\"}")));
        buyer = company(acme, "Big Buyer");
        generalList = created(acme.post("/api/v1/catalog/price-lists", """
                {"name":"Wholesale","currency":"EUR","items":[
                  {"productId":"%s","uom":"unit","minQuantity":0,"price":0.25},
                  {"productId":"%s","uom":"unit","minQuantity":120,"price":0.20}]}""".formatted(eggs, eggs)));
        customerList = created(acme.post("/api/v1/catalog/price-lists", """
                {"name":"Big Buyer deal","currency":"EUR","partyId":"%s","items":[
                  {"productId":"%s","minQuantity":5,"price":2.50}]}""".formatted(buyer, eggs)));
        created(acme.post("/api/v1/catalog/price-lists", """
                {"name":"Summer","currency":"EUR","validFrom":"2027-06-01","validTo":"2027-08-31","items":[
                  {"productId":"%s","uom":"unit","price":0.22}]}""".formatted(eggs)));
    }

    static JsonNode price(String query) {
        return ok(acme.get("/api/v1/catalog/prices?currency=EUR&date=2027-01-15&" + query));
    }

    @Test
    void theLargestBreakNotAboveTheQuantityAppliesComparedInTheBreaksUnit() {
        // 6 dozen = 72 units: the 0-unit break, 0.25 per unit = 3.00 per dozen
        JsonNode six = price("productId=" + eggs + "&quantity=6&uom=dozen");
        assertThat(six.get("unitPrice").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(six.get("uom").asString()).isEqualTo("dozen");
        assertThat(six.get("priceListId").asString()).isEqualTo(generalList);
        // exactly 10 dozen = 120 units reaches the 120-unit break: 0.20 · 12 = 2.40 per dozen
        assertThat(price("productId=" + eggs + "&quantity=10&uom=dozen").get("unitPrice").decimalValue())
                .isEqualByComparingTo("2.40");
        assertThat(price("productId=" + eggs + "&quantity=9.99&uom=dozen").get("unitPrice").decimalValue())
                .isEqualByComparingTo("3.00");
        // without a unit: the sales unit (dozen)
        JsonNode defaultUnit = price("productId=" + eggs + "&quantity=1");
        assertThat(defaultUnit.get("uom").asString()).isEqualTo("dozen");
        assertThat(defaultUnit.get("unitPrice").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(price("productId=" + eggs + "&quantity=1&uom=unit").get("unitPrice").decimalValue())
                .isEqualByComparingTo("0.25");
    }

    @Test
    void theCustomersOwnListComesFirstFromItsBreakOn() {
        JsonNode five = price("productId=" + eggs + "&partyId=" + buyer + "&quantity=5&uom=dozen");
        assertThat(five.get("unitPrice").decimalValue()).isEqualByComparingTo("2.50");
        assertThat(five.get("priceListId").asString()).isEqualTo(customerList);
        // below the customer's break the general list applies, and 60 units in a customer list's dozen is still 5
        assertThat(price("productId=" + eggs + "&partyId=" + buyer + "&quantity=4&uom=dozen").get("priceListId").asString())
                .isEqualTo(generalList);
        assertThat(price("productId=" + eggs + "&partyId=" + buyer + "&quantity=60&uom=unit").get("unitPrice").decimalValue())
                .as("2.50 per dozen is 0.2083 per unit, at the currency's digits").isEqualByComparingTo("0.21");
        // another customer does not get it
        String other = company(acme, "Small Buyer");
        assertThat(price("productId=" + eggs + "&partyId=" + other + "&quantity=5&uom=dozen").get("priceListId").asString())
                .isEqualTo(generalList);
    }

    @Test
    void onlyListsValidOnTheDateApplyAndTheListPriceIsTheFallback() {
        JsonNode summer = ok(acme.get("/api/v1/catalog/prices?currency=EUR&date=2027-07-01&productId=" + eggs
                + "&quantity=6&uom=dozen"));
        assertThat(summer.get("unitPrice").decimalValue()).as("0.22 · 12, cheaper at the same break").isEqualByComparingTo("2.64");
        JsonNode autumn = ok(acme.get("/api/v1/catalog/prices?currency=EUR&date=2027-09-01&productId=" + eggs
                + "&quantity=6&uom=dozen"));
        assertThat(autumn.get("unitPrice").decimalValue()).isEqualByComparingTo("3.00");

        JsonNode listPrice = price("productId=" + toast + "&quantity=2&uom=dozen");
        assertThat(listPrice.get("unitPrice").decimalValue()).as("2.00 per unit is 24.00 per dozen").isEqualByComparingTo("24.00");
        assertThat(listPrice.get("priceListId").isNull()).isTrue();
        assertProblem(acme.get("/api/v1/catalog/prices?currency=USD&productId=" + toast), 404);
    }

    @Test
    void badQueriesAndBadListsAreRefusedNamingEveryField() {
        assertField(acme.get("/api/v1/catalog/prices?currency=EUR&productId=" + eggs + "&uom=kg"), 422, "uom");
        String theirs = created(globex.post("/api/v1/catalog/products", product("THEIRS", "Theirs", "storable", "unit")));
        String theirParty = company(globex, "Their customer");
        ApiResponse bad = acme.get("/api/v1/catalog/prices?currency=EURO&quantity=0&productId=" + theirs
                + "&partyId=" + theirParty);
        assertThat(fields(bad)).containsExactlyInAnyOrder("productId", "partyId", "quantity", "currency");

        ApiResponse list = acme.post("/api/v1/catalog/price-lists", """
                {"name":"Broken","currency":"EUR","partyId":"%s","validFrom":"2027-02-01","validTo":"2027-01-01","items":[
                  {"productId":"%s","price":1},
                  {"productId":"%s","uom":"kg","price":1},
                  {"productId":"%s","price":-1},
                  {"productId":"%s","uom":"unit","minQuantity":0,"price":0.3}]}""".formatted(theirParty, theirs, eggs, eggs, eggs));
        assertThat(fields(list)).containsExactlyInAnyOrder("partyId", "validTo", "items[0].productId", "items[1].uom",
                "items[2].price");
        assertField(acme.post("/api/v1/catalog/price-lists", """
                {"name":"Twice","currency":"EUR","items":[{"productId":"%s","uom":"unit","price":1},
                  {"productId":"%s","uom":"unit","minQuantity":0.000,"price":2}]}""".formatted(eggs, eggs)), 422,
                "items[1].minQuantity");
        assertProblem(acme.post("/api/v1/catalog/price-lists", "{\"name\":\"wholesale\",\"currency\":\"EUR\"}"), 409);
        assertThat(kernel.countAsSuperuser("select count(*) from catalog_price_lists where name in ('Broken', 'Twice')"))
                .isZero();
    }

    @Test
    void aPriceListIsReplacedWholeAndAnotherTenantsIsNotFound() {
        String id = created(acme.post("/api/v1/catalog/price-lists", """
                {"name":"Replaceable","currency":"USD","items":[{"productId":"%s","price":4}]}""".formatted(toast)));
        JsonNode replaced = ok(acme.put("/api/v1/catalog/price-lists/" + id, """
                {"name":"Replaceable","currency":"USD","items":[{"productId":"%s","uom":"dozen","minQuantity":2,"price":40},
                  {"productId":"%s","price":3.5}]}""".formatted(toast, toast)));
        assertThat(replaced.get("items").size()).isEqualTo(2);
        assertThat(ok(acme.get("/api/v1/catalog/prices?currency=USD&uom=dozen&quantity=2&productId=" + toast))
                .get("unitPrice").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(ok(acme.get("/api/v1/catalog/prices?currency=USD&uom=unit&quantity=1&productId=" + toast))
                .get("unitPrice").decimalValue()).isEqualByComparingTo("3.50");

        assertProblem(globex.get("/api/v1/catalog/price-lists/" + id), 404);
        assertProblem(globex.put("/api/v1/catalog/price-lists/" + id, "{\"name\":\"Mine\",\"currency\":\"USD\"}"), 404);
        assertProblem(globex.delete("/api/v1/catalog/price-lists/" + id), 404);
        assertThat(ok(globex.get("/api/v1/catalog/price-lists")).size()).isZero();
        assertThat(acme.delete("/api/v1/catalog/price-lists/" + id).status()).isEqualTo(204);
        assertProblem(acme.get("/api/v1/catalog/price-lists/" + id), 404);
        assertProblem(acme.get("/api/v1/catalog/prices?currency=USD&productId=" + toast), 404);
        assertProblem(acme.get("/api/v1/catalog/price-lists/" + UUID.randomUUID()), 404);
    }
}
