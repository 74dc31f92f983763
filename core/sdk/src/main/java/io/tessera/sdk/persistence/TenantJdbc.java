package io.tessera.sdk.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's plain-SQL access to its own tables, implemented by the kernel: statements run on the kernel's data
 * source as the application role (which owns no table and cannot bypass row-level security) and join the current
 * transaction, into which the kernel bound the tenant in scope ({@code app.tenant_id}) when it began — so on
 * PostgreSQL a statement sees and writes only the current tenant's rows. Open the transaction with {@link #tx()};
 * outside one a statement runs without a tenant and, on PostgreSQL, sees nothing.
 *
 * <p>Row-level security is the second wall, not the first: native SQL is never filtered by Hibernate and the embedded
 * H2 has no row-level security, so every statement still names {@code tenant_id = ?} bound to {@link #tenant()}
 * (which also lets the tenant-leading indexes serve it). Build SQL from constants and bound parameters only.
 *
 * <pre>{@code
 * List<String> names = db.tx().read(() -> db.sql()
 *         .sql("select name from acc_accounts where tenant_id = ? and code = any(?)")
 *         .params(db.tenant(), db.strings(codes)).query(String.class).list());
 * }</pre>
 */
public interface TenantJdbc {

    /**
     * The JDBC client for single statements.
     *
     * @return the client, joining the current transaction
     */
    JdbcClient sql();

    /**
     * The JDBC template, for batch statements.
     *
     * @return the template, joining the current transaction
     */
    JdbcTemplate jdbc();

    /**
     * The current tenant's id, to bind as {@code tenant_id} in every statement.
     *
     * @return the id
     * @throws IllegalStateException outside tenant scope
     */
    UUID tenant();

    /**
     * The kernel's transactions, which bind the tenant and retry transient aborts of those they begin.
     *
     * @return the transactions
     */
    Transactions tx();

    /**
     * Whether the database is PostgreSQL (with row-level security) rather than the embedded H2 default.
     *
     * @return {@code true} on PostgreSQL
     */
    boolean postgres();

    /**
     * The row lock that lets readers proceed together but waits for a writer: {@code for share} on PostgreSQL,
     * {@code for update} where shared locks do not exist.
     *
     * @return the SQL suffix, with a leading space
     */
    default String forShare() {
        return postgres() ? " for share" : " for update";
    }

    /**
     * A SQL {@code uuid[]} of the ids, for {@code = any(?)} and {@code unnest(?)}, created on the transaction's
     * connection.
     *
     * @param ids the ids
     * @return the array
     */
    Array uuids(Collection<UUID> ids);

    /**
     * A SQL {@code varchar[]} of the texts, created on the transaction's connection.
     *
     * @param texts the texts
     * @return the array
     */
    Array strings(Collection<String> texts);

    /**
     * A SQL {@code integer[]} of the numbers, created on the transaction's connection.
     *
     * @param numbers the numbers
     * @return the array
     */
    Array ints(Collection<Integer> numbers);

    /**
     * Whether an exception is the database refusing a row because of the named CHECK, unique or foreign-key
     * constraint (PostgreSQL names it as created, H2 in upper case).
     *
     * @param e          the exception, or one wrapping it
     * @param constraint the constraint's name
     * @return {@code true} when a {@link SQLException} in its causes names that constraint
     */
    static boolean violates(Throwable e, String constraint) {
        String name = constraint.toLowerCase(Locale.ROOT);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }
}
