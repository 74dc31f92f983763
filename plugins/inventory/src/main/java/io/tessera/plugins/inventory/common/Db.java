package io.tessera.plugins.inventory.common;

import io.tessera.sdk.CurrentTenant;
import io.tessera.sdk.persistence.Transactions;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The module's database access: a {@link JdbcClient} on the kernel's data source (joining the kernel's
 * transaction, so row-level security applies), the current tenant id and the kernel's transactions. Every query
 * still names {@code tenant_id} so that the tenant-leading indexes are used.
 */
public final class Db {

    /** The lot key of a balance or reservation without a lot (a key column cannot be null). */
    public static final UUID NO_LOT = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CurrentTenant current;
    private final Transactions transactions;
    private final Dialect dialect;

    Db(DataSource dataSource, CurrentTenant current, Transactions tx) {
        this.dialect = Dialect.of(dataSource);
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
     * The database's dialect: the only place where PostgreSQL and the embedded H2 differ.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return dialect;
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
     * A SQL {@code uuid[]} of the given ids, for {@code = any(?)} and {@code unnest(?)}, created on the
     * transaction's connection.
     *
     * @param ids the ids
     * @return the array
     */
    public Array uuids(Collection<UUID> ids) {
        return template.execute((Connection c) -> c.createArrayOf("uuid", ids.toArray()));
    }

    /**
     * A SQL {@code varchar[]} of the given texts, created on the transaction's connection.
     *
     * @param texts the texts
     * @return the array
     */
    public Array strings(Collection<String> texts) {
        return template.execute((Connection c) -> c.createArrayOf("varchar", texts.toArray()));
    }

    /**
     * A SQL {@code integer[]} of the given numbers, created on the transaction's connection.
     *
     * @param numbers the numbers
     * @return the array
     */
    public Array ints(Collection<Integer> numbers) {
        return template.execute((Connection c) -> c.createArrayOf("integer", numbers.toArray()));
    }

    /**
     * Whether an exception is the database refusing a row because of the named CHECK or unique constraint.
     *
     * @param e          the exception
     * @param constraint the constraint's name
     * @return {@code true} when it names that constraint
     */
    public static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // PostgreSQL names the constraint as created, H2 (without DATABASE_TO_LOWER) in upper case
            if (t instanceof SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains(constraint.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
