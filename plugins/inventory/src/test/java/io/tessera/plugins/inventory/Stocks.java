package io.tessera.plugins.inventory;

import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import tools.jackson.databind.JsonNode;

/** REST helpers of the inventory integration tests and the invariants every test class checks at its end. */
final class Stocks {

    static final String PASSWORD = "Inventory-Test-Password-1";
    static final String INV = "/api/v1/inventory/";

    private Stocks() {
    }

    /** A tenant with inventory (and thereby catalog) enabled, and its admin client. */
    static ApiClient tenant(TesseraKernelExtension kernel, String slug) {
        ApiClient api = kernel.provisionTenant(slug, PASSWORD);
        ok(api.put("/api/v1/admin/modules/inventory", ""));
        return api;
    }

    /** Creates a storable product through catalog's API. */
    static String product(ApiClient api, String sku, String tracking) {
        return created(api.post("/api/v1/catalog/products", """
                {"sku":"%s","name":"%s","type":"storable","uom":"unit","salesPrice":"10.00","currency":"EUR",
                 "costMethod":"fifo","tracking":"%s"}""".formatted(sku, sku, tracking)));
    }

    static String product(ApiClient api, String sku) {
        return product(api, sku, "none");
    }

    static String receiptLine(String product, String quantity, String extra) {
        return "{\"productId\":\"" + product + "\",\"quantity\":\"" + quantity + "\",\"unitCost\":\"2.50\"" + extra + "}";
    }

    /** A draft receipt of the lines; returns its id. */
    static String receipt(ApiClient api, String... lines) {
        return created(api.post(INV + "receipts", "{\"lines\":[" + String.join(",", lines) + "]}"));
    }

    /** Receives and validates a quantity of a product. */
    static void stockUp(ApiClient api, String product, String quantity) {
        String receipt = receipt(api, receiptLine(product, quantity, ""));
        ok(api.post(INV + "receipts/" + receipt + "/validate", ""));
    }

    /** A draft delivery of one line; returns its id. */
    static String delivery(ApiClient api, String product, String quantity) {
        return created(api.post(INV + "deliveries", "{\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":\""
                + quantity + "\"}]}"));
    }

    /** The stock figures of a product in the default warehouse. */
    static JsonNode stock(ApiClient api, String product) {
        return ok(api.get(INV + "stock?productId=" + product));
    }

    static BigDecimal onHand(ApiClient api, String product) {
        return stock(api, product).get("onHand").decimalValue();
    }

    /**
     * Keys whose balance disagrees with the ledger or whose reserved disagrees with the open reservations, and
     * balances below zero where negative stock is not allowed, across all tenants; empty when the invariants hold.
     * Written in SQL both PostgreSQL and the embedded H2 run (no full join), so the embedded test checks them too.
     */
    static List<String> invariantViolations(TesseraKernelExtension kernel) {
        List<String> violations = new ArrayList<>();
        String onHand = kernel.queryAsSuperuser("""
                with m as (
                  select tenant_id, product_id, to_location_id as loc, coalesce(lot_id, '00000000-0000-0000-0000-000000000000') as lot, quantity as q
                  from inv_moves where state = 'DONE'
                  union all
                  select tenant_id, product_id, from_location_id, coalesce(lot_id, '00000000-0000-0000-0000-000000000000'), -quantity
                  from inv_moves where state = 'DONE'),
                s as (
                  select m.tenant_id, m.product_id, m.loc, m.lot, sum(m.q) as q from m
                  join inv_locations l on l.tenant_id = m.tenant_id and l.id = m.loc
                  where l.usage in ('INTERNAL', 'TRANSIT') group by 1, 2, 3, 4),
                d as (
                  select s.product_id, s.q, coalesce(b.on_hand, 0) as on_hand from s
                  left join inv_balances b on b.tenant_id = s.tenant_id and b.product_id = s.product_id
                    and b.location_id = s.loc and b.lot_id = s.lot
                  union all
                  select b.product_id, 0, b.on_hand from inv_balances b
                  where not exists (select 1 from s where s.tenant_id = b.tenant_id and s.product_id = b.product_id
                    and s.loc = b.location_id and s.lot = b.lot_id))
                select coalesce(string_agg(d.product_id::text || ' ledger ' || d.q || ' balance ' || d.on_hand, '; '), '')
                from d where d.q <> d.on_hand""");
        if (!onHand.isEmpty()) {
            violations.add("on hand differs from the done moves: " + onHand);
        }
        String reserved = kernel.queryAsSuperuser("""
                select coalesce(string_agg(b.product_id::text || ' reserved ' || b.reserved || ' reservations '
                  || coalesce(r.q, 0), '; '), '')
                from inv_balances b left join (
                  select tenant_id, product_id, location_id, lot_id, sum(quantity) as q from inv_reservations group by 1, 2, 3, 4) r
                  on r.tenant_id = b.tenant_id and r.product_id = b.product_id and r.location_id = b.location_id and r.lot_id = b.lot_id
                where b.reserved <> coalesce(r.q, 0)""");
        if (!reserved.isEmpty()) {
            violations.add("reserved differs from the open reservations: " + reserved);
        }
        long negative = kernel.countAsSuperuser("select count(*) from inv_balances where (on_hand < 0 and not may_go_negative) or reserved < 0 or reserved > on_hand and reserved > 0");
        if (negative > 0) {
            violations.add(negative + " balances below zero or over-reserved");
        }
        return violations;
    }

    /**
     * Detach keeps the stock, enabling again restores it without seeding twice, and purge exports then erases the
     * tenant's inventory, leaving another tenant's: one case for PostgreSQL and the embedded database alike.
     */
    static void detachKeepsAndPurgeErases(TesseraKernelExtension kernel, String slug, String otherSlug) {
        ApiClient api = tenant(kernel, slug);
        String p = product(api, slug.toUpperCase() + "-1");
        stockUp(api, p, "9");
        assertThat(api.delete("/api/v1/admin/modules/inventory").status()).isIn(200, 204);
        assertProblem(api.get(INV + "stock?productId=" + p), 404);
        ok(api.put("/api/v1/admin/modules/inventory", ""));
        assertThat(onHand(api, p)).isEqualByComparingTo("9");
        assertThat(ok(api.get(INV + "warehouses")).size()).as("re-enabling seeds nothing twice").isEqualTo(1);

        ApiClient other = tenant(kernel, otherSlug);
        stockUp(other, product(other, otherSlug.toUpperCase() + "-1"), "1");
        long moves = count(kernel, "inv_moves", slug);
        assertThat(moves).isPositive();
        String token = ok(api.get("/api/v1/admin/modules/inventory/impact?action=purge")).get("confirmationToken").asString();
        ApiResponse purged = api.post("/api/v1/admin/modules/inventory/purge", "{\"confirmationToken\":\"" + token + "\"}");
        assertThat(purged.status()).as(purged.body()).isEqualTo(200);
        assertThat(purged.json().get("deleted").get("inv_moves").asLong()).isEqualTo(moves);
        for (String table : List.of("inv_moves", "inv_balances", "inv_transfers", "inv_locations", "inv_warehouses")) {
            assertThat(count(kernel, table, slug)).as(table).isZero();
        }
        assertThat(count(kernel, "inv_moves", otherSlug)).as("other tenants keep theirs").isPositive();
    }

    /** Rows of a table that belong to the tenant with this slug, counted as superuser. */
    static long count(TesseraKernelExtension kernel, String table, String slug) {
        return kernel.countAsSuperuser("select count(*) from " + table + " x join tenants t on t.id = x.tenant_id "
                + "where t.slug = ?", slug);
    }
}
