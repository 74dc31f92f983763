package io.tessera.plugins.mrp.planning;

import io.tessera.sdk.TenantRef;
import io.tessera.sdk.TenantTask;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.SystemOnly;
import java.time.Duration;
import java.util.UUID;

/**
 * Runs queued MRP runs: claims the tenant's oldest queued run in the database ({@code for update skip locked} on the
 * tenant's MRP state and on the run, marked running in a transaction of its own, so one node runs it however many nodes
 * poll, D16, and never while a BOM change holds the tenant's state) and plans it in the task's transaction, all or
 * nothing.
 */
public class RunTask implements TenantTask {

    private final TenantJdbc db;
    private final Planner planner;

    RunTask(TenantJdbc db, Planner planner) {
        this.db = db;
        this.planner = planner;
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(1);
    }

    @Override
    @SystemOnly("the MRP run task")
    public void run(TenantRef tenant) {
        UUID run = db.tx().writeSeparately(() -> {
            // a tenant whose BOMs are being changed right now is skipped this round
            if (db.sql().sql("select tenant_id from mrp_tenant_state where tenant_id = ? for update skip locked")
                    .param(db.tenant()).query(UUID.class).optional().isEmpty()) {
                return null;
            }
            UUID id = db.sql().sql("""
                    select id from mrp_runs where tenant_id = ? and state = 'QUEUED' order by id
                    fetch first 1 rows only for update skip locked""").param(db.tenant()).query(UUID.class).optional()
                    .orElse(null);
            if (id != null) {
                db.sql().sql("update mrp_runs set state = 'RUNNING', started_at = ? where tenant_id = ? and id = ?")
                        .param(java.time.OffsetDateTime.now()).param(db.tenant()).param(id).update();
                db.sql().sql("update mrp_run_progress set started_at = ? where tenant_id = ? and run_id = ?")
                        .param(java.time.OffsetDateTime.now()).param(db.tenant()).param(id).update();
            }
            return id;
        });
        if (run != null) {
            planner.execute(run);
        }
    }
}
