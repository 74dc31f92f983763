package io.tessera.plugins.mrp.routing;

import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Work centers and routings of the current tenant: every bad field named in one 422, another tenant's ids 404. */
public class Routings {

    private static final int MAX_PAGE = 500;

    private final TenantJdbc db;

    Routings(TenantJdbc db) {
        this.db = db;
    }

    /**
     * Creates a work center.
     *
     * @param request the work center
     * @return it, created
     */
    @RequiresPermission("mrp.manage")
    public WorkCenter createWorkCenter(WorkCenterRequest request) {
        return db.tx().write(() -> {
            FieldErrors problems = new FieldErrors();
            if (request.code() == null || request.code().isBlank()) {
                problems.add("code", "is required");
            }
            if (request.name() == null || request.name().isBlank()) {
                problems.add("name", "is required");
            }
            if (request.costPerHour() == null) {
                problems.add("costPerHour", "is required");
            } else if (request.costPerHour().signum() < 0) {
                problems.add("costPerHour", "must not be negative");
            }
            BigDecimal hours = request.hoursPerDay() == null ? BigDecimal.valueOf(8) : request.hoursPerDay();
            if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
                problems.add("hoursPerDay", "must be more than 0 and at most 24");
            }
            problems.throwIfAny();
            String code = request.code().strip();
            List<UUID> same = db.sql().sql("select id from mrp_work_centers where tenant_id = ? and code = ?")
                    .param(db.tenant()).param(code).query(UUID.class).list();
            if (!same.isEmpty()) {
                throw ApiProblem.conflict("Work center " + same.getFirst() + " already has the code " + code);
            }
            WorkCenter center = new WorkCenter(Ids.newId(), code, request.name().strip(), request.costPerHour(), hours);
            db.sql().sql("""
                    insert into mrp_work_centers (tenant_id, id, code, name, cost_per_hour, hours_per_day, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""").param(db.tenant()).param(center.id()).param(center.code())
                    .param(center.name()).param(center.costPerHour()).param(center.hoursPerDay())
                    .param(OffsetDateTime.now()).update();
            return center;
        });
    }

    /**
     * Work centers by code, a page at a time.
     *
     * @param after the last code of the previous page, or {@code null}
     * @param size  the page size (at most 500)
     * @return the work centers
     */
    public List<WorkCenter> workCenters(String after, int size) {
        return db.tx().read(() -> db.sql().sql("""
                select id, code, name, cost_per_hour, hours_per_day from mrp_work_centers
                where tenant_id = ? and (cast(? as varchar) is null or code > ?) order by code fetch first %d rows only"""
                        .formatted(Math.clamp(size, 1, MAX_PAGE)))
                .param(db.tenant()).param(after).param(after).query(Routings::center).list());
    }

    /**
     * One work center.
     *
     * @param id the work center
     * @return it
     * @throws ApiProblem 404 when the tenant has none with that id
     */
    public WorkCenter workCenter(UUID id) {
        return db.tx().read(() -> db.sql().sql("""
                select id, code, name, cost_per_hour, hours_per_day from mrp_work_centers where tenant_id = ? and id = ?""")
                .param(db.tenant()).param(id).query(Routings::center).optional()
                .orElseThrow(() -> ApiProblem.notFound("Work center", id)));
    }

    /**
     * Creates a routing.
     *
     * @param request the routing
     * @return it, created
     */
    @RequiresPermission("mrp.manage")
    public Routing createRouting(RoutingRequest request) {
        return db.tx().write(() -> {
            FieldErrors problems = new FieldErrors();
            if (request.name() == null || request.name().isBlank()) {
                problems.add("name", "is required");
            }
            List<RoutingRequest.OperationRequest> ops = request.operations() == null ? List.of() : request.operations();
            if (ops.isEmpty()) {
                problems.add("operations", "must contain at least one operation");
            }
            Set<UUID> centerIds = new java.util.HashSet<>();
            ops.stream().map(RoutingRequest.OperationRequest::workCenterId).filter(java.util.Objects::nonNull)
                    .forEach(centerIds::add);
            Map<UUID, WorkCenter> centers = centers(centerIds);
            for (int i = 0; i < ops.size(); i++) {
                RoutingRequest.OperationRequest op = ops.get(i);
                String f = "operations[" + i + "].";
                if (op.name() == null || op.name().isBlank()) {
                    problems.add(f + "name", "is required");
                }
                if (op.workCenterId() == null) {
                    problems.add(f + "workCenterId", "is required");
                } else if (!centers.containsKey(op.workCenterId())) {
                    throw FieldErrors.notFound(f + "workCenterId", "Work center", op.workCenterId());
                }
                if (op.setupMinutes() != null && op.setupMinutes().signum() < 0) {
                    problems.add(f + "setupMinutes", "must not be negative");
                }
                if (op.runMinutes() == null) {
                    problems.add(f + "runMinutes", "is required");
                } else if (op.runMinutes().signum() < 0) {
                    problems.add(f + "runMinutes", "must not be negative");
                }
            }
            problems.throwIfAny();
            UUID id = Ids.newId();
            db.sql().sql("insert into mrp_routings (tenant_id, id, name, created_at) values (?, ?, ?, ?)")
                    .param(db.tenant()).param(id).param(request.name().strip()).param(OffsetDateTime.now()).update();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < ops.size(); i++) {
                RoutingRequest.OperationRequest op = ops.get(i);
                rows.add(new Object[] {db.tenant(), id, i + 1, op.name().strip(), op.workCenterId(),
                        op.setupMinutes() == null ? BigDecimal.ZERO : op.setupMinutes(), op.runMinutes()});
            }
            db.jdbc().batchUpdate("""
                    insert into mrp_routing_operations (tenant_id, routing_id, seq, name, work_center_id, setup_minutes,
                      run_minutes) values (?, ?, ?, ?, ?, ?, ?)""", rows);
            return routings(List.of(id)).get(id);
        });
    }

    /**
     * One routing.
     *
     * @param id the routing
     * @return it
     * @throws ApiProblem 404 when the tenant has none with that id
     */
    public Routing routing(UUID id) {
        return db.tx().read(() -> Optional.ofNullable(routings(List.of(id)).get(id))
                .orElseThrow(() -> ApiProblem.notFound("Routing", id)));
    }

    /**
     * Routings by id with their operations and work centers' rates, in one query; joins the caller's transaction.
     *
     * @param ids routing ids
     * @return those of the current tenant, by id
     */
    public Map<UUID, Routing> routings(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, List<Operation>> ops = new LinkedHashMap<>();
        db.sql().sql("""
                select r.id, r.name, o.seq, o.name as op_name, o.work_center_id, o.setup_minutes, o.run_minutes,
                  c.cost_per_hour, c.hours_per_day
                from mrp_routings r
                left join mrp_routing_operations o on o.tenant_id = r.tenant_id and o.routing_id = r.id
                left join mrp_work_centers c on c.tenant_id = o.tenant_id and c.id = o.work_center_id
                where r.tenant_id = ? and r.id = any(?) order by r.id, o.seq""")
                .param(db.tenant()).param(db.uuids(ids)).query((ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    names.put(id, rs.getString("name"));
                    List<Operation> list = ops.computeIfAbsent(id, k -> new ArrayList<>());
                    if (rs.getObject("work_center_id") != null) {
                        list.add(new Operation(rs.getInt("seq"), rs.getString("op_name"),
                                rs.getObject("work_center_id", UUID.class), rs.getBigDecimal("setup_minutes"),
                                rs.getBigDecimal("run_minutes"), rs.getBigDecimal("cost_per_hour"),
                                rs.getBigDecimal("hours_per_day")));
                    }
                });
        Map<UUID, Routing> result = new HashMap<>();
        ops.forEach((id, list) -> result.put(id, new Routing(id, names.get(id), List.copyOf(list))));
        return result;
    }

    private Map<UUID, WorkCenter> centers(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, WorkCenter> result = new HashMap<>();
        db.sql().sql("""
                select id, code, name, cost_per_hour, hours_per_day from mrp_work_centers where tenant_id = ? and id = any(?)""")
                .param(db.tenant()).param(db.uuids(ids)).query(Routings::center).list()
                .forEach(c -> result.put(c.id(), c));
        return result;
    }

    private static WorkCenter center(ResultSet rs, int row) throws SQLException {
        return new WorkCenter(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getBigDecimal("cost_per_hour"), rs.getBigDecimal("hours_per_day"));
    }
}
