package io.tessera.server.citus;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.sdk.TenantRef;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * During a realistic workload over every first-party module — provisioning, enabling every module with its
 * demonstration data (installers write through Hibernate and JDBC), reading every list endpoint of the API, an API key
 * issued and used — every SQL statement the application sends that touches a tenant table constrains
 * {@code tenant_id} ({@link TenantRouting}), so Citus can route it to one shard. Statements are recorded twice: by a
 * Hibernate {@link RecordingInspector} and from the PostgreSQL driver's protocol log ({@link DriverStatements}, which
 * also sees JdbcClient/TenantJdbc SQL). The exceptions are listed below, each with its reason.
 */
class TenantRoutingIT {

    static final String PASSWORD = "correct-horse-battery";

    /**
     * Statements that read or claim rows across tenants by design, found by a fragment of their text. On Citus they
     * fan out to every shard (acceptable for the platform's background work) or their tables stay coordinator-local.
     */
    static final Map<String, String> CROSS_TENANT = Map.of(
            "from outbox_events", "the outbox dispatcher claims due events of every tenant (FOR UPDATE SKIP LOCKED);"
                    + " keep outbox_events coordinator-local under Citus, or claim per tenant",
            "from tenant_modules", "the task scheduler and the platform console find which tenants have a module enabled",
            "from memberships", "sign-in lists an account's memberships across tenants (by user id)");

    @RegisterExtension
    static final TesseraKernelExtension kernel = everyPlugin();

    static TesseraKernelExtension everyPlugin() {
        TesseraKernelExtension.Builder builder = TesseraKernelExtension.builder()
                .property("spring.jpa.properties.hibernate.session_factory.statement_inspector", RecordingInspector.class.getName());
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("tessera.plugins.built", "target/plugins")))) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(builder::plugin);
        } catch (IOException e) {
            throw new IllegalStateException("No plugin jars collected (run `mvn verify`)", e);
        }
        return builder.build();
    }

    @Test
    void everyStatementOnATenantTableNamesItsTenant() throws SQLException {
        TenantRouting routing = routing();
        List<String> jdbcStatements;
        RecordingInspector.STATEMENTS.clear();
        try (DriverStatements driver = DriverStatements.start()) {
            workload();
            jdbcStatements = new ArrayList<>(driver.statements());
        }
        List<String> hibernateStatements = new ArrayList<>(RecordingInspector.STATEMENTS);

        assertThat(hibernateStatements).as("Hibernate's statements").isNotEmpty()
                .anyMatch(sql -> !routing.tenantTables(sql).isEmpty());
        assertThat(jdbcStatements).as("the driver's statements").hasSizeGreaterThan(hibernateStatements.size() / 10)
                .anyMatch(sql -> sql.toLowerCase().contains("acc_entries"))
                .anyMatch(sql -> sql.toLowerCase().contains("inv_moves"));
        Map<String, String> unrouted = new TreeMap<>();
        Set<String> seen = new TreeSet<>(hibernateStatements);
        seen.addAll(jdbcStatements);
        Set<String> exceptionsUsed = new TreeSet<>();
        for (String sql : seen) {
            routing.problem(sql).ifPresent(problem -> {
                String exception = CROSS_TENANT.keySet().stream().filter(sql.toLowerCase()::contains).findFirst().orElse(null);
                if (exception == null) {
                    unrouted.put(sql, problem);
                } else {
                    exceptionsUsed.add(exception);
                }
            });
        }
        assertThat(unrouted).as(unrouted.entrySet().stream().map(e -> e.getValue() + ": " + e.getKey())
                .collect(Collectors.joining("\n", "statements Citus cannot route to one shard:\n", ""))).isEmpty();
        System.out.println("TenantRoutingIT: " + seen.size() + " distinct statements checked ("
                + hibernateStatements.size() + " from Hibernate, " + jdbcStatements.size() + " parsed by the driver); "
                + "cross-tenant exceptions seen: " + exceptionsUsed);
    }

    @Test
    void aStatementWithoutTheTenantIsFound() {
        TenantRouting routing = routing();
        assertThat(routing.problem("select p.id, p.name from parties p where p.name = ?"))
                .hasValueSatisfying(p -> assertThat(p).contains("[parties]"));
        assertThat(routing.problem("update api_keys set last_used_at = ? where id = ?")).isPresent();
        assertThat(routing.problem("delete from acc_lines where entry_id = ?")).isPresent();
        assertThat(routing.problem("insert into leads (id, name) values (?, ?)")).isPresent();
        assertThat(routing.problem("insert into acc_balances (tenant_id, id) select tenant_id, id from acc_lines where id = ?"))
                .isPresent();
        assertThat(routing.problem("select count(*) from parties p join notes n on n.party_id = p.id")).isPresent();
        // and the routable forms pass
        assertThat(routing.problem("select p1_0.id from parties p1_0 where p1_0.tenant_id=? and p1_0.id=?")).isEmpty();
        assertThat(routing.problem("insert into leads (tenant_id, id, name) values (?, ?, ?)")).isEmpty();
        assertThat(routing.problem("update api_keys set last_used_at = ? where id = ? and tenant_id = ?")).isEmpty();
        assertThat(routing.problem("select id from tenants where slug = ?")).isEmpty();
    }

    /** Provisioning, every module with demo data for two tenants, every list endpoint read, an API key used. */
    private static void workload() {
        List<String> modules = List.of("pipeline", "activities", "leads", "accounting", "catalog", "inventory", "sales",
                "purchasing", "mrp");
        ApiClient admin = null;
        for (String slug : List.of("routing-a", "routing-b")) {
            ApiClient client = kernel.provisionTenant(slug, PASSWORD);
            TenantRef tenant = kernel.tenant(slug);
            kernel.enableWithDemoData(tenant, modules.toArray(String[]::new));
            admin = admin == null ? client : admin;
        }
        ApiResponse docs = admin.get("/v3/api-docs");
        assertThat(docs.status()).as(docs.body()).isEqualTo(200);
        int read = 0;
        for (Map.Entry<String, JsonNode> path : docs.json().get("paths").properties()) {
            String p = path.getKey();
            if (p.startsWith("/api/") && !p.contains("{") && path.getValue().has("get") && !p.contains("/platform/")
                    && !p.endsWith("/export")) {
                ApiResponse response = admin.get(p);
                assertThat(response.status()).as(p + ": " + response.body()).isLessThan(500);
                read++;
            }
        }
        assertThat(read).as("list endpoints read").isGreaterThan(20);
        ApiResponse created = admin.post("/api/v1/admin/api-keys", "{\"name\":\"routing\",\"scopes\":[\"parties.read\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiResponse byKey = kernel.apiKey(created.json().get("secret").asString()).get("/api/v1/parties");
        assertThat(byKey.status()).as(byKey.body()).isEqualTo(200);
    }

    private static TenantRouting routing() {
        try (Connection c = kernel.adminConnection()) {
            CatalogSchema schema = CatalogSchema.read(c, "public");
            Set<String> distributed = new TreeSet<>();
            schema.tables().keySet().stream().filter(t -> CitusReadinessIT.RULES.distributed(t, schema)).forEach(distributed::add);
            return new TenantRouting(distributed);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
