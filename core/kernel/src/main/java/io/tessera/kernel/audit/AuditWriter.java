package io.tessera.kernel.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/** Batch-inserts audit rows on the transaction's own connection. */
final class AuditWriter {

    private static final String INSERT = "insert into audit_log (tenant_id, id, occurred_at, user_id, entity_type, "
            + "entity_id, action, changes) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private AuditWriter() {
    }

    static void write(Connection connection, List<AuditEntry> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (AuditEntry e : entries) {
                insert.setObject(1, e.tenantId());
                insert.setObject(2, e.id());
                insert.setTimestamp(3, Timestamp.from(e.occurredAt()));
                insert.setObject(4, e.userId());
                insert.setString(5, e.entityType());
                insert.setString(6, e.entityId());
                insert.setString(7, e.action());
                insert.setString(8, e.changes());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
