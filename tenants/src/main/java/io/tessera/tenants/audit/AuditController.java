package io.tessera.tenants.audit;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.PageView;
import io.tessera.sdk.web.PageView.Paging;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
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

    private final AuditTrailQueries audit;
    private final ObjectMapper json;

    AuditController(AuditTrailQueries audit, ObjectMapper json) {
        this.audit = audit;
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
        Paging paging = Paging.of(page, size);
        AuditTrailQueries.Filter filter = new AuditTrailQueries.Filter(entity, entityId, userId, null,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
        List<AuditView> items = audit.page(filter, paging.offset(), paging.size()).stream().map(this::view).toList();
        return PageView.of(items, paging, paging.total(items.size(), () -> audit.count(filter)));
    }

    private AuditView view(AuditTrailQueries.Entry e) {
        return new AuditView(e.id(), e.occurredAt(), e.userId(), e.user(), e.entityType(), e.entityId(), e.action(),
                e.changes() == null ? null : json.readTree(e.changes()));
    }
}
