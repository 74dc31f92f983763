package io.tessera.plugins.mrp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.StatementCounter;
import io.tessera.testkit.TesseraKernelExtension;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Benchmark, not a test: prints figures and asserts nothing about time. Run on purpose with
 * {@code mvn -DskipTests install -pl plugins/catalog,plugins/inventory,plugins/accounting,plugins/mrp && mvn -pl
 * plugins/mrp -Pbench verify}.
 *
 * <p>An MRP run (365-day horizon, daily buckets) over products in 5 levels: a fifth of them end items with forecasts,
 * every product above the last level made of 3 products of the next level (shared at random), the last level bought.
 * Sizes: 1,000 products with 5,000 forecast lines, then 10,000 products with 50,000 (the figure; choose others
 * with {@code -Dmrp.bench.sizes=1000:5000,3000:15000}), each in its own tenant, the first 500 products created through catalog's CSV import and the rest copied from them, BOMs and forecasts bulk-loaded as superuser (the run is
 * what is measured). Reported per size: wall time from {@code POST /runs} to {@code done}, peak heap of the JVM
 * (kernel and benchmark share it) during the run, and — in a second run of the same data — the SQL statements the
 * PostgreSQL driver executed (its protocol log, which slows that run down, so its time is not reported).
 */
class MrpRunBenchmark {

    private static final String PASSWORD = "Mrp-Bench-Password-1";
    private static final int LEVELS = 5;

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../inventory/target/inventory.jar"))
            .property("logging.level.root", "WARN")
            .property("logging.level.io.tessera.plugins.mrp.planning.Planner", "INFO")
            .property("tessera.exports.dir", System.getProperty("java.io.tmpdir"))
            .build();

    @Test
    void run() throws Exception {
        System.out.println("\n=== MRP run benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB) ===");
        for (int[] size : sizes()) {
            measure(size[0], size[1]);
        }
    }

    /** Products and forecast lines per size: {@code -Dmrp.bench.sizes=1000:5000,10000:50000} (the default). */
    private static int[][] sizes() {
        String spec = System.getProperty("mrp.bench.sizes", "1000:5000,10000:50000");
        return java.util.Arrays.stream(spec.split(",")).map(s -> s.split(":"))
                .map(p -> new int[] {Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip())}).toArray(int[][]::new);
    }

    private void measure(int products, int demandLines) throws Exception {
        String slug = "bench-" + products;
        ApiClient api = kernel.provisionTenant(slug, PASSWORD);
        expect(api.put("/api/v1/admin/modules/mrp", ""), 200);
        UUID tenant = UUID.fromString(kernel.queryAsSuperuser("select id from tenants where slug = ?", slug));
        long load = System.nanoTime();
        // the first products through catalog's CSV import, the rest copies of P0 as superuser (the import checks each
        // row on its own and took 7 minutes for 10,000 on the loaded machine; the run is what is measured)
        int imported = Math.min(products, 500);
        StringBuilder csv = new StringBuilder("sku,name,type,uom,costMethod\n");
        for (int i = 0; i < imported; i++) {
            csv.append("P").append(i).append(",Product ").append(i).append(",storable,unit,fifo\n");
        }
        expect(api.postAs("/api/v1/catalog/products/import", "text/csv", csv.toString()), 200);
        List<UUID> ids = new ArrayList<>(products);
        try (Connection c = kernel.adminConnection()) {
            if (products > imported) {
                try (PreparedStatement copy = c.prepareStatement("""
                        insert into catalog_products select (jsonb_populate_record(p, jsonb_build_object('id',
                          gen_random_uuid(), 'sku', 'P' || g, 'name', 'Product ' || g))).*
                        from catalog_products p, generate_series(?, ?) g where p.tenant_id = ? and p.sku = 'P0'""")) {
                    copy.setInt(1, imported);
                    copy.setInt(2, products - 1);
                    copy.setObject(3, tenant);
                    assertThat(copy.executeUpdate()).isEqualTo(products - imported);
                }
            }
            try (PreparedStatement s = c.prepareStatement("select id, sku from catalog_products where tenant_id = ?")) {
                s.setObject(1, tenant);
                UUID[] bySku = new UUID[products];
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        bySku[Integer.parseInt(rs.getString(2).substring(1))] = rs.getObject(1, UUID.class);
                    }
                }
                ids.addAll(List.of(bySku));
            }
            bulkLoad(c, tenant, ids, demandLines);
        }
        double loadSeconds = (System.nanoTime() - load) / 1e9;

        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        JsonNode run = runToEnd(api);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("done");

        StatementCounter counter = StatementCounter.start();
        JsonNode counted;
        try {
            counted = runToEnd(api);
        } finally {
            counter.close();
        }
        assertThat(counted.get("plannedOrders").asInt()).isEqualTo(run.get("plannedOrders").asInt());
        System.out.printf("%,6d products, %,6d BOM lines, %,6d forecast lines, 365 daily buckets: run %.2f s wall "
                        + "(POST to done, incl. the task's ≤1 s poll), %,d planned orders, peak heap %,d MB, "
                        + "%,d SQL statements executed in %,d round trips (second run; batch rows count one each) "
                        + "[data load %.1f s]%n",
                products, (products - products / LEVELS) * 3, demandLines, seconds, run.get("plannedOrders").asInt(),
                peak / (1 << 20), counter.statements(), counter.roundTrips(), loadSeconds);
    }

    /** Levels of products / 5 each; every product above the last level has a BOM of 3 products of the next level. */
    private static void bulkLoad(Connection c, UUID tenant, List<UUID> ids, int demandLines) throws SQLException {
        int perLevel = ids.size() / LEVELS;
        Random random = new Random(42);
        OffsetDateTime now = OffsetDateTime.now();
        c.setAutoCommit(false);
        try (PreparedStatement bom = c.prepareStatement("insert into mrp_boms (tenant_id, id, product_id, quantity, uom, "
                + "active, active_product_id, created_at) values (?, ?, ?, 1, 'unit', true, ?, ?)");
             PreparedStatement line = c.prepareStatement("insert into mrp_bom_lines (tenant_id, bom_id, line_no, kind, "
                     + "product_id, quantity, uom, scrap_pct) values (?, ?, ?, 'COMPONENT', ?, ?, 'unit', 0)");
             PreparedStatement level = c.prepareStatement("insert into mrp_product_levels (tenant_id, product_id, "
                     + "low_level_code) values (?, ?, ?)");
             PreparedStatement forecast = c.prepareStatement("insert into mrp_forecasts (tenant_id, id, product_id, "
                     + "forecast_date, quantity, created_at) values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                int lvl = Math.min(i / perLevel, LEVELS - 1);
                level.setObject(1, tenant);
                level.setObject(2, ids.get(i));
                level.setInt(3, lvl);
                level.addBatch();
                if (lvl < LEVELS - 1) {
                    UUID id = UUID.randomUUID();
                    bom.setObject(1, tenant);
                    bom.setObject(2, id);
                    bom.setObject(3, ids.get(i));
                    bom.setObject(4, ids.get(i));
                    bom.setObject(5, now);
                    bom.addBatch();
                    List<Integer> picked = new ArrayList<>();
                    while (picked.size() < 3) {
                        int next = (lvl + 1) * perLevel + random.nextInt(perLevel);
                        if (!picked.contains(next)) {
                            picked.add(next);
                        }
                    }
                    for (int k = 0; k < 3; k++) {
                        line.setObject(1, tenant);
                        line.setObject(2, id);
                        line.setInt(3, k + 1);
                        line.setObject(4, ids.get(picked.get(k)));
                        line.setBigDecimal(5, BigDecimal.valueOf(1 + random.nextInt(3)));
                        line.addBatch();
                    }
                }
            }
            bom.executeBatch();
            line.executeBatch();
            level.executeBatch();
            LocalDate today = LocalDate.now();
            int perItem = demandLines / perLevel;
            for (int i = 0; i < perLevel; i++) {
                for (int k = 0; k < perItem; k++) {
                    forecast.setObject(1, tenant);
                    forecast.setObject(2, UUID.randomUUID());
                    forecast.setObject(3, ids.get(i));
                    forecast.setObject(4, today.plusDays(7 + k * 350L / perItem));
                    forecast.setBigDecimal(5, BigDecimal.valueOf(1 + random.nextInt(20)));
                    forecast.setObject(6, now);
                    forecast.addBatch();
                }
            }
            forecast.executeBatch();
            c.commit();
        }
    }

    private static JsonNode runToEnd(ApiClient api) {
        ApiResponse started = expect(api.post("/api/v1/mrp/runs", "{\"horizonDays\":365,\"bucket\":\"day\"}"), 202);
        String id = started.json().get("id").asString();
        while (true) {
            JsonNode view = expect(api.get("/api/v1/mrp/runs/" + id), 200).json();
            String state = view.get("state").asString();
            if (!state.equals("queued") && !state.equals("running")) {
                return view;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L); // a polling interval, not a wait for the result
        }
    }

    private static ApiResponse expect(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }
}
