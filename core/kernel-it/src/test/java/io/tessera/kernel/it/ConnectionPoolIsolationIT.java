package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.sdk.TenantRef;
import io.tessera.testkit.TesseraKernelExtension;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One pooled connection, shared by two threads running thousands of transactions for alternating
 * tenants with rollbacks injected: no transaction ever sees another tenant's row, and a connection
 * handed out by the pool never carries a tenant setting.
 */
class ConnectionPoolIsolationIT {

    private static final int THREADS = 2;
    private static final int TRANSACTIONS_PER_THREAD = 1500;

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .plugin(TestPlugins.notes())
            .property("spring.datasource.hikari.maximum-pool-size", "1")
            .property("spring.datasource.hikari.minimum-idle", "1")
            .build();

    /** Thrown to roll a transaction back. */
    static final class InjectedRollback extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedRollback() {
            super("injected rollback");
        }
    }

    @Test
    void noTransactionSeesAnotherTenantsRowsAndNoBorrowedConnectionCarriesATenant() throws Exception {
        List<TenantRef> tenants = List.of(kernel.createTenant("pool-a"), kernel.createTenant("pool-b"));
        Notes notes = new Notes(kernel);
        for (TenantRef tenant : tenants) {
            kernel.inTenant(tenant, () -> List.of(notes.persist(tenant.slug() + "-1"), notes.persist(tenant.slug() + "-2")));
        }
        EntityManager em = kernel.bean(EntityManager.class);
        DataSource dataSource = kernel.bean(DataSource.class);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        AtomicInteger rolledBack = new AtomicInteger();
        AtomicInteger committed = new AtomicInteger();
        List<String> violations = java.util.Collections.synchronizedList(new ArrayList<>());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int seed = t;
            runs.add(pool.submit(() -> {
                Random random = new Random(seed);
                for (int i = 0; i < TRANSACTIONS_PER_THREAD; i++) {
                    TenantRef tenant = tenants.get((i + seed) % 2);
                    boolean rollback = random.nextInt(3) == 0;
                    try {
                        kernel.inTenant(tenant, () -> {
                            if (rollback) {
                                notes.persist("doomed");
                            }
                            List<UUID> viaJpa = em.createQuery("select n.tenantId from Note n", UUID.class).getResultList();
                            List<UUID> viaSql = jdbc.sql("select tenant_id from notes").query(UUID.class).list();
                            String setting = jdbc.sql("select current_setting('app.tenant_id', true)").query(String.class).single();
                            if (viaJpa.isEmpty() || viaJpa.stream().anyMatch(id -> !id.equals(tenant.id()))) {
                                violations.add("JPA saw " + viaJpa + " as " + tenant.slug());
                            }
                            if (viaSql.isEmpty() || viaSql.stream().anyMatch(id -> !id.equals(tenant.id()))) {
                                violations.add("SQL saw " + viaSql + " as " + tenant.slug());
                            }
                            if (!tenant.id().toString().equals(setting)) {
                                violations.add("setting " + setting + " as " + tenant.slug());
                            }
                            if (rollback) {
                                throw new InjectedRollback();
                            }
                            return null;
                        });
                        committed.incrementAndGet();
                    } catch (InjectedRollback expected) {
                        rolledBack.incrementAndGet();
                    }
                    String leftover = borrowedConnectionSetting(dataSource);
                    if (leftover != null && !leftover.isEmpty()) {
                        violations.add("borrowed connection carried app.tenant_id=" + leftover);
                    }
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        assertThat(violations).isEmpty();
        assertThat(committed.get() + rolledBack.get()).isEqualTo(THREADS * TRANSACTIONS_PER_THREAD);
        assertThat(rolledBack.get()).isGreaterThan(THREADS * TRANSACTIONS_PER_THREAD / 5);
        for (TenantRef tenant : tenants) {
            assertThat(kernel.inTenant(tenant, () -> jdbc.sql("select count(*) from notes").query(Long.class).single()))
                    .as("rolled-back inserts left nothing for %s", tenant.slug()).isEqualTo(2L);
        }
    }

    private static String borrowedConnectionSetting(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('app.tenant_id', true)")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
