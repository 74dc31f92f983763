package io.tessera.plugins.mrp.common;

import io.tessera.sdk.CurrentTenant;
import io.tessera.sdk.persistence.Transactions;
import java.sql.Array;
import java.sql.Connection;
import java.util.Collection;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The module's database access: a {@link JdbcClient} on the kernel's data source (joining the kernel's transaction,
 * so row-level security applies), the current tenant and the kernel's transactions. Every query still names
 * {@code tenant_id} so that the tenant-leading indexes are used.
 */
public final class Db {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CurrentTenant current;
    private final Transactions transactions;

    Db(DataSource dataSource, CurrentTenant current, Transactions tx) {
        this.template = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
        this.current = current;
        this.transactions = tx;
    }

    /**
     * The JDBC client.
     *
     * @return the client
     */
    public JdbcClient sql() {
        return jdbc;
    }

    /**
     * The JDBC template, for batch statements.
     *
     * @return the template
     */
    public JdbcTemplate jdbc() {
        return template;
    }

    /**
     * The current tenant's id.
     *
     * @return the id
     * @throws IllegalStateException outside tenant scope
     */
    public UUID tenant() {
        return current.require().id();
    }

    /**
     * The kernel's transactions.
     *
     * @return the transactions
     */
    public Transactions tx() {
        return transactions;
    }

    /**
     * A SQL {@code uuid[]} of the ids, for {@code = any(?)}, created on the transaction's connection.
     *
     * @param ids the ids
     * @return the array
     */
    public Array uuids(Collection<UUID> ids) {
        return template.execute((Connection c) -> c.createArrayOf("uuid", ids.toArray()));
    }

    /**
     * Locks the tenant's MRP state row for the rest of the transaction: BOM changes (cycle check and low-level codes)
     * and run starts are serialized per tenant by it. Creates the row when the module's installer has not yet.
     */
    public void lockTenant() {
        UUID tenant = tenant();
        int found = jdbc.sql("select count(*) from mrp_tenant_state where tenant_id = ?").param(tenant)
                .query(Integer.class).single();
        if (found == 0) {
            jdbc.sql("insert into mrp_tenant_state (tenant_id) values (?) on conflict do nothing").param(tenant).update();
        }
        jdbc.sql("select tenant_id from mrp_tenant_state where tenant_id = ? for update").param(tenant)
                .query(UUID.class).single();
    }
}
