package io.tessera.plugins.inventory;

import static io.tessera.plugins.inventory.Stocks.INV;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Stock valuation through the REST API with the real inventory, catalog and accounting jars on PostgreSQL as the
 * application role: FIFO, moving average and standard cost layers, one balanced journal entry per validation, the
 * valuation and reconciliation reports, returns at the original cost, the lock date, append-only layers; and, after
 * the class, the valuation invariants across every tenant.
 */
class ValuationIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .build();

    @AfterAll
    static void valuationInvariantsHold() {
        assertThat(invariantViolations()).isEmpty();
    }

    @Test
    void fifoAverageAndStandardCostPostOneBalancedEntryPerValidationAndTheLayersReconcileWithTheLedger() {
        ApiClient api = tenantWithAccounting("val-books");
        String fifo = product(api, "VAL-FIFO", "fifo", null);
        String avg = product(api, "VAL-AVG", "average", null);
        String std = product(api, "VAL-STD", "standard", "10.00");

        validateReceipt(api, "2026-03-02", line(fifo, "10", "2.50"), line(avg, "10", "2.00"));
        validateReceipt(api, "2026-03-03", line(fifo, "10", "3.00"), line(fifo, "10", "3.50"), line(avg, "10", "4.00"),
                line(std, "4", "12.50"));
        JsonNode delivered = deliver(api, "2026-03-04", fifo, "15");
        deliver(api, "2026-03-04", avg, "5");

        // FIFO: 10 x 2.50 + 5 x 3.00 out, 5 x 3.00 + 10 x 3.50 left; average 3.00: 5 out, 15 left; standard 4 x 10.00
        assertValued(api, fifo, "15", "50.00");
        assertValued(api, avg, "15", "45.00");
        assertValued(api, std, "4", "40.00");
        assertThat(balance(api, "5010")).isEqualByComparingTo("55.00");
        assertThat(balance(api, "5030")).as("standard-cost variance 4 x 2.50").isEqualByComparingTo("10.00");
        assertThat(balance(api, "3150")).isEqualByComparingTo("-200.00");
        assertThat(balance(api, "1200")).isEqualByComparingTo("135.00");
        assertThat(inventoryEntries("val-books")).as("one entry per validation").isEqualTo(4);

        // a customer return comes back at the cost the delivery went out at: 40.00 / 15 per unit
        String move = delivered.get("transfer").get("lines").get(0).get("moveId").asString();
        ok(api.post(INV + "returns", "{\"date\":\"2026-03-05\",\"lines\":[{\"moveId\":\"" + move + "\",\"quantity\":\"3\"}]}"), 201);
        assertValued(api, fifo, "18", "58.00");
        assertThat(balance(api, "5010")).isEqualByComparingTo("47.00");

        // scrap goes against inventory adjustments at the average
        ok(api.post(INV + "scrap", "{\"date\":\"2026-03-05\",\"lines\":[{\"productId\":\"" + avg + "\",\"quantity\":\"2\"}]}"), 201);
        assertValued(api, avg, "13", "39.00");
        assertThat(balance(api, "5020")).isEqualByComparingTo("6.00");

        JsonNode report = ok(api.get(INV + "valuation?asOf=2026-03-31"));
        assertThat(report.get("totalValue").decimalValue()).isEqualByComparingTo("137.00");
        assertThat(report.get("products").asLong()).isEqualTo(3);
        JsonNode before = ok(api.get(INV + "valuation?asOf=2026-03-02"));
        assertThat(before.get("totalValue").decimalValue()).as("only the first receipt").isEqualByComparingTo("45.00");
        JsonNode page = ok(api.get(INV + "valuation?asOf=2026-03-31&size=2"));
        assertThat(page.get("lines")).hasSize(2);
        JsonNode rest = ok(api.get(INV + "valuation?asOf=2026-03-31&size=2&after=" + page.get("next").asString()));
        assertThat(rest.get("lines")).hasSize(1);
        assertThat(rest.get("next").isNull()).isTrue();
        assertField(api.get(INV + "valuation?size=0"), 422, "size");

        JsonNode reconciliation = ok(api.get(INV + "valuation/reconciliation?asOf=2026-03-31"));
        assertThat(reconciliation.get("agree").asBoolean()).as(reconciliation.toString()).isTrue();
        JsonNode stock = reconciliation.get("accounts").get(0);
        assertThat(stock.get("account").asString()).isEqualTo("1200");
        assertThat(stock.get("layersValue").decimalValue()).isEqualByComparingTo("137.00");
        assertThat(stock.get("ledgerBalance").decimalValue()).isEqualByComparingTo("137.00");
    }

    @Test
    void aCategorysOwnStockAccountIsPostedToAndReconciledNextToTheChartsDefault() {
        ApiClient api = tenantWithAccounting("val-category");
        created(api.post("/api/v1/accounting/accounts", "{\"code\":\"1210\",\"name\":\"Raw materials\",\"type\":\"asset\"}"));
        String category = created(api.post("/api/v1/catalog/categories",
                "{\"name\":\"Raw\",\"costMethod\":\"average\",\"inventoryAccount\":\"1210\"}"));
        String raw = created(api.post("/api/v1/catalog/products", """
                {"sku":"RAW-1","name":"Raw","type":"storable","uom":"unit","categoryId":"%s"}""".formatted(category)));
        String plain = product(api, "PLAIN-2", "fifo", null);
        validateReceipt(api, "2026-05-02", line(raw, "2", "5.00"), line(plain, "1", "7.00"));
        assertThat(balance(api, "1210")).isEqualByComparingTo("10.00");
        assertThat(balance(api, "1200")).isEqualByComparingTo("7.00");
        assertThat(balance(api, "3150")).isEqualByComparingTo("-17.00");
        JsonNode reconciliation = ok(api.get(INV + "valuation/reconciliation?asOf=2026-05-31"));
        assertThat(reconciliation.get("agree").asBoolean()).isTrue();
        assertThat(reconciliation.get("accounts").findValuesAsString("account")).containsExactly("1200", "1210");
        assertThat(inventoryEntries("val-category")).isEqualTo(1);
    }

    @Test
    void concurrentDeliveriesConsumeEachFifoLayerOnceAndPostOneEntryEach() throws Exception {
        ApiClient api = tenantWithAccounting("val-race");
        String p = product(api, "RACE-1", "fifo", null);
        validateReceipt(api, "2026-06-01", line(p, "10", "1.00"), line(p, "10", "2.00"));
        List<String> deliveries = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            deliveries.add(created(api.post(INV + "deliveries", "{\"date\":\"2026-06-02\",\"lines\":[{\"productId\":\""
                    + p + "\",\"quantity\":\"1\"}]}")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<ApiResponse> answers = new ArrayList<>();
        try {
            List<Callable<ApiResponse>> calls = new ArrayList<>();
            deliveries.forEach(d -> calls.add(() -> api.post(INV + "deliveries/" + d + "/validate", "")));
            for (Future<ApiResponse> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        for (ApiResponse r : answers) {
            assertThat(r.status()).as(r.body()).isIn(200, 409);
        }
        assertThat(answers.stream().filter(r -> r.status() == 200).count()).isEqualTo(20);
        // each layer consumed exactly once, whatever the order: 10 x 1.00 + 10 x 2.00 of cost, nothing left
        assertThat(balance(api, "5010")).isEqualByComparingTo("30.00");
        assertThat(balance(api, "1200")).isEqualByComparingTo("0.00");
        assertThat(ok(api.get(INV + "valuation?asOf=2026-12-31")).get("lines")).isEmpty();
        assertThat(inventoryEntries("val-race")).isEqualTo(21);
        assertThat(kernel.countAsSuperuser("select count(*) from inv_valuation_layers where product_id = ?::uuid "
                + "and remaining_qty <> 0", p)).isZero();
    }

    @Test
    void aMoveDatedOnOrBeforeTheLockDateIsRefusedAndNothingOfItIsWritten() {
        ApiClient api = tenantWithAccounting("val-lock");
        String p = product(api, "LOCK-1", "fifo", null);
        ok(api.put("/api/v1/accounting/lock-date", "{\"date\":\"2026-06-30\"}"));
        String receipt = created(api.post(INV + "receipts", "{\"date\":\"2026-06-30\",\"lines\":[" + line(p, "5", "1.00") + "]}"));
        assertField(api.post(INV + "receipts/" + receipt + "/validate", ""), 422, "date");
        assertThat(Stocks.onHand(api, p)).isEqualByComparingTo("0");
        assertThat(kernel.countAsSuperuser("select count(*) from inv_valuation_layers where product_id = ?::uuid", p)).isZero();
        assertThat(inventoryEntries("val-lock")).isZero();

        validateReceipt(api, "2026-07-01", line(p, "5", "1.00"));
        assertValued(api, p, "5", "5.00");
        assertThat(inventoryEntries("val-lock")).isEqualTo(1);
    }

    @Test
    void withoutAccountingLayersAreWrittenNothingIsPostedAndThereIsNothingToReconcile() {
        ApiClient api = Stocks.tenant(kernel, "val-plain");
        String p = product(api, "PLAIN-1", "average", null);
        validateReceipt(api, "2026-04-01", line(p, "4", "2.25"));
        assertValued(api, p, "4", "9.00");
        assertProblem(api.get(INV + "valuation/reconciliation"), 409);
        assertThat(kernel.countAsSuperuser("select count(*) from inv_valuation_layers l join tenants t on t.id = l.tenant_id "
                + "where t.slug = 'val-plain' and l.inventory_account is null and l.entry_id is null")).isEqualTo(1);

        // another tenant sees none of it
        ApiClient other = tenantWithAccounting("val-other");
        assertThat(ok(other.get(INV + "valuation?asOf=2026-12-31")).get("lines")).isEmpty();
    }

    @Test
    void layersAreAppendOnlyForTheApplicationRoleExceptFifoConsumptionTowardsZero() throws SQLException {
        ApiClient api = tenantWithAccounting("val-append");
        String p = product(api, "APP-1", "fifo", null);
        validateReceipt(api, "2026-05-01", line(p, "3", "1.00"));
        UUID tenant = UUID.fromString(kernel.queryAsSuperuser("select id from tenants where slug = 'val-append'"));
        for (String sql : List.of("update inv_valuation_layers set amount = 1 where product_id = ?::uuid",
                "update inv_valuation_layers set remaining_qty = 4, remaining_value = 4 where product_id = ?::uuid",
                "delete from inv_valuation_layers where product_id = ?::uuid")) {
            assertThatThrownBy(() -> kernel.asApplicationRole(tenant, c -> {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, p);
                    s.executeUpdate();
                }
            })).as(sql).isInstanceOf(SQLException.class);
        }
        assertValued(api, p, "3", "3.00");
    }

    // ---- helpers

    private static ApiClient tenantWithAccounting(String slug) {
        ApiClient api = Stocks.tenant(kernel, slug);
        ok(api.put("/api/v1/admin/modules/accounting", ""));
        return api;
    }

    private static String product(ApiClient api, String sku, String costMethod, String standardCost) {
        return created(api.post("/api/v1/catalog/products", """
                {"sku":"%s","name":"%s","type":"storable","uom":"unit","salesPrice":"10.00","currency":"EUR",
                 "costMethod":"%s","tracking":"none"%s}""".formatted(sku, sku, costMethod,
                standardCost == null ? "" : ",\"standardCost\":\"" + standardCost + "\"")));
    }

    private static String line(String product, String quantity, String unitCost) {
        return "{\"productId\":\"" + product + "\",\"quantity\":\"" + quantity + "\",\"unitCost\":\"" + unitCost + "\"}";
    }

    private static void validateReceipt(ApiClient api, String date, String... lines) {
        String receipt = created(api.post(INV + "receipts", "{\"date\":\"" + date + "\",\"lines\":["
                + String.join(",", lines) + "]}"));
        ok(api.post(INV + "receipts/" + receipt + "/validate", ""));
    }

    private static JsonNode deliver(ApiClient api, String date, String product, String quantity) {
        String delivery = created(api.post(INV + "deliveries", "{\"date\":\"" + date + "\",\"lines\":[{\"productId\":\""
                + product + "\",\"quantity\":\"" + quantity + "\"}]}"));
        return ok(api.post(INV + "deliveries/" + delivery + "/validate", ""));
    }

    private static void assertValued(ApiClient api, String product, String quantity, String value) {
        JsonNode lines = ok(api.get(INV + "valuation?asOf=2026-12-31")).get("lines");
        JsonNode found = null;
        for (JsonNode l : lines) {
            if (l.get("productId").asString().equals(product)) {
                found = l;
            }
        }
        assertThat(found).as("valuation of " + product + " in " + lines).isNotNull();
        assertThat(found.get("quantity").decimalValue()).isEqualByComparingTo(quantity);
        assertThat(found.get("value").decimalValue()).isEqualByComparingTo(value);
    }

    private static BigDecimal balance(ApiClient api, String account) {
        JsonNode tb = ok(api.get("/api/v1/accounting/reports/trial-balance?asOf=2026-12-31"));
        for (JsonNode l : tb.get("lines")) {
            if (l.get("account").asString().equals(account)) {
                return l.get("balance").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    private static long inventoryEntries(String slug) {
        return kernel.countAsSuperuser("select count(*) from acc_entries e join tenants t on t.id = e.tenant_id "
                + "where t.slug = ? and e.source = 'inventory'", slug);
    }

    /**
     * Across all tenants: each product's state equals the sum of its layers; with accounting, the layers of each stock
     * account equal its ledger balance and every inventory entry balances; an open FIFO layer never exceeds its layer.
     */
    static List<String> invariantViolations() {
        List<String> violations = new ArrayList<>();
        try (Connection c = kernel.adminConnection()) {
            collect(c, """
                    select s.tenant_id || ':' || s.product_id from inv_valuation_products s
                      left join (select tenant_id, product_id, sum(quantity) q, sum(amount) v from inv_valuation_layers
                                  group by tenant_id, product_id) l on l.tenant_id = s.tenant_id and l.product_id = s.product_id
                     where s.quantity <> coalesce(l.q, 0) or s.amount <> coalesce(l.v, 0)
                    """, "state differs from its layers: ", violations);
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
                    select tenant_id || ':' || id from inv_valuation_layers where remaining_qty is not null
                       and (abs(remaining_qty) > abs(quantity) and kind <> 'SETTLEMENT' or sign(remaining_qty) * sign(quantity) < 0)
                    """, "open layer beyond its quantity: ", violations);
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

