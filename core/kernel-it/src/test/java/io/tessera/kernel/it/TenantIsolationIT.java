package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.sdk.TenantRef;
import io.tessera.sdk.persistence.Ids;
import io.tessera.testkit.TesseraKernelExtension;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tenancy is enforced twice: by Hibernate and by PostgreSQL row-level security, for the application role. */
class TenantIsolationIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().plugin(TestPlugins.notes()).build();

    static TenantRef alpha;
    static TenantRef beta;
    static UUID betaNote;

    @BeforeAll
    static void twoTenantsWithNotes() {
        alpha = kernel.createTenant("alpha");
        beta = kernel.createTenant("beta");
        Notes notes = new Notes(kernel);
        kernel.inTenant(alpha, () -> List.of(notes.persist("alpha-1"), notes.persist("alpha-2")));
        betaNote = kernel.inTenant(beta, () -> notes.persist("beta-1"));
    }

    @Test
    void anEntitysInsertIsAuditedUnderItsOwnTenant() {
        // the audit trail's Hibernate listener, which the audit package contributes to the tenancy's persistence unit
        assertThat(kernel.countAsSuperuser("select count(*) from audit_log where entity_id = ? and action = 'INSERT' "
                + "and tenant_id = ?", betaNote.toString(), beta.id())).isEqualTo(1);
        assertThat(kernel.countAsSuperuser("select count(*) from audit_log where entity_id = ? and tenant_id <> ?",
                betaNote.toString(), beta.id())).isZero();
    }

    @Test
    void everyTenantTableIsUnderForcedRowLevelSecurityWithAPolicy() {
        List<Map<String, Object>> tables = jdbc().sql("""
                        select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                               (select count(*) from pg_policy p where p.polrelid = c.oid) as policies
                          from pg_class c
                          join pg_namespace n on n.oid = c.relnamespace
                          join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                         where n.nspname = current_schema() and c.relkind in ('r', 'p')""")
                .query().listOfRows();
        assertThat(tables).extracting(t -> t.get("relname"))
                .contains("parties", "party_roles", "party_addresses", "party_contact_points", "memberships", "notes");
        for (Map<String, Object> table : tables) {
            assertThat(table.get("relrowsecurity")).as("RLS enabled on %s", table.get("relname")).isEqualTo(true);
            assertThat(table.get("relforcerowsecurity")).as("RLS forced on %s", table.get("relname")).isEqualTo(true);
            assertThat((Long) table.get("policies")).as("policies on %s", table.get("relname")).isPositive();
        }
    }

    @Test
    void theApplicationRoleIsNoSuperuserCannotBypassRlsOwnsNothingAndIsWhatTheSuiteRunsAs() {
        JdbcClient jdbc = jdbc();
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(kernel.applicationRole());
        Map<String, Object> role = jdbc.sql("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                .query().singleRow();
        assertThat(role.get("rolsuper")).isEqualTo(false);
        assertThat(role.get("rolbypassrls")).isEqualTo(false);
        assertThat(jdbc.sql("""
                        select count(*) from pg_class c join pg_roles r on r.oid = c.relowner
                         where r.rolname = current_user""").query(Long.class).single()).isZero();
    }

    @Test
    void tenantIdLeadsEveryPrimaryKeyAndIndexOfTenantTables() {
        List<Map<String, Object>> indexes = jdbc().sql("""
                        select i.indexrelid::regclass::text as index, t.relname as table, i.indisprimary,
                               (select attname from pg_attribute where attrelid = t.oid and attnum = i.indkey[0]) as leading
                          from pg_index i
                          join pg_class t on t.oid = i.indrelid
                          join pg_namespace n on n.oid = t.relnamespace
                         where n.nspname = current_schema()
                           and exists (select 1 from pg_attribute a where a.attrelid = t.oid and a.attname = 'tenant_id')""")
                .query().listOfRows();
        assertThat(indexes).isNotEmpty();
        // the one deliberate exception: sign-in finds a user's memberships across tenants by user id
        // and the outbox dispatcher finds due events of every tenant by time
        // (API keys and public keys are found through the global key_routes table, so their unique keys lead with tenant_id)
        List<String> crossTenant = List.of("memberships_user_ix", "outbox_events_pending_ix");
        List<Map<String, Object>> checked = indexes.stream().filter(i -> !crossTenant.contains(i.get("index"))).toList();
        for (Map<String, Object> index : checked) {
            assertThat(index.get("leading")).as("leading column of %s", index.get("index")).isEqualTo("tenant_id");
        }
        assertThat(indexes).filteredOn(i -> Boolean.TRUE.equals(i.get("indisprimary"))).extracting(i -> i.get("table"))
                .contains("parties", "notes", "memberships");
    }

    @Test
    void jpaAndNativeQueriesSeeOnlyTheCurrentTenantsRows() {
        EntityManager em = kernel.bean(EntityManager.class);
        List<String> jpa = kernel.inTenant(alpha, () ->
                em.createQuery("select n.text from Note n order by n.text", String.class).getResultList());
        List<String> nativeSql = kernel.inTenant(alpha, () ->
                jdbc().sql("select text from notes order by text").query(String.class).list());
        List<Object> nativeJpa = kernel.inTenant(beta, () -> new java.util.ArrayList<Object>(em.createNativeQuery("select text from notes").getResultList()));

        assertThat(jpa).containsExactly("alpha-1", "alpha-2");
        assertThat(nativeSql).containsExactly("alpha-1", "alpha-2");
        assertThat(nativeJpa).containsExactly((Object) "beta-1");
        assertThat(kernel.inTenant(alpha, () -> em.find(new Notes(kernel).type(), betaNote))).isNull();
    }

    @Test
    void withoutATenantJpaAndNativeQueriesSeeNothing() {
        EntityManager em = kernel.bean(EntityManager.class);
        assertThat(kernel.withoutTenant(() -> em.createQuery("select n from Note n").getResultList())).isEmpty();
        assertThat(kernel.withoutTenant(() -> jdbc().sql("select count(*) from notes").query(Long.class).single())).isZero();
        assertThat(kernel.withoutTenant(() -> jdbc().sql("select count(*) from memberships").query(Long.class).single())).isZero();
        // and outside any transaction the setting does not exist at all
        assertThat(jdbc().sql("select count(*) from notes").query(Long.class).single()).isZero();
    }

    @Test
    void theDatabaseRefusesARowForAnotherTenant() {
        assertThatThrownBy(() -> kernel.inTenant(alpha, () -> jdbc()
                .sql("insert into notes (tenant_id, id, text, version) values (?, ?, 'smuggled', 0)")
                .params(beta.id(), Ids.newId()).update()))
                .hasStackTraceContaining("row-level security");
        assertThat(countAsSuperuser("select count(*) from notes where text = 'smuggled'")).isZero();
    }

    @Test
    void updatesAndDeletesReachOnlyTheCurrentTenantsRowsAndCannotMoveThem() {
        int ownTouched = kernel.inTenant(beta, () -> jdbc().sql("update notes set text = text where id = ?")
                .param(betaNote).update());
        int allTouched = kernel.inTenant(alpha, () -> jdbc().sql("update notes set text = text").update());
        int othersDeleted = kernel.inTenant(alpha, () -> jdbc().sql("delete from notes where id = ?").param(betaNote).update());

        assertThat(ownTouched).isEqualTo(1);
        assertThat(allTouched).isEqualTo(2);
        assertThat(othersDeleted).isZero();
        assertThatThrownBy(() -> kernel.inTenant(beta, () -> jdbc().sql("update notes set tenant_id = ? where id = ?")
                .params(alpha.id(), betaNote).update()))
                .hasStackTraceContaining("row-level security");
        assertThat(countAsSuperuser("select count(*) from notes where text = 'beta-1'")).isEqualTo(1);
    }

    @Test
    void hibernateRefusesToInsertOutsideTenantScope() {
        assertThatThrownBy(() -> kernel.withoutTenant(() -> new Notes(kernel).persist("orphan")))
                .hasStackTraceContaining("outside tenant scope");
    }

    private static JdbcClient jdbc() {
        return JdbcClient.create(kernel.bean(DataSource.class));
    }

    private static long countAsSuperuser(String sql) {
        try (Connection c = kernel.adminConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
