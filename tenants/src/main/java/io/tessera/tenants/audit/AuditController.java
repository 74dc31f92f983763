package io.tessera.tenants.audit;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.security.RequiresPermission;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.web.PageRequests;
import io.tessera.kernel.web.PageView;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code GET /api/v1/admin/audit}: the tenant's audit trail, newest first, filtered by entity, user and time. */
@RestController
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
class AuditController {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditController(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * One audit row.
     *
     * @param id         row id
     * @param occurredAt when
     * @param userId     who (null for system work)
     * @param user       their email
     * @param entityType what kind of record
     * @param entityId   which record
     * @param action     INSERT, UPDATE, DELETE or a named action such as PURGE
     * @param changes    field → {before, after}
     */
    record AuditView(UUID id, Instant occurredAt, UUID userId, String user, String entityType, String entityId,
                     String action, JsonNode changes) {
    }

    @GetMapping("/api/v1/admin/audit")
    @Transactional(readOnly = true)
    PageView<AuditView> list(@RequestParam(required = false) String entity,
                             @RequestParam(required = false) String entityId,
                             @RequestParam(required = false) UUID userId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        Pageable pageable = PageRequests.of(page, size, null, Map.of(), Sort.unsorted());
        StringBuilder where = new StringBuilder(" where a.tenant_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(TenantContext.tenant().orElseThrow().id());
        if (entity != null && !entity.isBlank()) {
            where.append(" and a.entity_type = ?");
            params.add(entity);
        }
        if (entityId != null && !entityId.isBlank()) {
            where.append(" and a.entity_id = ?");
            params.add(entityId);
        }
        if (userId != null) {
            where.append(" and a.user_id = ?");
            params.add(userId);
        }
        if (from != null) {
            where.append(" and a.occurred_at >= ?");
            params.add(Timestamp.from(from.toInstant()));
        }
        if (to != null) {
            where.append(" and a.occurred_at < ?");
            params.add(Timestamp.from(to.toInstant()));
        }
        long total = jdbc.sql("select count(*) from audit_log a" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(pageable.getPageSize());
        pageParams.add(pageable.getOffset());
        List<AuditView> items = jdbc.sql("select a.id, a.occurred_at, a.user_id, u.email, a.entity_type, a.entity_id, a.action, "
                        + "a.changes from audit_log a left join users u on u.id = a.user_id" + where
                        + " order by a.occurred_at desc, a.id desc limit ? offset ?")
                .params(pageParams)
                .query((rs, row) -> new AuditView(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8) == null ? null : json.readTree(rs.getString(8))))
                .list();
        int totalPages = (int) ((total + pageable.getPageSize() - 1) / pageable.getPageSize());
        return new PageView<>(items, pageable.getPageNumber(), pageable.getPageSize(), total, totalPages);
    }
}
