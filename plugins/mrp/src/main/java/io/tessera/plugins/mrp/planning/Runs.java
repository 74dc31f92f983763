package io.tessera.plugins.mrp.planning;

import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * MRP runs of the current tenant: started as queued work that {@link RunTask} claims in the database, read with their
 * progress, cancelled by a flag the run checks as it goes. A tenant never has two runs queued or running: the second
 * is a 409 naming the first (and a unique key guards it below).
 */
public class Runs {

    private final TenantJdbc db;

    Runs(TenantJdbc db) {
        this.db = db;
    }

    /**
     * Queues a run.
     *
     * @param request horizon and bucket
     * @return the run, queued
     * @throws ApiProblem 409 when another run of the tenant is queued or running
     */
    @RequiresPermission("mrp.write")
    public RunView start(RunRequest request) {
        return db.tx().write(() -> {
            FieldErrors problems = new FieldErrors();
            int horizon = request.horizonDays() == null ? 90 : request.horizonDays();
            if (horizon < 1 || horizon > 1000) {
                problems.add("horizonDays", "must be between 1 and 1000");
            }
            String bucket = request.bucket() == null ? "day" : request.bucket().toLowerCase(Locale.ROOT);
            if (!bucket.equals("day") && !bucket.equals("week")) {
                problems.add("bucket", "must be day or week");
            }
            problems.throwIfAny();
            List<UUID> active = db.sql().sql("select id from mrp_runs where tenant_id = ? and active_tenant = ?")
                    .param(db.tenant()).param(db.tenant()).query(UUID.class).list();
            if (!active.isEmpty()) {
                throw ApiProblem.conflict("MRP run " + active.getFirst() + " is still queued or running; cancel it or "
                        + "wait until it ends");
            }
            UUID id = Ids.newId();
            // the unique active_tenant refuses a run queued meanwhile by another request
            refuseDuplicate(() -> db.sql().sql("""
                    insert into mrp_runs (tenant_id, id, state, active_tenant, bucket, horizon_days, start_date, requested_at,
                      products, planned_orders) values (?, ?, 'QUEUED', ?, ?, ?, ?, ?, 0, 0)""")
                    .param(db.tenant()).param(id).param(db.tenant()).param(bucket).param(horizon).param(LocalDate.now())
                    .param(OffsetDateTime.now()).update());
            db.sql().sql("insert into mrp_run_progress (tenant_id, run_id, progress, cancel_requested) values (?, ?, 0, false)")
                    .param(db.tenant()).param(id).update();
            return find(id);
        });
    }

    /**
     * One run with its progress.
     *
     * @param id the run
     * @return it
     * @throws ApiProblem 404 when the tenant has none with that id
     */
    public RunView find(UUID id) {
        return db.tx().read(() -> db.sql().sql("""
                select r.id, r.state, p.progress, r.bucket, r.horizon_days, r.start_date, r.products, r.planned_orders,
                  r.requested_at, r.finished_at, r.error, p.cancel_requested
                from mrp_runs r join mrp_run_progress p on p.tenant_id = r.tenant_id and p.run_id = r.id
                where r.tenant_id = ? and r.id = ?""").param(db.tenant()).param(id).query(Runs::view).optional()
                .orElseThrow(() -> ApiProblem.notFound("MRP run", id)));
    }

    /**
     * The latest runs, newest first.
     *
     * @param size how many (at most 100)
     * @return the runs
     */
    public List<RunView> latest(int size) {
        return db.tx().read(() -> db.sql().sql("""
                select r.id, r.state, p.progress, r.bucket, r.horizon_days, r.start_date, r.products, r.planned_orders,
                  r.requested_at, r.finished_at, r.error, p.cancel_requested
                from mrp_runs r join mrp_run_progress p on p.tenant_id = r.tenant_id and p.run_id = r.id
                where r.tenant_id = ? order by r.id desc fetch first %d rows only""".formatted(Math.clamp(size, 1, 100)))
                .param(db.tenant()).query(Runs::view).list());
    }

    /**
     * Asks a queued or running run to stop; a queued one is cancelled at once, a running one between two products.
     *
     * @param id the run
     * @return it
     * @throws ApiProblem 404 when the tenant has none with that id, 409 when it has ended
     */
    @RequiresPermission("mrp.write")
    public RunView cancel(UUID id) {
        RunView run = find(id);
        if (!run.state().equals("queued") && !run.state().equals("running")) {
            throw ApiProblem.conflict("MRP run " + id + " is " + run.state() + " already");
        }
        db.tx().write(() -> {
            db.sql().sql("update mrp_run_progress set cancel_requested = true where tenant_id = ? and run_id = ?")
                    .param(db.tenant()).param(id).update();
        });
        return find(id);
    }

    private static void refuseDuplicate(Runnable insert) {
        try {
            insert.run();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new ApiProblem(409, "Another MRP run of this tenant was queued at the same moment; wait until it ends",
                    List.of(), java.util.Map.of());
        }
    }

    private static RunView view(ResultSet rs, int n) throws SQLException {
        String state = rs.getString("state").toLowerCase(Locale.ROOT);
        return new RunView(rs.getObject("id", UUID.class), state, rs.getInt("progress"), rs.getString("bucket"),
                rs.getInt("horizon_days"), rs.getObject("start_date", LocalDate.class), rs.getInt("products"),
                rs.getInt("planned_orders"), rs.getObject("requested_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getString("error"));
    }
}
