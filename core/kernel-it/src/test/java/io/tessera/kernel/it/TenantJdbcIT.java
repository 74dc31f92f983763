package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.testkit.TesseraKernelExtension;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.dao.DataAccessException;

/**
 * The SDK's {@link TenantJdbc} as the kernel implements it, on PostgreSQL: its statements run as the application role
 * in the transaction its {@code tx()} opens, with the tenant in scope bound for row-level security — so even a
 * statement that forgets {@code tenant_id} sees, and may write, only that tenant's rows.
 */
class TenantJdbcIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().plugin(TestPlugins.notes()).build();

    static TenantRef alpha;
    static TenantRef beta;
    static TenantJdbc db;

    @BeforeAll
    static void twoTenants() {
        alpha = kernel.createTenant("jdbc-alpha");
        beta = kernel.createTenant("jdbc-beta");
        db = kernel.bean(TenantJdbc.class);
    }

    @Test
    void statementsRunAsTheApplicationRoleInTheTransactionWithTheTenantBound() {
        List<UUID> alphaIds = List.of(Ids.newId(), Ids.newId());
        UUID betaId = Ids.newId();
        as(alpha, () -> db.tx().write(() -> db.jdbc().batchUpdate("insert into notes (tenant_id, id, text, version) values (?, ?, ?, 0)",
                alphaIds.stream().map(id -> new Object[] {db.tenant(), id, "alpha"}).toList())));
        as(beta, () -> db.tx().write(() -> db.sql().sql("insert into notes (tenant_id, id, text, version) values (?, ?, 'beta', 0)")
                .params(db.tenant(), betaId).update()));

        assertThat(as(alpha, () -> db.tx().read(() -> db.sql().sql("select current_user").query(String.class).single())))
                .isEqualTo(kernel.applicationRole());
        assertThat(as(alpha, () -> db.tx().read(() -> db.sql().sql("select current_setting('app.tenant_id', true)")
                .query(String.class).single()))).isEqualTo(alpha.id().toString());
        // no tenant_id in the statement: row-level security still shows alpha only its own rows
        assertThat(as(alpha, () -> db.tx().read(() -> db.sql().sql("select id from notes where id = any(?)")
                .param(db.uuids(List.of(alphaIds.get(0), alphaIds.get(1), betaId))).query(UUID.class).set())))
                .containsExactlyInAnyOrderElementsOf(alphaIds);
        assertThat(as(beta, () -> db.tx().read(() -> db.sql().sql("select id from notes").query(UUID.class).list())))
                .containsExactly(betaId);
    }

    @Test
    void aRowForAnotherTenantIsRefusedAndTheRefusalNamesItsCause() {
        UUID id = Ids.newId();
        assertThatThrownBy(() -> as(alpha, () -> db.tx().write(() -> db.sql()
                .sql("insert into notes (tenant_id, id, text, version) values (?, ?, 'smuggled', 0)")
                .params(beta.id(), id).update())))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("row-level security");
        assertThat(as(beta, () -> db.tx().read(() -> db.sql().sql("select count(*) from notes where id = ?").param(id)
                .query(Long.class).single()))).isZero();

        UUID twice = Ids.newId();
        as(alpha, () -> db.tx().write(() -> db.sql().sql("insert into notes (tenant_id, id, text, version) values (?, ?, 'once', 0)")
                .params(db.tenant(), twice).update()));
        Throwable duplicate = org.assertj.core.api.Assertions.catchThrowable(() -> as(alpha, () -> db.tx().write(() -> db.sql()
                .sql("insert into notes (tenant_id, id, text, version) values (?, ?, 'twice', 0)").params(db.tenant(), twice).update())));
        assertThat(TenantJdbc.violates(duplicate, "NOTES_PKEY")).isTrue();
        assertThat(TenantJdbc.violates(duplicate, "other_constraint")).isFalse();
        assertThat(TenantJdbc.violates(new IllegalStateException("notes_pkey"), "notes_pkey")).as("not a database refusal").isFalse();
    }

    @Test
    void arraysAndLocksFollowTheDatabase() {
        assertThat(db.postgres()).isTrue();
        assertThat(db.forShare()).isEqualTo(" for share");
        assertThat(as(alpha, () -> db.tx().read(() -> db.sql().sql("select cardinality(?) + cardinality(?)")
                .params(db.strings(List.of("a", "b")), db.ints(List.of(1, 2, 3))).query(Integer.class).single()))).isEqualTo(5);
    }

    @Test
    void outsideTenantScopeThereIsNoTenantToBind() {
        assertThatThrownBy(() -> TenantContext.callWithoutTenant(() -> db.tenant()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No tenant");
        assertThat(TenantContext.callWithoutTenant(() -> db.tx().read(() -> db.sql().sql("select count(*) from notes")
                .query(Long.class).single()))).as("without a tenant row-level security shows nothing").isZero();
    }

    private static <T> T as(TenantRef tenant, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant, null, work);
    }
}
