package io.tessera.kernel.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster-wide lock of boot migrations (D16): on PostgreSQL, an open transaction on its own owner
 * connection holding {@code pg_advisory_xact_lock}; released when that transaction ends (on
 * {@link #close()}, or by the server when the node dies). Transaction-level, so it also holds behind a
 * transaction-pooling proxy. On the embedded database (one node) there is nothing to lock.
 */
final class MigrationLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);
    /** The advisory lock key: "tessera.migrate" in ASCII, so it is recognisable in {@code pg_locks}. */
    static final long KEY = 0x7465737365726DL;

    private final Connection connection;

    private MigrationLock(Connection connection) {
        this.connection = connection;
    }

    static MigrationLock acquire(DatabaseSettings settings) {
        if (!settings.postgres()) {
            return new MigrationLock(null);
        }
        try {
            Connection connection = DriverManager.getConnection(settings.url(), settings.ownerUser(), settings.ownerPassword());
            try {
                connection.setAutoCommit(false);
                try (Statement s = connection.createStatement()) {
                    s.execute("set local lock_timeout = 0");
                    if (!tryLock(s)) {
                        log.info("Another node is migrating the database; waiting for it");
                        s.execute("select pg_advisory_xact_lock(" + KEY + ")");
                    }
                }
                return new MigrationLock(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the migration lock: " + e.getMessage(), e);
        }
    }

    private static boolean tryLock(Statement s) throws SQLException {
        try (var rs = s.executeQuery("select pg_try_advisory_xact_lock(" + KEY + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (connection) {
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot release the migration lock: " + e.getMessage(), e);
        }
    }
}
