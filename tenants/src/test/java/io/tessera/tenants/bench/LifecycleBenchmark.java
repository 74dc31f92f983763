package io.tessera.tenants.bench;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.PluginJar;
import io.tessera.testkit.TesseraKernelExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Benchmark, not a test: prints figures and asserts nothing about time. Run on purpose with
 * {@code mvn -DskipTests install && mvn -pl tenants -Pbench verify}.
 *
 * <p>Measures tenant provisioning (create + enable three modules with seed data), module enable, and
 * {@code GET /api/v1/admin/modules} latency with 10 tenants in the database versus 10,000.
 */
class LifecycleBenchmark {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .plugin(BenchPlugins.module("bench-a", null), BenchPlugins.module("bench-b", "bench-a"),
                    BenchPlugins.module("bench-c", null))
            .property("logging.level.root", "WARN")
            .build();

    @Test
    void run() throws SQLException {
        warmUp();
        List<Double> provisioning = new ArrayList<>();
        List<Double> enables = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String slug = "bench-" + i;
            long start = System.nanoTime();
            provision(slug);
            ApiClient admin = kernel.api("admin@" + slug + ".test", PASSWORD);
            long enableStart = System.nanoTime();
            expect(admin.put("/api/v1/admin/modules/bench-b", ""), 200);
            enables.add(millis(enableStart));
            expect(admin.put("/api/v1/admin/modules/bench-c", ""), 200);
            provisioning.add(millis(start));
        }
        report("provision tenant + enable 3 modules (20 tenants)", provisioning);
        report("enable a module with its dependency (2 modules, 20 seed rows)", enables);

        ApiClient admin = kernel.api("admin@bench-0.test", PASSWORD);
        report("GET /api/v1/admin/modules, " + tenantCount() + " tenants", latency(admin, 300));
        addTenants(10_000 - (int) tenantCount());
        report("GET /api/v1/admin/modules, " + tenantCount() + " tenants", latency(admin, 300));
        report("one bcrypt password check (a first sign-in; repeats are cached)", passwordChecks(100));
    }

    private static List<Double> passwordChecks(int count) {
        var encoder = kernel.bean(org.springframework.security.crypto.password.PasswordEncoder.class);
        String hash = encoder.encode(PASSWORD);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            if (!encoder.matches(PASSWORD, hash)) {
                throw new IllegalStateException("password check failed");
            }
            times.add(millis(start));
        }
        return times;
    }

    private static void warmUp() {
        provision("warm");
        ApiClient admin = kernel.api("admin@warm.test", PASSWORD);
        admin.put("/api/v1/admin/modules/bench-b", "");
        latency(admin, 50);
    }

    private static List<Double> latency(ApiClient admin, int requests) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            expect(admin.get("/api/v1/admin/modules"), 200);
            times.add(millis(start));
        }
        return times;
    }

    /** Bulk-creates tenants with an admin membership and three enabled modules each, straight in SQL. */
    private static void addTenants(int count) throws SQLException {
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement()) {
            s.execute("insert into tenants (id, slug, name, status, created_at, version) "
                    + "select gen_random_uuid(), 'bulk-' || g, 'Bulk ' || g, 'ACTIVE', now(), 0 from generate_series(1, " + count + ") g");
            s.execute("insert into users (id, email, display_name, password_hash, status, created_at, version) "
                    + "select gen_random_uuid(), 'admin@' || slug || '.test', slug, null, 'ACTIVE', now(), 0 from tenants where slug like 'bulk-%'");
            s.execute("insert into memberships (tenant_id, id, user_id, roles, status, created_at, version) "
                    + "select t.id, gen_random_uuid(), u.id, 'admin', 'ACTIVE', now(), 0 from tenants t "
                    + "join users u on u.email = 'admin@' || t.slug || '.test' where t.slug like 'bulk-%'");
            s.execute("insert into tenant_modules (tenant_id, id, module_id, state, changed_at, version) "
                    + "select t.id, gen_random_uuid(), m, 'ENABLED', now(), 0 from tenants t "
                    + "cross join (values ('bench-a'), ('bench-b'), ('bench-c')) v(m) where t.slug like 'bulk-%'");
            s.execute("analyze");
        }
    }

    private static long tenantCount() throws SQLException {
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from tenants")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void provision(String slug) {
        expect(kernel.platformApi().post("/api/v1/platform/tenants", """
                {"slug":"%s","name":"%s","admin":{"email":"admin@%s.test","password":"%s"}}""".formatted(slug, slug, slug, PASSWORD)), 201);
    }

    private static void expect(ApiResponse response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ": " + response);
        }
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static void report(String what, List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf("BENCH %-70s n=%4d  mean=%8.1f ms  p50=%8.1f ms  p99=%8.1f ms  max=%8.1f ms%n", what,
                sorted.size(), mean, percentile(sorted, 50), percentile(sorted, 99), sorted.getLast());
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** Benchmark modules: a table and an installer seeding ten rows. */
    static final class BenchPlugins {
        static PluginJar module(String id, String dependencies) {
            return io.tessera.tenants.BenchAccess.module(id, dependencies, 10);
        }
    }
}
