package io.tessera.tenants.audit;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.persistence.Like;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the current tenant's audit trail, newest first: the one query behind the REST list
 * ({@code GET /api/v1/admin/audit}) and the admin console's audit view. Every filter is a bound parameter; the
 * user filter matches part of the acting user's email literally ({@code %} and {@code _} match themselves).
 */
@Service
public class AuditTrailQueries {

    /**
     * Filters; {@code null} or blank means any.
     *
     * @param entity   the entity type, e.g. {@code TenantModule}
     * @param entityId the record's id
     * @param userId   the acting user
     * @param user     part of the acting user's email, ignoring case
     * @param from     from this instant (inclusive)
     * @param to       before this instant
     */
    public record Filter(String entity, String entityId, UUID userId, String user, Instant from, Instant to) {
    }

    /**
     * One audit row.
     *
     * @param id         row id
     * @param occurredAt when
     * @param userId     who, or {@code null} for system work
     * @param user       their email, or {@code null}
     * @param entityType what kind of record
     * @param entityId   which record
     * @param action     INSERT, UPDATE, DELETE or a named action such as PURGE
     * @param changes    the before/after JSON, or {@code null}
     */
    public record Entry(UUID id, Instant occurredAt, UUID userId, String user, String entityType, String entityId,
                        String action, String changes) {
    }

    private static final String FROM = " from audit_log a left join users u on u.id = a.user_id";

    private final JdbcClient jdbc;

    AuditTrailQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How many rows match.
     *
     * @param filter the filter
     * @return the count
     */
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
    }

    /**
     * The matching rows at an exact offset, newest first.
     *
     * @param filter the filter
     * @param offset rows to skip
     * @param limit  rows to return at most
     * @return the rows
     */
    @Transactional(readOnly = true)
    public List<Entry> page(Filter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select a.id, a.occurred_at, a.user_id, u.email, a.entity_type, a.entity_id, a.action, a.changes"
                        + FROM + where + " order by a.occurred_at desc, a.id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> new Entry(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    private static String where(Filter filter, List<Object> params) {
        StringBuilder where = new StringBuilder(" where a.tenant_id = ?");
        params.add(TenantContext.tenant().orElseThrow().id());
        if (present(filter.entity())) {
            where.append(" and a.entity_type = ?");
            params.add(filter.entity().strip());
        }
        if (present(filter.entityId())) {
            where.append(" and a.entity_id = ?");
            params.add(filter.entityId().strip());
        }
        if (filter.userId() != null) {
            where.append(" and a.user_id = ?");
            params.add(filter.userId());
        }
        if (present(filter.user())) {
            where.append(" and lower(u.email) like ? escape '\\'");
            params.add(Like.containing(filter.user()));
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

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
