package io.tessera.server.citus;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.TesseraKernelExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * After the migrations of the kernel, the tenants module (billing included) and every first-party plugin jar, the
 * schema on PostgreSQL can be distributed by Citus on {@code tenant_id} ({@link CitusRules}), and
 * {@code deploy/citus/distribute.sql} is exactly the script the catalog gives, so it cannot drift.
 */
class CitusReadinessIT {

    /** Global tables, replicated to every node: each is read without a tenant (sign-in, routing, the platform). */
    static final Set<String> REFERENCE_TABLES = Set.of(
            "tenants",           // the tenant registry: resolved by slug before any tenant is in scope
            "users",             // accounts sign in before a tenant is chosen; memberships link them to tenants
            "key_routes",        // API-key prefix / public key -> tenant, read before the tenant is known
            "sign_in_addresses", // where accounts signed in from, per account (not per tenant)
            "module_tables"      // which module owns which table: read by export, purge and offboarding
    );

    /**
     * Tables that stay on the coordinator only (Citus "local" tables): the migrator's Liquibase bookkeeping, one
     * {@code dbchangelog_<module>} per module (matched by that prefix), and Stripe's webhook inbox, written before any
     * tenant is known and claimed by the platform's worker, never joined with a tenant table.
     */
    static final Set<String> LOCAL_TABLES = Set.of("dbchangelog_lock", "billing_webhook_events");
    static final String LOCAL_PREFIX = "dbchangelog_";

    static final CitusRules RULES = new CitusRules(REFERENCE_TABLES, LOCAL_TABLES, LOCAL_PREFIX);
    static final Path SCRIPT = Path.of("../citus/distribute.sql");

    @RegisterExtension
    static final TesseraKernelExtension kernel = everyPlugin();

    static TesseraKernelExtension everyPlugin() {
        TesseraKernelExtension.Builder builder = TesseraKernelExtension.builder();
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("tessera.plugins.built", "target/plugins")))) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(builder::plugin);
        } catch (IOException e) {
            throw new IllegalStateException("No plugin jars collected (run `mvn verify`)", e);
        }
        return builder.build();
    }

    @Test
    void theMigratedSchemaCanBeDistributedByTenant() throws SQLException {
        CatalogSchema schema = schema("public");
        // every module migrated: the kernel, tenants with billing, and each plugin
        assertThat(schema.tables()).containsKeys("parties", "billing_customers", "acc_entries", "inv_moves", "sal_orders",
                "pur_orders", "mrp_orders", "catalog_products", "leads", "activities", "opportunities");
        assertThat(RULES.violations(schema)).isEmpty();
    }

    @Test
    void theDistributionScriptIsTheOneTheCatalogGives() throws SQLException, IOException {
        String generated = DistributionScript.of(schema("public"), RULES);
        Path written = Path.of("target/citus/distribute.sql");
        Files.createDirectories(written.getParent());
        Files.writeString(written, generated, StandardCharsets.UTF_8);
        assertThat(Files.readString(SCRIPT, StandardCharsets.UTF_8))
                .as("deploy/citus/distribute.sql differs from the catalog's script; review and copy " + written.toAbsolutePath())
                .isEqualTo(generated);
        assertThat(generated).contains("SELECT create_reference_table('key_routes');",
                "SELECT create_distributed_table('api_keys', 'tenant_id', colocate_with => ");
    }

    @Test
    void eachRuleFindsItsDeliberatelyBadTable() throws SQLException {
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement()) {
            s.execute("create schema citus_probe");
            try {
                s.execute("""
                        create table citus_probe.tenants (id uuid primary key);
                        create table citus_probe.good (tenant_id uuid not null, id uuid not null, code text not null,
                            primary key (tenant_id, id), unique (tenant_id, code));
                        create table citus_probe.bad_pk (tenant_id uuid not null, id uuid primary key);
                        create table citus_probe.bad_unique (tenant_id uuid not null, id uuid not null, code text not null,
                            primary key (tenant_id, id));
                        create unique index bad_unique_code_uk on citus_probe.bad_unique (code);
                        create table citus_probe.bad_fk (tenant_id uuid not null, id uuid not null, good_id uuid,
                            primary key (tenant_id, id),
                            constraint bad_fk_good_fk foreign key (id, good_id) references citus_probe.good (tenant_id, id));
                        create table citus_probe.nullable_tenant (tenant_id uuid, id uuid not null, primary key (id));
                        create table citus_probe.unlisted_global (id uuid primary key);
                        create table citus_probe.liquibase_probe (id text primary key);
                        create table citus_probe.ref_to_tenant (id uuid primary key, t uuid, g uuid,
                            constraint ref_to_tenant_fk foreign key (t, g) references citus_probe.good (tenant_id, id));
                        create table citus_probe.fine_fk (tenant_id uuid not null, id uuid not null, good_id uuid,
                            owner uuid references citus_probe.tenants (id),
                            primary key (tenant_id, id),
                            foreign key (tenant_id, good_id) references citus_probe.good (tenant_id, id));
                        """);
                CitusRules rules = new CitusRules(Set.of("tenants", "ref_to_tenant"), Set.of(), "liquibase_");
                List<String> found = rules.violations(schema("citus_probe"));
                assertThat(found).containsExactlyInAnyOrder(
                        "primary key bad_pk_pkey on bad_pk lacks tenant_id",
                        "unique index bad_unique_code_uk on bad_unique lacks tenant_id",
                        "foreign key bad_fk_good_fk bad_fk[id, good_id] -> good[tenant_id, id] does not pair tenant_id with tenant_id",
                        "table nullable_tenant: tenant_id is nullable",
                        "primary key nullable_tenant_pkey on nullable_tenant lacks tenant_id",
                        "table unlisted_global: global (no tenant_id) but not on the list of reference or local tables",
                        "foreign key ref_to_tenant_fk ref_to_tenant[t, g] -> good[tenant_id, id] references a distributed table from a reference table");
            } finally {
                s.execute("drop schema citus_probe cascade");
            }
        }
    }

    private static CatalogSchema schema(String name) throws SQLException {
        try (Connection c = kernel.adminConnection()) {
            return CatalogSchema.read(c, name);
        }
    }
}
