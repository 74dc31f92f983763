package io.tessera.plugins.pipeline.bench;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Benchmark, not a test: prints figures and asserts nothing about time. Run on purpose with
 * {@code mvn -pl plugins/pipeline -am -DskipTests install && mvn -pl plugins/pipeline -Pbench verify}.
 *
 * <p>1,000 tenants × 1,000 opportunities (1M rows, bulk-loaded in SQL as superuser, spread over five stages).
 * Measures {@code GET /api/v1/pipeline/opportunities?stageId=…&size=50} over real HTTP (authentication,
 * tenant resolution, module and permission checks, JPA, JSON) against the same two statements (page + count)
 * issued by plain JDBC on the application role's pool, in a transaction with the tenant set, in the same run.
 */
class OpportunityListBenchmark {

    static final String PASSWORD = "correct-horse-battery";
    static final int TENANTS = 1_000;
    static final int PER_TENANT = 1_000;
    static final int REQUESTS = 2_000;
    static final int THREADS = 4;

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .property("logging.level.root", "WARN")
            .property("spring.datasource.hikari.maximum-pool-size", "5")
            .build();

    @Test
    void run() throws Exception {
        ApiClient admin = kernel.provisionTenant("bench-0", PASSWORD);
        expect(admin.put("/api/v1/admin/modules/pipeline", ""), 200);
        long start = System.nanoTime();
        bulkLoad();
        System.out.printf("BENCH bulk load: %d tenants, %,d opportunities in %.1f s%n", tenantCount(),
                count("select count(*) from opportunities"), (System.nanoTime() - start) / 1e9);

        UUID tenant = UUID.fromString(kernel.queryAsSuperuser("select id::text from tenants where slug = 'bench-0'"));
        List<UUID> stages = new ArrayList<>();
        try (Connection c = kernel.adminConnection(); PreparedStatement s = c.prepareStatement(
                "select id from pipeline_stages where tenant_id = ? order by position")) {
            s.setObject(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stages.add(rs.getObject(1, UUID.class));
                }
            }
        }
        System.out.println("BENCH plan: " + explain(tenant, stages.get(2)));

        // warm up both paths
        for (int i = 0; i < 300; i++) {
            http(admin, stages.get(i % stages.size()), i % 4);
            jdbc(tenant, stages.get(i % stages.size()), i % 4);
        }
        List<Double> httpTimes = new ArrayList<>();
        List<Double> jdbcTimes = new ArrayList<>();
        long httpStart = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            httpTimes.add(http(admin, stages.get(i % stages.size()), i % 4));
        }
        double httpSeconds = (System.nanoTime() - httpStart) / 1e9;
        long jdbcStart = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            jdbcTimes.add(jdbc(tenant, stages.get(i % stages.size()), i % 4));
        }
        double jdbcSeconds = (System.nanoTime() - jdbcStart) / 1e9;
        List<Double> baseline = new ArrayList<>();
        long baselineStart = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            expect(admin.get("/api/v1/pipeline/pipelines"), 200);
            baseline.add((System.nanoTime() - t) / 1e6);
        }
        double baselineSeconds = (System.nanoTime() - baselineStart) / 1e9;
        report("HTTP GET opportunities?stageId&size=50, 1 client", httpTimes, REQUESTS / httpSeconds);
        report("HTTP GET pipelines (per-request fixed cost), 1 client", baseline, REQUESTS / baselineSeconds);
        report("JDBC same page + count query, 1 client", jdbcTimes, REQUESTS / jdbcSeconds);

        double httpParallel = parallel(() -> http(admin, stages.get(2), 0));
        double jdbcParallel = parallel(() -> jdbc(tenant, stages.get(2), 0));
        System.out.printf("BENCH throughput with %d clients: HTTP %.0f req/s, JDBC %.0f queries/s%n", THREADS,
                httpParallel, jdbcParallel);
        System.out.printf("BENCH ratio HTTP/JDBC: p50 %.1fx, p99 %.1fx, 1-client throughput %.2f, %d-client throughput %.2f%n",
                percentile(sorted(httpTimes), 50) / percentile(sorted(jdbcTimes), 50),
                percentile(sorted(httpTimes), 99) / percentile(sorted(jdbcTimes), 99),
                (REQUESTS / httpSeconds) / (REQUESTS / jdbcSeconds), THREADS, httpParallel / jdbcParallel);
    }

    interface Call {
        double run() throws Exception;
    }

    private static double parallel(Call call) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < REQUESTS / THREADS; i++) {
                        call.run();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return REQUESTS / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static double http(ApiClient admin, UUID stage, int page) {
        long start = System.nanoTime();
        ApiResponse response = admin.get("/api/v1/pipeline/opportunities?size=50&stageId=" + stage + "&page=" + page);
        double ms = (System.nanoTime() - start) / 1e6;
        expect(response, 200);
        if (!response.body().contains("\"totalElements\":200")) {
            throw new IllegalStateException("unexpected page: " + response.body().substring(0, 200));
        }
        return ms;
    }

    private static double jdbc(UUID tenant, UUID stage, int page) throws SQLException {
        long start = System.nanoTime();
        DataSource dataSource = kernel.bean(DataSource.class);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant.toString());
                set.executeQuery().close();
            }
            int rows = 0;
            try (PreparedStatement s = c.prepareStatement("""
                    select id, name, party_id, owner_id, amount, currency, expected_close_date, next_step, pipeline_id,
                           stage_id, status, lost_reason, closed_at, created_at, updated_at, version
                      from opportunities where tenant_id = ? and stage_id = ? order by id desc offset ? limit 50""")) {
                s.setObject(1, tenant);
                s.setObject(2, stage);
                s.setInt(3, page * 50);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "select count(*) from opportunities where tenant_id = ? and stage_id = ?")) {
                s.setObject(1, tenant);
                s.setObject(2, stage);
                s.executeQuery().close();
            }
            c.commit();
            if (rows != 50) {
                throw new IllegalStateException("expected 50 rows, got " + rows);
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static String explain(UUID tenant, UUID stage) throws SQLException {
        try (Connection c = kernel.adminConnection(); PreparedStatement s = c.prepareStatement(
                "explain select * from opportunities where tenant_id = ? and stage_id = ? order by id desc limit 50")) {
            s.setObject(1, tenant);
            s.setObject(2, stage);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1).strip()).append(" | ");
                }
            }
            return plan.toString();
        }
    }

    /**
     * 999 more tenants with the default pipeline and module enabled, then 1,000 opportunities for every tenant
     * (bench-0 included), 200 per stage, on one party each. Straight SQL as superuser.
     */
    private static void bulkLoad() throws SQLException {
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement()) {
            s.execute("insert into tenants (id, slug, name, status, created_at, version) select gen_random_uuid(), "
                    + "'bulk-' || g, 'Bulk ' || g, 'ACTIVE', now(), 0 from generate_series(1, " + (TENANTS - 1) + ") g");
            s.execute("insert into tenant_modules (tenant_id, id, module_id, state, changed_at, version) "
                    + "select id, gen_random_uuid(), 'pipeline', 'ENABLED', now(), 0 from tenants where slug like 'bulk-%'");
            s.execute("insert into pipelines (tenant_id, id, name, is_default, version) "
                    + "select id, gen_random_uuid(), 'Sales', true, 0 from tenants where slug like 'bulk-%'");
            s.execute("insert into pipeline_stages (tenant_id, id, pipeline_id, name, position, probability, version) "
                    + "select p.tenant_id, gen_random_uuid(), p.id, 'Stage ' || g, g, g * 20, 0 from pipelines p "
                    + "cross join generate_series(0, 4) g where p.tenant_id in (select id from tenants where slug like 'bulk-%')");
            s.execute("insert into parties (tenant_id, id, kind, name, created_at, updated_at, version) "
                    + "select id, gen_random_uuid(), 'COMPANY', 'Customer of ' || slug, now(), now(), 0 from tenants");
            s.execute("""
                    insert into opportunities (tenant_id, id, name, party_id, owner_id, amount, currency, expected_close_date,
                                               pipeline_id, stage_id, status, created_at, updated_at, version)
                    select st.tenant_id, gen_random_uuid(), 'Deal ' || g, pa.id, null, mod(g, 97) * 100.5, 'EUR',
                           current_date + mod(g, 365), st.pipeline_id, st.id, 'OPEN', now(), now(), 0
                      from pipeline_stages st
                      join parties pa on pa.tenant_id = st.tenant_id
                      cross join generate_series(1, %d) g""".formatted(PER_TENANT / 5));
            s.execute("analyze");
        }
    }

    private static long tenantCount() throws SQLException {
        return count("select count(*) from tenants");
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void expect(ApiResponse response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ": " + response);
        }
    }

    private static List<Double> sorted(List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted;
    }

    private static void report(String what, List<Double> samples, double perSecond) {
        List<Double> sorted = sorted(samples);
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf("BENCH %-55s n=%5d  %7.0f/s  mean=%7.2f ms  p50=%7.2f ms  p99=%7.2f ms  max=%7.2f ms%n", what,
                sorted.size(), perSecond, mean, percentile(sorted, 50), percentile(sorted, 99), sorted.getLast());
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
