package io.tessera.plugins.mrp;

import static io.tessera.plugins.mrp.Mrp.MRP;
import static io.tessera.plugins.mrp.Mrp.bom;
import static io.tessera.plugins.mrp.Mrp.product;
import static io.tessera.plugins.mrp.Mrp.stock;
import static io.tessera.plugins.mrp.Mrp.stockUp;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Manufacturing orders over HTTP with the real MRP, catalog, inventory and accounting jars on PostgreSQL as the
 * application role: confirm reserves, produce consumes to and produces from the production location at material +
 * operation cost with balanced journal entries through work in progress (left at zero) and the valuation invariant
 * intact, a partial quantity leaves a
 * backorder, concurrent orders never over-consume, another tenant's ids 404, detach keeps orders.
 */
class ProductionIT {

    static final String MO = MRP + "manufacturing-orders";

    @RegisterExtension
    static final TesseraKernelExtension kernel = Mrp.kernel();

    static ApiClient acme;
    static ApiClient globex;

    @BeforeAll
    static void tenants() {
        acme = Mrp.tenant(kernel, "mo-acme");
        ok(acme.put("/api/v1/admin/modules/accounting", ""));
        globex = Mrp.tenant(kernel, "mo-globex");
    }

    @AfterAll
    static void invariantsHold() {
        assertThat(invariantViolations()).isEmpty();
    }

    /** A product made of 2 A and 1 B (10 % scrap) along a routing of 30 min setup + 6 min per unit at 60 an hour. */
    record Kit(String product, String a, String b, String bom) {
    }

    static Kit kit(ApiClient api, String prefix) {
        String p = product(api, prefix + "-P");
        String a = product(api, prefix + "-A");
        String b = product(api, prefix + "-B");
        String center = created(api.post(MRP + "work-centers", """
                {"code":"%s-WC","name":"Assembly","costPerHour":"60"}""".formatted(prefix)));
        String routing = created(api.post(MRP + "routings", """
                {"name":"Assemble","operations":[{"name":"Assemble","workCenterId":"%s","setupMinutes":"30","runMinutes":"6"}]}"""
                .formatted(center)));
        String bom = created(api.post(MRP + "boms", """
                {"productId":"%s","quantity":"1","routingId":"%s","components":[{"productId":"%s","quantity":"2"},
                 {"productId":"%s","quantity":"1","scrap":"10"}]}""".formatted(p, routing, a, b)));
        return new Kit(p, a, b, bom);
    }

    static String order(ApiClient api, String product, String quantity) {
        return created(api.post(MO, "{\"productId\":\"" + product + "\",\"quantity\":\"" + quantity + "\"}"));
    }

    static BigDecimal figure(ApiClient api, String product, String field) {
        return stock(api, product).get(field).decimalValue();
    }

    @Test
    void produceConsumesComponentsAndCostsThemAtValuationPlusOperationTimeWithBalancedEntries() {
        Kit kit = kit(acme, "PR");
        stockUp(acme, kit.a(), "20", "2.50");
        stockUp(acme, kit.b(), "10", "4.00");
        String mo = order(acme, kit.product(), "5");
        JsonNode draft = ok(acme.get(MO + "/" + mo));
        assertThat(draft.get("state").asString()).isEqualTo("draft");
        assertThat(draft.get("lines").valueStream().map(l -> l.get("quantity").decimalValue().toPlainString()).toList())
                .as("2 × 5 and 1 × 5 + 10 % scrap").containsExactly("10", "5.5");

        assertThat(ok(acme.post(MO + "/" + mo + "/confirm", "")).get("state").asString()).isEqualTo("confirmed");
        assertThat(figure(acme, kit.a(), "reserved")).isEqualByComparingTo("10");
        assertThat(figure(acme, kit.b(), "reserved")).isEqualByComparingTo("5.5");

        long entries = kernel.countAsSuperuser("select count(*) from acc_entries e join tenants t on t.id = e.tenant_id "
                + "where t.slug = 'mo-acme' and e.source = 'inventory'");
        JsonNode produced = ok(acme.post(MO + "/" + mo + "/produce", "{\"quantity\":\"5\"}"));
        assertThat(produced.get("backorderId").isNull()).isTrue();
        // material 10 × 2.50 + 5.5 × 4.00 = 47; operations (30 + 5 × 6) min at 60 an hour = 60; 107 / 5 = 21.40
        assertThat(produced.get("materialCost").decimalValue()).isEqualByComparingTo("47");
        assertThat(produced.get("operationCost").decimalValue()).isEqualByComparingTo("60");
        assertThat(produced.get("unitCost").decimalValue()).isEqualByComparingTo("21.40");
        assertThat(figure(acme, kit.product(), "onHand")).isEqualByComparingTo("5");
        assertThat(figure(acme, kit.a(), "onHand")).isEqualByComparingTo("10");
        assertThat(figure(acme, kit.a(), "reserved")).isZero();
        assertThat(figure(acme, kit.b(), "onHand")).isEqualByComparingTo("4.5");
        JsonNode done = ok(acme.get(MO + "/" + mo));
        assertThat(done.get("state").asString()).isEqualTo("done");
        assertThat(done.get("producedQuantity").decimalValue()).isEqualByComparingTo("5");

        JsonNode valuation = ok(acme.get(Mrp.INV + "valuation?asOf=2099-12-31")).get("lines");
        assertThat(valuation.valueStream().filter(l -> l.get("productId").asString().equals(kit.product()))
                .map(l -> l.get("value").decimalValue()).findFirst().orElseThrow()).isEqualByComparingTo("107");
        assertThat(kernel.countAsSuperuser("select count(*) from acc_entries e join tenants t on t.id = e.tenant_id "
                + "where t.slug = 'mo-acme' and e.source = 'inventory'")).as("consumptions and the production posted")
                .isGreaterThan(entries);
        // consumption Dr WIP 47 / Cr stock 47; work-center time Dr WIP 60 / Cr absorbed 60; production Dr stock 107 / Cr WIP 107
        assertThat(orderLines(mo)).containsExactlyInAnyOrder("1250:60.00:0.00", "5050:0.00:60.00");
        assertThat(entryLines(mo, "inventory", "1250")).as("WIP debited with the components, credited with the product")
                .containsExactlyInAnyOrder("1250:22.00:0.00", "1250:25.00:0.00", "1250:0.00:107.00");
        assertThat(invariantViolations()).isEmpty();
    }

    @Test
    void aStandardCostProductEntersStockAtStandardAndTheDifferenceIsAProductionVariance() {
        ApiClient api = Mrp.tenant(kernel, "mo-standard");
        ok(api.put("/api/v1/admin/modules/accounting", ""));
        Kit kit = kit(api, "SC");
        String standard = created(api.post("/api/v1/catalog/products", """
                {"sku":"SC-STD","name":"SC-STD","type":"storable","uom":"unit","salesPrice":"30.00","currency":"EUR",
                 "costMethod":"standard","standardCost":"20.00"}"""));
        created(api.post(MRP + "boms", """
                {"productId":"%s","quantity":"1","routingId":"%s","components":[{"productId":"%s","quantity":"2"},
                 {"productId":"%s","quantity":"1","scrap":"10"}]}""".formatted(standard, ok(api.get(MRP + "boms/"
                + kit.bom())).get("routingId").asString(), kit.a(), kit.b())));
        stockUp(api, kit.a(), "10", "2.50");
        stockUp(api, kit.b(), "10", "4.00");
        String mo = order(api, standard, "5");
        ok(api.post(MO + "/" + mo + "/confirm", ""));
        JsonNode produced = ok(api.post(MO + "/" + mo + "/produce", "{\"quantity\":\"5\"}"));
        assertThat(produced.get("unitCost").decimalValue()).as("(47 + 60) / 5").isEqualByComparingTo("21.40");
        JsonNode valuation = ok(api.get(Mrp.INV + "valuation?asOf=2099-12-31")).get("lines");
        assertThat(valuation.valueStream().filter(l -> l.get("productId").asString().equals(standard))
                .map(l -> l.get("value").decimalValue()).findFirst().orElseThrow()).as("5 × 20.00").isEqualByComparingTo("100");
        // stock: 25 + 40 received − 47 consumed + 100 produced at standard; WIP: 47 + 60 − 107 = 0
        assertThat(balances("mo-standard")).as("WIP cleared; 5 × (21.40 − 20.00) to production variances")
                .containsEntry("1250", new BigDecimal("0.00")).containsEntry("5040", new BigDecimal("7.00"))
                .containsEntry("5050", new BigDecimal("-60.00")).containsEntry("1200", new BigDecimal("118.00"))
                .containsEntry("3150", new BigDecimal("-65.00"));
        assertThat(invariantViolations()).isEmpty();
    }

    @Test
    void aComponentIsConsumedFromTheLotNamedOnProduceElseFromItsReservedOldestLot() {
        Kit kit = kit(acme, "LT");
        String lotted = created(acme.post("/api/v1/catalog/products", """
                {"sku":"LT-LOT","name":"LT-LOT","type":"storable","uom":"unit","salesPrice":"10.00","currency":"EUR",
                 "costMethod":"fifo","tracking":"lot"}"""));
        String bom = created(acme.post(MRP + "boms", """
                {"productId":"%s","quantity":"1","active":true,"components":[{"productId":"%s","quantity":"2"},
                 {"productId":"%s","quantity":"1"}]}""".formatted(kit.product(), lotted, kit.b())));
        for (String lot : List.of("L-OLD", "L-NEW")) {
            String receipt = created(acme.post(Mrp.INV + "receipts", """
                    {"lines":[{"productId":"%s","quantity":"5","unitCost":"1.00","lot":"%s"}]}""".formatted(lotted, lot)));
            ok(acme.post(Mrp.INV + "receipts/" + receipt + "/validate", ""));
        }
        stockUp(acme, kit.b(), "10", "1.00");
        String mo = created(acme.post(MO, "{\"productId\":\"" + kit.product() + "\",\"quantity\":\"2\",\"bomId\":\""
                + bom + "\"}"));
        ok(acme.post(MO + "/" + mo + "/confirm", ""));
        assertThat(lotStock(lotted)).as("the oldest lot reserved").containsExactly("L-NEW 5 0", "L-OLD 5 4");

        assertField(acme.post(MO + "/" + mo + "/produce", """
                {"quantity":"1","components":[{"productId":"%s","lot":"L-NEW"},{"productId":"%s"}]}""".formatted(lotted,
                kit.a())), 422, "components[1].productId");
        JsonNode first = ok(acme.post(MO + "/" + mo + "/produce", """
                {"quantity":"1","components":[{"productId":"%s","lot":"L-NEW"}]}""".formatted(lotted)));
        assertThat(lotStock(lotted)).as("2 from the lot named; the backorder keeps the old lot's reservation")
                .containsExactly("L-NEW 3 0", "L-OLD 5 2");
        ok(acme.post(MO + "/" + first.get("backorderId").asString() + "/produce", "{\"quantity\":\"1\"}"));
        assertThat(lotStock(lotted)).as("no lot named: the reserved oldest lot").containsExactly("L-NEW 3 0", "L-OLD 3 0");
        assertThat(invariantViolations()).isEmpty();
    }

    /** A product's stock per lot as "lot on-hand reserved", by lot name. */
    static List<String> lotStock(String product) {
        String rows = kernel.queryAsSuperuser("""
                select string_agg(l.name || ' ' || trim_scale(sum_on) || ' ' || trim_scale(sum_res), ',' order by l.name)
                from (select lot_id, sum(on_hand) sum_on, sum(reserved) sum_res from inv_balances
                      where product_id = ?::uuid group by lot_id) b join inv_lots l on l.id = b.lot_id""", product);
        return rows == null ? List.of() : List.of(rows.split(","));
    }

    /** The lines of the entry MRP posted for an order, as code:debit:credit. */
    static List<String> orderLines(String order) {
        return entryLines(order, "mrp", null);
    }

    /** The lines of a source's entries about a document (inventory's: any of the order's transfers), as code:debit:credit. */
    static List<String> entryLines(String order, String source, String code) {
        String documents = source.equals("mrp") ? "e.source_id = ?::uuid"
                : "e.source_id in (select transfer_id from inv_moves where origin_module = 'mrp' and origin_id = ?::uuid)";
        String rows = kernel.queryAsSuperuser("select string_agg(a.code || ':' || x.base_debit::numeric(19, 2) || ':' || x.base_credit::numeric(19, 2), ',') "
                + "from acc_entries e join acc_lines x on x.tenant_id = e.tenant_id and x.entry_id = e.id "
                + "join acc_accounts a on a.tenant_id = x.tenant_id and a.id = x.account_id where e.source = '" + source
                + "' and " + documents + (code == null ? "" : " and a.code = '" + code + "'"), order);
        return rows == null ? List.of() : List.of(rows.split(","));
    }

    /** A tenant's account balances (debit − credit) by code, accounts with lines only. */
    static java.util.Map<String, BigDecimal> balances(String slug) {
        java.util.Map<String, BigDecimal> balances = new java.util.HashMap<>();
        try (Connection c = kernel.adminConnection(); PreparedStatement s = c.prepareStatement("""
                select a.code, sum(x.base_debit - x.base_credit) from acc_lines x
                join acc_accounts a on a.tenant_id = x.tenant_id and a.id = x.account_id
                join tenants t on t.id = x.tenant_id where t.slug = ? group by a.code""")) {
            s.setString(1, slug);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    balances.put(rs.getString(1), rs.getBigDecimal(2).setScale(2, java.math.RoundingMode.UNNECESSARY));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return balances;
    }

    @Test
    void aPartialQuantityLeavesAConfirmedBackorderThatTakesOverTheReservations() {
        Kit kit = kit(acme, "BO");
        stockUp(acme, kit.a(), "8", "1.00");
        stockUp(acme, kit.b(), "10", "1.00");
        String mo = order(acme, kit.product(), "4");
        ok(acme.post(MO + "/" + mo + "/confirm", ""));
        JsonNode produced = ok(acme.post(MO + "/" + mo + "/produce", "{\"quantity\":\"1\"}"));
        String backorder = produced.get("backorderId").asString();
        JsonNode first = ok(acme.get(MO + "/" + mo));
        assertThat(first.get("state").asString()).isEqualTo("done");
        assertThat(first.get("quantity").decimalValue()).isEqualByComparingTo("1");
        assertThat(first.get("lines").valueStream().map(l -> l.get("consumed").decimalValue().toPlainString()).toList())
                .containsExactly("2", "1.1");
        JsonNode rest = ok(acme.get(MO + "/" + backorder));
        assertThat(rest.get("state").asString()).isEqualTo("confirmed");
        assertThat(rest.get("backorderOf").asString()).isEqualTo(mo);
        assertThat(rest.get("quantity").decimalValue()).isEqualByComparingTo("3");
        assertThat(rest.get("lines").valueStream().map(l -> l.get("quantity").decimalValue().toPlainString()).toList())
                .containsExactly("6", "3.3");
        assertThat(figure(acme, kit.a(), "reserved")).as("the backorder's").isEqualByComparingTo("6");
        assertThat(figure(acme, kit.b(), "reserved")).isEqualByComparingTo("3.3");

        assertThat(ok(acme.post(MO + "/" + backorder + "/produce", "{\"quantity\":\"3\"}")).get("backorderId").isNull()).isTrue();
        assertThat(figure(acme, kit.product(), "onHand")).isEqualByComparingTo("4");
        assertThat(figure(acme, kit.a(), "onHand")).isZero();
        assertThat(figure(acme, kit.b(), "onHand")).isEqualByComparingTo("5.6");
    }

    @Test
    void statesAreEnforcedAndCancellingReleasesTheReservations() {
        Kit kit = kit(acme, "ST");
        stockUp(acme, kit.a(), "4", "1.00");
        String mo = order(acme, kit.product(), "2");
        assertProblem(acme.post(MO + "/" + mo + "/produce", "{\"quantity\":\"1\"}"), 409);
        ok(acme.post(MO + "/" + mo + "/confirm", ""));
        assertProblem(acme.post(MO + "/" + mo + "/confirm", ""), 409);
        assertField(acme.post(MO + "/" + mo + "/produce", "{\"quantity\":\"3\"}"), 422, "quantity");
        assertField(acme.post(MO + "/" + mo + "/produce", "{\"quantity\":\"0\"}"), 422, "quantity");
        assertThat(ok(acme.post(MO + "/" + mo + "/start", "")).get("state").asString()).isEqualTo("in_progress");
        ApiResponse shortOfB = acme.post(MO + "/" + mo + "/produce", "{\"quantity\":\"2\"}");
        assertProblem(shortOfB, 409);
        assertThat(shortOfB.json().get("detail").asString()).contains("ST-B");
        assertThat(figure(acme, kit.a(), "onHand")).as("nothing consumed by the refused produce").isEqualByComparingTo("4");
        assertThat(figure(acme, kit.a(), "reserved")).isEqualByComparingTo("4");
        assertThat(ok(acme.post(MO + "/" + mo + "/cancel", "")).get("state").asString()).isEqualTo("cancelled");
        assertThat(figure(acme, kit.a(), "reserved")).isZero();
        assertProblem(acme.post(MO + "/" + mo + "/produce", "{\"quantity\":\"1\"}"), 409);
        assertThat(ok(acme.get(MO + "?state=cancelled")).valueStream().map(o -> o.get("id").asString())).contains(mo);

        String other = product(acme, "ST-NOBOM");
        assertField(acme.post(MO, "{\"productId\":\"" + other + "\",\"quantity\":\"-1\"}"), 422, "quantity");
        ApiResponse bad = acme.post(MO, "{\"productId\":\"" + other + "\",\"quantity\":\"-1\"}");
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("productId", "quantity");
        assertField(acme.post(MO, "{\"productId\":\"" + other + "\",\"quantity\":\"1\",\"bomId\":\"" + kit.bom() + "\"}"),
                422, "bomId");
    }

    @Test
    void concurrentOrdersCompetingForAComponentNeverOverConsume() throws Exception {
        Kit kit = kit(acme, "CC");
        stockUp(acme, kit.b(), "100", "1.00");
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // each needs 4 A; confirmed while there is none, so nothing is reserved and all three race for it
            String mo = order(acme, kit.product(), "2");
            ok(acme.post(MO + "/" + mo + "/confirm", ""));
            orders.add(mo);
        }
        ok(acme.post(MO + "/" + orders.get(0) + "/cancel", ""));
        orders.set(0, order(acme, kit.product(), "2"));
        ok(acme.post(MO + "/" + orders.get(0) + "/confirm", ""));
        stockUp(acme, kit.a(), "10", "1.00");
        // the first order reserved nothing either? it was confirmed before the receipt too
        assertThat(figure(acme, kit.a(), "reserved")).isZero();

        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (String mo : orders) {
            Callable<Integer> produce = () -> {
                start.await();
                return acme.post(MO + "/" + mo + "/produce", "{\"quantity\":\"2\"}").status();
            };
            results.add(pool.submit(produce));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 200, 409);
        assertThat(figure(acme, kit.a(), "onHand")).as("10 − 2 × 4").isEqualByComparingTo("2");
        assertThat(figure(acme, kit.product(), "onHand")).isEqualByComparingTo("4");
        assertThat(invariantViolations()).isEmpty();
    }

    @Test
    void anotherTenantsOrdersProductsAndBomsAreNotFound() {
        Kit kit = kit(acme, "XT");
        String mo = order(acme, kit.product(), "1");
        for (String action : List.of("confirm", "start", "cancel")) {
            assertProblem(globex.post(MO + "/" + mo + "/" + action, ""), 404);
        }
        assertProblem(globex.post(MO + "/" + mo + "/produce", "{\"quantity\":\"1\"}"), 404);
        assertProblem(globex.get(MO + "/" + mo), 404);
        assertThat(ok(globex.get(MO)).valueStream().map(o -> o.get("id").asString())).doesNotContain(mo);
        assertField(globex.post(MO, "{\"productId\":\"" + kit.product() + "\",\"quantity\":\"1\"}"), 404, "productId");
        String theirs = product(globex, "XT-THEIRS");
        assertField(globex.post(MO, "{\"productId\":\"" + theirs + "\",\"quantity\":\"1\",\"bomId\":\"" + kit.bom() + "\"}"),
                404, "bomId");
        String theirWarehouse = ok(globex.get(Mrp.INV + "warehouses")).get(0).get("id").asString();
        assertField(acme.post(MO, "{\"productId\":\"" + kit.product() + "\",\"quantity\":\"1\",\"warehouseId\":\""
                + theirWarehouse + "\"}"), 404, "warehouseId");
        assertThat(ok(acme.get(MO + "/" + mo)).get("state").asString()).isEqualTo("draft");
    }

    @Test
    void detachKeepsOrdersAndEnablingAgainRestoresThem() {
        ApiClient api = Mrp.tenant(kernel, "mo-detach");
        Kit kit = kit(api, "DT");
        String mo = order(api, kit.product(), "3");
        assertThat(api.delete("/api/v1/admin/modules/mrp").status()).isIn(200, 204);
        assertProblem(api.get(MO + "/" + mo), 404);
        ok(api.put("/api/v1/admin/modules/mrp", ""));
        assertThat(ok(api.get(MO + "/" + mo)).get("quantity").decimalValue()).isEqualByComparingTo("3");
        assertThat(ok(api.get(MRP + "boms/" + kit.bom())).get("components").size()).isEqualTo(2);
    }

    /**
     * Across all tenants: balances equal the done moves, reserved equals the open reservations, nothing negative;
     * each product's valuation state equals its layers, the layers of each stock account equal its ledger balance and
     * every inventory entry balances.
     */
    static List<String> invariantViolations() {
        List<String> violations = new ArrayList<>();
        try (Connection c = kernel.adminConnection()) {
            collect(c, """
                    with m as (
                      select tenant_id, product_id, to_location_id as loc, lot_id, quantity as q from inv_moves where state = 'DONE'
                      union all
                      select tenant_id, product_id, from_location_id, lot_id, -quantity from inv_moves where state = 'DONE'),
                    s as (select m.tenant_id, m.product_id, sum(m.q) q from m join inv_locations l
                            on l.tenant_id = m.tenant_id and l.id = m.loc where l.usage in ('INTERNAL', 'TRANSIT') group by 1, 2),
                    b as (select tenant_id, product_id, sum(on_hand) q from inv_balances group by 1, 2)
                    select coalesce(s.product_id, b.product_id)::text from s full join b
                      on b.tenant_id = s.tenant_id and b.product_id = s.product_id where coalesce(s.q, 0) <> coalesce(b.q, 0)
                    """, "balance differs from the moves: ", violations);
            collect(c, """
                    select b.product_id::text from inv_balances b left join (select tenant_id, product_id, location_id, lot_id,
                      sum(quantity) q from inv_reservations group by 1, 2, 3, 4) r on r.tenant_id = b.tenant_id
                      and r.product_id = b.product_id and r.location_id = b.location_id and r.lot_id = b.lot_id
                     where b.reserved <> coalesce(r.q, 0) or b.on_hand < 0 or b.reserved > b.on_hand
                    """, "reserved differs or negative: ", violations);
            collect(c, """
                    select s.tenant_id || ':' || s.product_id from inv_valuation_products s
                      left join (select tenant_id, product_id, sum(quantity) q, sum(amount) v from inv_valuation_layers
                                  group by tenant_id, product_id) l on l.tenant_id = s.tenant_id and l.product_id = s.product_id
                     where s.quantity <> coalesce(l.q, 0) or s.amount <> coalesce(l.v, 0)
                    """, "valuation state differs from its layers: ", violations);
            collect(c, """
                    select l.tenant_id || ':' || l.inventory_account from
                      (select tenant_id, inventory_account, sum(amount) v from inv_valuation_layers
                        where inventory_account is not null group by tenant_id, inventory_account) l
                      left join (select a.tenant_id, a.code, sum(x.base_debit - x.base_credit) b from acc_lines x
                                   join acc_accounts a on a.tenant_id = x.tenant_id and a.id = x.account_id
                                  group by a.tenant_id, a.code) g on g.tenant_id = l.tenant_id and g.code = l.inventory_account
                     where l.v <> coalesce(g.b, 0)
                    """, "layers differ from the ledger: ", violations);
            collect(c, """
                    select e.tenant_id || ':' || e.id from acc_entries e join acc_lines x on x.tenant_id = e.tenant_id
                       and x.entry_id = e.id where e.source = 'inventory'
                     group by e.tenant_id, e.id having sum(x.base_debit) <> sum(x.base_credit) or count(*) < 2
                    """, "inventory entry unbalanced: ", violations);
            collect(c, """
                    select e.tenant_id || ':' || e.id from acc_entries e join acc_lines x on x.tenant_id = e.tenant_id
                       and x.entry_id = e.id where e.source = 'mrp'
                     group by e.tenant_id, e.id having sum(x.base_debit) <> sum(x.base_credit) or count(*) < 2
                    """, "mrp entry unbalanced: ", violations);
            collect(c, """
                    select a.tenant_id || ':' || a.code from acc_accounts a join acc_lines x on x.tenant_id = a.tenant_id
                       and x.account_id = a.id where a.role = 'WORK_IN_PROGRESS'
                     group by a.tenant_id, a.code having sum(x.base_debit - x.base_credit) <> 0
                    """, "work in progress left after production: ", violations);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return violations;
    }

    private static void collect(Connection c, String sql, String label, List<String> into) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                into.add(label + rs.getString(1));
            }
        }
    }
}
