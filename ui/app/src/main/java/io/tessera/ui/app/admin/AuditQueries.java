package io.tessera.ui.app.admin;

import io.tessera.kernel.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Pages of the current tenant's audit trail, newest first, for the lazy grid: one count, one page query. */
@Component
class AuditQueries {

    /**
     * Filters; null or blank means any.
     *
     * @param entity the entity type, e.g. {@code TenantModule}
     * @param user   part of the acting user's email
     * @param from   from this instant (inclusive)
     * @param to     before this instant
     */
    record Filter(String entity, String user, Instant from, Instant to) {
    }

    /**
     * One audit row.
     *
     * @param id         row id
     * @param occurredAt when
     * @param user       who (email), or null for system work
     * @param entityType what kind of record
     * @param entityId   which record
     * @param action     INSERT, UPDATE, DELETE or a named action
     * @param changes    the before/after JSON, or null
     */
    record Row(UUID id, Instant occurredAt, String user, String entityType, String entityId, String action, String changes) {
    }

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    long count(Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("select count(*) from audit_log a left join users u on u.id = a.user_id" + where)
                .params(params).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    List<Row> page(Filter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select a.id, a.occurred_at, u.email, a.entity_type, a.entity_id, a.action, a.changes "
                        + "from audit_log a left join users u on u.id = a.user_id" + where
                        + " order by a.occurred_at desc, a.id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    private static String where(Filter filter, List<Object> params) {
        StringBuilder where = new StringBuilder(" where a.tenant_id = ?");
        params.add(TenantContext.tenant().orElseThrow().id());
        if (filter.entity() != null && !filter.entity().isBlank()) {
            where.append(" and a.entity_type = ?");
            params.add(filter.entity().strip());
        }
        if (filter.user() != null && !filter.user().isBlank()) {
            where.append(" and lower(u.email) like ?");
            params.add("%" + filter.user().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.from() != null) {
            where.append(" and a.occurred_at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and a.occurred_at < ?");
            params.add(Timestamp.from(filter.to()));
        }
        return where.toString();
    }
}
