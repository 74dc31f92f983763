package io.tessera.plugins.accounting.common;

import io.tessera.sdk.CurrentTenant;
import io.tessera.sdk.persistence.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The module's database access: a {@link JdbcClient} on the kernel's data source (joining the kernel's
 * transaction, so row-level security applies), the current tenant id, and dialect details. Every query
 * still names {@code tenant_id} so that tenant-leading indexes are used.
 */
public final class Db {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CurrentTenant current;
    private final Transactions transactions;
    private final boolean postgres;

    /**
     * Creates the access object.
     *
     * @param dataSource the kernel's data source
     * @param current    the current tenant
     * @param tx         the kernel's transactions (retrying transient aborts)
     */
    public Db(DataSource dataSource, CurrentTenant current, Transactions tx) {
        this.template = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
        this.current = current;
        this.transactions = tx;
        try (Connection c = dataSource.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot inspect the database", e);
        }
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
     * The JDBC template, for batch inserts.
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
     * The kernel's transactions, which retry transient aborts of those they begin.
     *
     * @return the transactions
     */
    public Transactions tx() {
        return transactions;
    }

    /**
     * The row lock that lets readers proceed together but waits for a writer: {@code for share} on
     * PostgreSQL, {@code for update} where shared locks do not exist.
     *
     * @return the SQL suffix
     */
    public String forShare() {
        return postgres ? " for share" : " for update";
    }
}
