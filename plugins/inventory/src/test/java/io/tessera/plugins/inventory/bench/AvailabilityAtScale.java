package io.tessera.plugins.inventory.bench;

import static io.tessera.plugins.inventory.bench.InventoryBenchmark.INV;
import static io.tessera.plugins.inventory.bench.InventoryBenchmark.expect;
import static io.tessera.plugins.inventory.bench.InventoryBenchmark.kernel;
import static io.tessera.plugins.inventory.bench.InventoryBenchmark.percentile;
import static io.tessera.plugins.inventory.bench.InventoryBenchmark.seconds;
import static io.tessera.plugins.inventory.bench.InventoryBenchmark.sorted;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Availability ({@code GET /api/v1/inventory/stock?productId=}: on hand and reserved from the balances, incoming
 * and outgoing from the open moves) at growing numbers of moves across 1,000 tenants of 50 products each.
 *
 * <p>Five tenants are provisioned through the API (inventory enabled, 50 products created through catalog's API);
 * the other 995 are tenant ids with a warehouse and three locations written directly. The moves are bulk-loaded by
 * the database superuser with {@code insert … select … from generate_series} (session_replication_role = replica,
 * i.e. no FK or trigger checks during the load; the rows are consistent by construction): per move, tenant = g mod
 * 1000, product = (g / 1000) mod 50, kind cycling with g / 50,000 so each product sees every kind; 60 % done receipts of 10, 35 % done deliveries of 1–3, 5 % open (draft)
 * receipts or deliveries; time-ordered ids like the application's. The balances get the same done moves summed
 * ({@code insert … on conflict do update}). The queries are HTTP requests of the five real tenants, i.e. the
 * application role under row-level security, one at a time, random tenant and product; each is checked against
 * what was loaded.
 */
final class AvailabilityAtScale {

    private static final int TENANTS = 1000;
    private static final int PRODUCTS = 50;
    private static final int[] REAL = {0, 200, 400, 600, 800};
    private static final int QUERIES = 400;
    private static final long LOAD_BUDGET_SECONDS = Long.getLong("bench.loadBudgetSeconds", 900);

    private AvailabilityAtScale() {
    }

    private record QueryTenant(int n, ApiClient api, List<String> products) {
    }

    static void run(long[] sizes) throws Exception {
        List<QueryTenant> queried = new ArrayList<>();
        for (int n : REAL) {
            String slug = "bench-scale-" + n;
            ApiClient api = kernel.provisionTenant(slug, InventoryBenchmark.PASSWORD);
            expect(api.put("/api/v1/admin/modules/inventory", ""), 200);
            List<String> products = new ArrayList<>();
            for (int p = 0; p < PRODUCTS; p++) {
                products.add(InventoryBenchmark.product(api, "S" + n + "-" + p));
            }
            queried.add(new QueryTenant(n, api, products));
        }
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
            s.execute("set session_replication_role = replica");
            s.execute("create temporary table bench_tenants (n int primary key, tenant uuid, stock uuid, supplier uuid, customer uuid)");
            s.execute("create temporary table bench_products (n int, p int, product uuid, primary key (n, p))");
            for (QueryTenant q : queried) {
                String slug = "bench-scale-" + q.n();
                s.execute("""
                        insert into bench_tenants select %d, t.id, w.stock_location_id,
                          (select id from inv_locations where tenant_id = t.id and usage = 'SUPPLIER'),
                          (select id from inv_locations where tenant_id = t.id and usage = 'CUSTOMER')
                        from tenants t join inv_warehouses w on w.tenant_id = t.id and w.code = 'WH' where t.slug = '%s'"""
                        .formatted(q.n(), slug));
                try (PreparedStatement p = c.prepareStatement("insert into bench_products values (?, ?, ?)")) {
                    for (int i = 0; i < PRODUCTS; i++) {
                        p.setInt(1, q.n());
                        p.setInt(2, i);
                        p.setObject(3, UUID.fromString(q.products().get(i)));
                        p.addBatch();
                    }
                    p.executeBatch();
                }
            }
            s.execute("""
                    insert into bench_tenants select n, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid()
                    from generate_series(0, %d) n where n not in (select n from bench_tenants)""".formatted(TENANTS - 1));
            s.execute("""
                    insert into bench_products select t.n, p, gen_random_uuid() from bench_tenants t cross join generate_series(0, %d) p
                    where not exists (select 1 from bench_products b where b.n = t.n)""".formatted(PRODUCTS - 1));
            s.execute("""
                    insert into inv_warehouses (tenant_id, id, code, name, stock_location_id)
                    select tenant, gen_random_uuid(), 'WH', 'Bench', stock from bench_tenants where n not in (%s)""".formatted(real()));
            s.execute("""
                    insert into inv_locations (tenant_id, id, code, name, usage, warehouse_id)
                    select t.tenant, x.id, x.code, x.code, x.usage, case when x.usage = 'INTERNAL' then w.id end
                    from bench_tenants t join inv_warehouses w on w.tenant_id = t.tenant
                    cross join lateral (values (t.stock, 'WH/STOCK', 'INTERNAL'), (t.supplier, 'SUPPLIERS', 'SUPPLIER'),
                      (t.customer, 'CUSTOMERS', 'CUSTOMER')) x(id, code, usage)
                    where t.n not in (%s)""".formatted(real()));
            Random random = new Random(7);
            double baseline = measure(queried, random, 0).get(0);
            long loaded = 0;
            double rowsPerSecond = 0;
            for (long size : sizes) {
                long rows = size - loaded;
                if (rowsPerSecond > 0 && rows / rowsPerSecond > LOAD_BUDGET_SECONDS) {
                    System.out.printf("%,d moves: skipped, loading %,d more rows would take about %.0f s at the %,.0f rows/s "
                            + "measured (budget %d s, -Dbench.loadBudgetSeconds)%n", size, rows, rows / rowsPerSecond, rowsPerSecond,
                            LOAD_BUDGET_SECONDS);
                    break;
                }
                long start = System.nanoTime();
                for (long from = loaded; from < size; from += 1_000_000) {
                    load(s, from + 1, Math.min(size, from + 1_000_000));
                }
                s.execute("analyze inv_moves");
                s.execute("analyze inv_balances");
                double took = seconds(start);
                rowsPerSecond = rows / took;
                loaded = size;
                long total = kernel.countAsSuperuser("select count(*) from inv_moves");
                List<Double> figures = measure(queried, random, size);
                System.out.printf("%,11d moves in inv_moves (%,d tenants, %,d per tenant): loaded %,d in %.0f s (%,.0f rows/s); "
                                + "GET /stock p50 %.1f ms, p99 %.1f ms (%d queries) | p50 vs empty tables %.2f%n",
                        total, TENANTS, total / TENANTS, rows, took, rowsPerSecond, figures.get(0), figures.get(1), QUERIES,
                        figures.get(0) / baseline);
            }
        }
    }

    private static String real() {
        StringBuilder b = new StringBuilder();
        for (int n : REAL) {
            b.append(b.isEmpty() ? "" : ",").append(n);
        }
        return b.toString();
    }

    /** Moves g in [first, last]: tenant g mod 1000, product (g / 1000) mod 50, kind by a hash of g. */
    private static void load(Statement s, long first, long last) throws Exception {
        String moves = """
                select g, t.tenant, p.product, t.stock, t.supplier, t.customer, k,
                  case when k < 12 then 10 else 1 + g %% 3 end as q
                from (select g, g %% %3$d as n, (g / %3$d) %% %4$d as pn, ((g / %5$d) * 7 + g) %% 20 as k
                      from generate_series(%1$d::bigint, %2$d::bigint) g) x
                join bench_tenants t on t.n = x.n join bench_products p on p.n = x.n and p.p = x.pn"""
                .formatted(first, last, TENANTS, PRODUCTS, TENANTS * PRODUCTS);
        s.execute("""
                insert into inv_moves (tenant_id, id, line_no, product_id, quantity, entered_quantity, entered_uom,
                  from_location_id, to_location_id, state, move_date, unit_cost, created_at, done_at)
                select tenant, ('00000000-0000-7000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 1, product, q, q, 'unit',
                  case when k < 12 or k = 19 and g %% 2 = 0 then supplier else stock end,
                  case when k < 12 or k = 19 and g %% 2 = 0 then stock else customer end,
                  case when k = 19 then 'DRAFT' else 'DONE' end, date '2024-01-01' + (g %% 700)::int,
                  case when k < 12 or k = 19 and g %% 2 = 0 then 2.5 end, now(), case when k = 19 then null else now() end
                from (%s) m""".formatted(moves));
        s.execute("""
                insert into inv_balances (tenant_id, product_id, location_id, lot_id, on_hand, reserved, may_go_negative)
                select tenant, product, stock, '00000000-0000-0000-0000-000000000000', sum(case when k < 12 then q else -q end), 0, false
                from (%s) m where k < 19 group by tenant, product, stock
                on conflict (tenant_id, product_id, location_id, lot_id) do update set on_hand = inv_balances.on_hand + excluded.on_hand"""
                .formatted(moves));
    }

    /** p50 and p99 in ms of random availability queries; each answer is checked against the loaded moves. */
    private static List<Double> measure(List<QueryTenant> queried, Random random, long size) {
        for (int i = 0; i < 50; i++) { // warm-up
            query(queried.get(random.nextInt(queried.size())), random.nextInt(PRODUCTS));
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            QueryTenant q = queried.get(random.nextInt(queried.size()));
            int p = random.nextInt(PRODUCTS);
            long start = System.nanoTime();
            ApiResponse r = query(q, p);
            times.add(seconds(start) * 1000);
            if (i < 3) {
                check(q, p, r, size);
            }
        }
        List<Double> s = sorted(times);
        return List.of(percentile(s, 0.50), percentile(s, 0.99));
    }

    private static ApiResponse query(QueryTenant q, int p) {
        return expect(q.api().get(INV + "stock?productId=" + q.products().get(p) + "&size=10"), 200);
    }

    /** The API's on hand and incoming must be what the generator loaded for that tenant and product. */
    private static void check(QueryTenant q, int p, ApiResponse r, long size) {
        long onHand = 0;
        long incoming = 0;
        for (long g = q.n() + (long) p * TENANTS; g <= size; g += (long) TENANTS * PRODUCTS) {
            if (g == 0) {
                continue;
            }
            long k = ((g / ((long) TENANTS * PRODUCTS)) * 7 + g) % 20;
            long quantity = k < 12 ? 10 : 1 + g % 3;
            if (k < 12) {
                onHand += quantity;
            } else if (k < 19) {
                onHand -= quantity;
            } else if (g % 2 == 0) {
                incoming += quantity;
            }
        }
        BigDecimal apiOnHand = r.json().get("onHand").decimalValue();
        BigDecimal apiIncoming = r.json().get("incoming").decimalValue();
        if (apiOnHand.compareTo(BigDecimal.valueOf(onHand)) != 0 || apiIncoming.compareTo(BigDecimal.valueOf(incoming)) != 0) {
            throw new IllegalStateException("tenant " + q.n() + " product " + p + ": expected on hand " + onHand + ", incoming "
                    + incoming + "; the API says " + r.body());
        }
    }
}
