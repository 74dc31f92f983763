package io.tessera.plugins.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Accounting's published {@code Postings} as another module uses it: a real plugin jar ({@link PosterPlugin}) finds
 * it through the SDK's typed lookup and posts in its own transaction, on PostgreSQL as the application role.
 */
class PostingsIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .plugin(PosterPlugin.jar()).build();

    private static final String POST = "/api/v1/acc-poster/post";

    @AfterAll
    static void ledgerInvariantsHold() throws SQLException {
        assertThat(Ledgers.invariantViolations(kernel)).isEmpty();
    }

    @Test
    void aBalancedEntryIsPostedByAccountCodeAndByRoleAndCommitsWithTheCallersTransaction() {
        ApiClient api = tenantWithPoster("post-ok");
        assertThat(api.get("/api/v1/acc-poster/present").json().get("present").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/acc-poster/accounts/INVENTORY").json().get("code").asString()).isEqualTo("1200");
        assertThat(api.get("/api/v1/acc-poster/accounts/STOCK_RECEIVED_NOT_BILLED").json().get("code").asString())
                .isEqualTo("3150");
        assertThat(api.get("/api/v1/acc-poster/accounts/COST_OF_GOODS_SOLD").json().get("code").asString()).isEqualTo("5010");
        assertThat(api.get("/api/v1/acc-poster/accounts/INVENTORY_ADJUSTMENT").json().get("code").asString()).isEqualTo("5020");

        ApiResponse posted = api.post(POST, body("2026-05-04", null,
                "{\"role\":\"INVENTORY\",\"debit\":\"120.50\"}", "{\"account\":\"3150\",\"credit\":\"120.50\"}"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        String id = posted.json().get("id").asString();
        JsonNode entry = api.get("/api/v1/accounting/journal-entries/" + id).json();
        assertThat(entry.get("state").asString()).isEqualTo("POSTED");
        assertThat(entry.get("source").asString()).isEqualTo("acc-poster");
        assertThat(entry.get("lines").findValuesAsString("account")).containsExactly("1200", "3150");
        JsonNode balances = api.get("/api/v1/acc-poster/balances?codes=1200,3150,5010&asOf=2026-05-04").json();
        assertThat(balances.get("1200").decimalValue()).isEqualByComparingTo("120.50");
        assertThat(balances.get("3150").decimalValue()).isEqualByComparingTo("-120.50");
        assertThat(balances.get("5010").decimalValue()).isZero();
        assertThat(api.get("/api/v1/acc-poster/balances?codes=1200&asOf=2026-05-03").json().get("1200").decimalValue())
                .isZero();

        // the caller's transaction fails after posting: the entry rolls back with it
        long before = entries("post-ok");
        ApiResponse failed = api.post(POST, body("2026-05-05", "caller failed",
                "{\"role\":\"INVENTORY\",\"debit\":\"1.00\"}", "{\"role\":\"STOCK_RECEIVED_NOT_BILLED\",\"credit\":\"1.00\"}"));
        assertThat(failed.status()).as(failed.body()).isEqualTo(409);
        assertThat(entries("post-ok")).isEqualTo(before);
    }

    @Test
    void unbalancedEntriesBadAmountsAndUnknownAccountsAreRefusedWithTheirReasonAndNothingIsWritten() {
        ApiClient api = tenantWithPoster("post-bad");
        assertRefused(api.post(POST, body("2026-05-04", null,
                "{\"role\":\"INVENTORY\",\"debit\":\"10.00\"}", "{\"account\":\"3150\",\"credit\":\"9.99\"}")),
                "UNBALANCED", "lines");
        assertRefused(api.post(POST, body("2026-05-04", null, "{\"role\":\"INVENTORY\",\"debit\":\"5\"}")),
                "UNBALANCED", "lines");
        assertRefused(api.post(POST, body("2026-05-04", null,
                "{\"role\":\"INVENTORY\",\"debit\":\"10.001\"}", "{\"account\":\"3150\",\"credit\":\"10.001\"}")),
                "INVALID_AMOUNT", "lines[0].debit");
        assertRefused(api.post(POST, body("2026-05-04", null,
                "{\"role\":\"INVENTORY\",\"debit\":\"-5\"}", "{\"account\":\"3150\",\"credit\":\"-5\"}")),
                "INVALID_AMOUNT", "lines[0].debit");
        assertRefused(api.post(POST, body("2026-05-04", null,
                "{\"role\":\"INVENTORY\",\"debit\":\"5\",\"credit\":\"5\"}", "{\"account\":\"3150\",\"credit\":\"0\"}")),
                "INVALID_AMOUNT", "lines[0]");
        assertRefused(api.post(POST, body("2026-05-04", null,
                "{\"role\":\"INVENTORY\",\"debit\":\"5\"}", "{\"account\":\"9999\",\"credit\":\"5\"}")),
                "NO_ACCOUNT", "lines[1].account");
        assertRefused(api.post(POST, body(null, null,
                "{\"role\":\"INVENTORY\",\"debit\":\"5\"}", "{\"account\":\"3150\",\"credit\":\"5\"}")),
                "INVALID", "date");
        assertThat(entries("post-bad")).isZero();
    }

    @Test
    void aDateOnOrBeforeTheLockDateIsRefusedAndTheLockDateCanBeRead() {
        ApiClient api = tenantWithPoster("post-lock");
        assertThat(api.get("/api/v1/acc-poster/lock-date").json().get("lockDate").asString()).isEqualTo("none");
        assertThat(api.put("/api/v1/accounting/lock-date", "{\"date\":\"2026-03-31\"}").status()).isEqualTo(200);
        JsonNode read = api.get("/api/v1/acc-poster/lock-date").json();
        assertThat(read.get("lockDate").asString()).isEqualTo("2026-03-31");
        assertThat(read.get("baseCurrency").asString()).isEqualTo("EUR");
        for (String date : new String[] {"2026-03-31", "2026-01-15"}) {
            assertRefused(api.post(POST, body(date, null,
                    "{\"role\":\"COST_OF_GOODS_SOLD\",\"debit\":\"7.00\"}", "{\"role\":\"INVENTORY\",\"credit\":\"7.00\"}")),
                    "LOCK_DATE", "date");
        }
        assertThat(entries("post-lock")).isZero();
        ApiResponse after = api.post(POST, body("2026-04-01", null,
                "{\"role\":\"COST_OF_GOODS_SOLD\",\"debit\":\"7.00\"}", "{\"role\":\"INVENTORY\",\"credit\":\"7.00\"}"));
        assertThat(after.json().has("id")).as(after.body()).isTrue();
        assertThat(entries("post-lock")).isEqualTo(1);
    }

    @Test
    void eachTenantPostsToAndReadsOnlyItsOwnLedgerAndTheLookupIsEmptyWithoutAccounting() {
        ApiClient a = tenantWithPoster("post-a");
        ApiClient b = tenantWithPoster("post-b");
        String id = a.post(POST, body("2026-06-01", null,
                "{\"role\":\"INVENTORY\",\"debit\":\"50.00\"}", "{\"role\":\"STOCK_RECEIVED_NOT_BILLED\",\"credit\":\"50.00\"}"))
                .json().get("id").asString();
        assertThat(a.get("/api/v1/accounting/journal-entries/" + id).status()).isEqualTo(200);
        assertThat(b.get("/api/v1/accounting/journal-entries/" + id).status()).isEqualTo(404);
        assertThat(b.get("/api/v1/acc-poster/balances?codes=1200&asOf=2026-12-31").json().get("1200").decimalValue()).isZero();
        assertThat(a.get("/api/v1/acc-poster/balances?codes=1200&asOf=2026-12-31").json().get("1200").decimalValue())
                .isEqualByComparingTo("50.00");

        ApiClient none = kernel.provisionTenant("post-none", Ledgers.PASSWORD);
        ApiResponse enabled = none.put("/api/v1/admin/modules/acc-poster", "");
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        assertThat(none.get("/api/v1/acc-poster/present").json().get("present").asBoolean()).isFalse();
        assertThat(none.post(POST, body("2026-06-01", null,
                "{\"role\":\"INVENTORY\",\"debit\":\"1.00\"}", "{\"role\":\"INVENTORY\",\"credit\":\"1.00\"}")).status())
                .isEqualTo(409);
    }

    @Test
    void aChartSeededBeforeTheStockRolesIsCompletedFromItsTemplateOnFirstUse() throws SQLException {
        ApiClient api = tenantWithPoster("post-old");
        UUID tenant = UUID.fromString(kernel.queryAsSuperuser("select id from tenants where slug = ?", "post-old"));
        oldChart(tenant);
        ApiResponse posted = api.post(POST, body("2026-05-04", null,
                "{\"role\":\"INVENTORY\",\"debit\":\"3.00\"}", "{\"role\":\"STOCK_RECEIVED_NOT_BILLED\",\"credit\":\"3.00\"}"));
        assertThat(posted.json().has("id")).as(posted.body()).isTrue();
        JsonNode inventory = api.get("/api/v1/accounting/accounts/1200").json();
        assertThat(inventory.get("role").asString()).isEqualTo("INVENTORY");
        JsonNode grni = api.get("/api/v1/accounting/accounts/3150").json();
        assertThat(grni.get("role").asString()).isEqualTo("STOCK_RECEIVED_NOT_BILLED");
        assertThat(grni.get("parentCode").asString()).isEqualTo("3");
        assertThat(api.get("/api/v1/accounting/accounts/5010").json().get("role").asString()).isEqualTo("COST_OF_GOODS_SOLD");
        assertThat(kernel.countAsSuperuser("select count(*) from acc_accounts where tenant_id = ? and role is not null", tenant))
                .isEqualTo(19);
    }

    @Test
    void aChartSeededBeforeTheStockRolesIsCompletedWhenTheModuleIsEnabledAgain() throws SQLException {
        ApiClient api = tenantWithPoster("post-reenable");
        UUID tenant = UUID.fromString(kernel.queryAsSuperuser("select id from tenants where slug = ?", "post-reenable"));
        oldChart(tenant);
        assertThat(kernel.countAsSuperuser("select count(*) from acc_accounts where tenant_id = ? and role is not null", tenant))
                .isEqualTo(11);
        assertThat(api.delete("/api/v1/admin/modules/accounting").status()).isEqualTo(200);
        assertThat(api.put("/api/v1/admin/modules/accounting", "").status()).isEqualTo(200);
        assertThat(kernel.countAsSuperuser("select count(*) from acc_accounts where tenant_id = ? and role is not null", tenant))
                .isEqualTo(19);
        assertThat(api.get("/api/v1/accounting/accounts/1200").json().get("role").asString()).isEqualTo("INVENTORY");
        assertThat(api.get("/api/v1/accounting/accounts/5030").json().get("role").asString()).isEqualTo("PRICE_DIFFERENCE");
        // enabling once more changes nothing
        assertThat(api.delete("/api/v1/admin/modules/accounting").status()).isEqualTo(200);
        assertThat(api.put("/api/v1/admin/modules/accounting", "").status()).isEqualTo(200);
        assertThat(kernel.countAsSuperuser("select count(*) from acc_accounts where tenant_id = ?", tenant)).isEqualTo(40);
    }

    /** The chart as it was seeded before the stock roles existed: 1200 without a role, no GRNI, COGS, adjustment, WIP accounts. */
    private static void oldChart(UUID tenant) throws SQLException {
        try (Connection c = kernel.adminConnection();
             PreparedStatement clear = c.prepareStatement("update acc_accounts set role = null where tenant_id = ? and code = '1200'");
             PreparedStatement drop = c.prepareStatement("delete from acc_accounts where tenant_id = ? and code in "
                     + "('3150', '5010', '5020', '5030', '1250', '5040', '5050')")) {
            clear.setObject(1, tenant);
            clear.executeUpdate();
            drop.setObject(1, tenant);
            assertThat(drop.executeUpdate()).isEqualTo(7);
        }
    }

    @Test
    void theChartsActiveAccountsAreListedByCodeForOtherModulesPickers() {
        ApiClient api = tenantWithPoster("post-chart");
        List<String> codes = new java.util.ArrayList<>();
        api.get("/api/v1/acc-poster/accounts").json().forEach(c -> codes.add(c.asString()));
        assertThat(codes).contains("1200", "3150", "5010").isSorted().doesNotHaveDuplicates();
        assertThat(api.put("/api/v1/accounting/accounts/1200", "{\"name\":\"Stock\",\"active\":false}").status())
                .as("the inventory account has a role and stays active").isNotEqualTo(200);
        ApiResponse added = api.post("/api/v1/accounting/accounts", "{\"code\":\"1219\",\"name\":\"Spare stock\",\"type\":\"asset\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/acc-poster/accounts").json().toString()).contains("\"1219\"");
        ApiResponse retired = api.put("/api/v1/accounting/accounts/1219", "{\"name\":\"Spare stock\",\"active\":false}");
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/acc-poster/accounts").json().toString()).as("an inactive account is not offered")
                .doesNotContain("\"1219\"");
        assertThat(tenantWithPoster("post-chart-2").get("/api/v1/acc-poster/accounts").json().toString())
                .as("another tenant's chart").doesNotContain("\"1219\"");
    }

    private static ApiClient tenantWithPoster(String slug) {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, slug);
        ApiResponse enabled = api.put("/api/v1/admin/modules/acc-poster", "");
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        return api;
    }

    private static long entries(String slug) {
        return kernel.countAsSuperuser("select count(*) from acc_entries e join tenants t on t.id = e.tenant_id "
                + "where t.slug = ?", slug);
    }

    private static String body(String date, String failAfter, String... lines) {
        return "{\"date\":" + (date == null ? "null" : "\"" + date + "\"") + ",\"description\":\"stock\",\"failAfter\":"
                + (failAfter == null ? "null" : "\"" + failAfter + "\"") + ",\"lines\":[" + String.join(",", lines) + "]}";
    }

    private static void assertRefused(ApiResponse response, String reason, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("refused").asString()).as(response.body()).isEqualTo(reason);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("status").asInt()).isEqualTo(422);
    }
}
