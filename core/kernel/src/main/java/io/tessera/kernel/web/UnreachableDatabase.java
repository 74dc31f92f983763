package io.tessera.kernel.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach the database (no connection to be had, a connection cut by a failover or an operator) from
 * other database errors: the former is the service's state, answered 503 with {@code Retry-After}; the latter a bug or
 * bad input.
 */
public final class UnreachableDatabase {

    /** Operator intervention: admin shutdown, crash shutdown, cannot connect now (PostgreSQL's class 57P). */
    private static final Set<String> CUT_OFF = Set.of("57P01", "57P02", "57P03");

    private UnreachableDatabase() {
    }

    /**
     * Whether the failure, or one of its causes, is that the database could not be reached.
     *
     * @param failure what was thrown
     * @return true for no connection or transaction to be had, or a connection exception (SQLState class 08, 57P0x)
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || CUT_OFF.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
