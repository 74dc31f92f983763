package io.tessera.kernel.audit;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.persistence.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Records actions that are not entity changes (a purge, an export) in the audit trail, in the
 * caller's transaction.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditTrail(JdbcClient jdbc, ObjectMapper json) {
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
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subject, String id, String action, Map<String, Object> details) {
        jdbc.sql("insert into audit_log (tenant_id, id, occurred_at, user_id, entity_type, entity_id, action, changes) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(TenantContext.tenant().orElseThrow().id(), Ids.newId(), Timestamp.from(Instant.now()),
                        TenantContext.userId().orElse(null), subject, id, action,
                        details.isEmpty() ? null : json.writeValueAsString(details))
                .update();
    }
}
