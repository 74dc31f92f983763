package io.tessera.sdk.audit;

import java.util.List;
import java.util.Map;

/**
 * The tenant's audit trail, for changes a module writes without JPA (plain JDBC, append-only tables), which the
 * kernel's entity listener cannot see. Inject it into a component. Each record is stamped with the current tenant,
 * the signed-in user (none for system work) and the time, and is written in the caller's transaction — it commits
 * or rolls back with the change it describes. Calling it outside a transaction or outside tenant scope fails.
 * The rows appear in the admin audit log ({@code GET /api/v1/admin/audit}) like entity changes.
 */
public interface AuditLog {

    /**
     * Appends one record (one INSERT).
     *
     * @param record what was done
     * @throws IllegalStateException outside a transaction or outside tenant scope
     */
    void record(AuditRecord record);

    /**
     * Appends several records in one batched INSERT; an empty list writes nothing.
     *
     * @param records what was done, in order
     * @throws IllegalStateException outside a transaction or outside tenant scope
     */
    void recordAll(List<AuditRecord> records);

    /**
     * Convenience for {@link #record(AuditRecord)}.
     *
     * @param subject what kind of record was acted on, e.g. {@code JournalEntry}
     * @param id      its id
     * @param action  what was done, e.g. {@code POST}
     * @param details facts worth keeping, serialised as JSON; empty for none
     */
    default void record(String subject, String id, String action, Map<String, Object> details) {
        record(new AuditRecord(subject, id, action, details));
    }
}
