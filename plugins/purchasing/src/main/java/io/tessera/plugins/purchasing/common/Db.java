package io.tessera.plugins.purchasing.common;

import io.tessera.sdk.CurrentTenant;
import io.tessera.sdk.persistence.Transactions;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The module's database access: a {@link JdbcClient} on the kernel's data source (joining the kernel's transaction,
 * so row-level security applies), the current tenant and the kernel's transactions. Every query still names
 * {@code tenant_id}, so the tenant-leading indexes are used.
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
     * The JDBC template, for batches.
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
     * The kernel's transactions (retrying serialization failures and deadlock victims of those they begin).
     *
     * @return the transactions
     */
    public Transactions tx() {
        return transactions;
    }

    /**
     * Whether an exception is the database refusing a row because of the named constraint (PostgreSQL names it as
     * created, H2 in upper case).
     *
     * @param e          the exception
     * @param constraint the constraint's name
     * @return {@code true} when it names that constraint
     */
    public static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains(constraint.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
