package io.tessera.kernel.audit;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.audit.AuditLog;
import io.tessera.sdk.audit.AuditRecord;
import io.tessera.sdk.persistence.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Records actions that are not entity changes (a purge, an export, a module's JDBC-written ledger
 * postings) in the audit trail, in the caller's transaction. Modules see it as the SDK's
 * {@link AuditLog}.
 */
@Service
public class AuditLogService implements AuditLog {

    private static final String INSERT = "insert into audit_log (tenant_id, id, occurred_at, user_id, entity_type, entity_id, "
            + "action, changes) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    AuditLogService(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Appends an audit row for the current tenant and user.
     *
     * @param subject what was acted on, e.g. {@code Module}
     * @param id      its id, e.g. the module id
     * @param action  what was done, e.g. {@code PURGE}
     * @param details facts worth keeping (row counts, export file)
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subject, String id, String action, Map<String, Object> details) {
        record(new AuditRecord(subject, id, action, details));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord record) {
        recordAll(List.of(record));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        UUID tenant = TenantContext.tenant()
                .orElseThrow(() -> new IllegalStateException("No tenant in scope for the audit trail")).id();
        UUID user = TenantContext.userId().orElse(null);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>(records.size());
        for (AuditRecord r : records) {
            rows.add(new Object[] {tenant, Ids.newId(), now, user, r.subject(), r.id(), r.action(),
                r.details().isEmpty() ? null : json.writeValueAsString(r.details())});
        }
        if (rows.size() == 1) {
            jdbc.update(INSERT, rows.getFirst());
        } else {
            jdbc.batchUpdate(INSERT, rows);
        }
    }
}
