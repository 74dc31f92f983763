package io.tessera.plugins.mrp.planning;

import io.tessera.sdk.TenantRef;
import io.tessera.sdk.TenantTask;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.SystemOnly;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;

/**
 * Runs queued MRP runs: claims the tenant's oldest queued run in the database ({@code for update skip locked} on the
 * tenant's MRP state and on the run, marked running in a transaction of its own, so one node runs it however many nodes
 * poll, D16, and never while a BOM change holds the tenant's state) and plans it in the task's transaction, all or
 * nothing. The planning transaction holds the run's row for its whole length and beats a heartbeat as it goes; a run
 * left running by a crashed node — heartbeat older than {@code tessera.mrp.run-stale-after} (default two minutes) and
 * its row free, because the crashed node's transaction died with its connection — is taken over: claimed the same
 * way, counted, and planned again from the start.
 */
public class RunTask implements TenantTask {

    private final TenantJdbc db;
    private final Planner planner;
    private final Duration staleAfter;

    RunTask(TenantJdbc db, Planner planner, @Value("${tessera.mrp.run-stale-after:PT2M}") Duration staleAfter) {
        this.db = db;
        this.planner = planner;
        this.staleAfter = staleAfter;
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
            OffsetDateTime now = OffsetDateTime.now();
            UUID id = db.sql().sql("""
                    select id from mrp_runs where tenant_id = ? and state = 'QUEUED' order by id
                    fetch first 1 rows only for update skip locked""").param(db.tenant()).query(UUID.class).optional()
                    .orElse(null);
            if (id != null) {
                db.sql().sql("update mrp_runs set state = 'RUNNING', started_at = ? where tenant_id = ? and id = ?")
                        .param(now).param(db.tenant()).param(id).update();
                db.sql().sql("update mrp_run_progress set started_at = ?, heartbeat_at = ? where tenant_id = ? and run_id = ?")
                        .param(now).param(now).param(db.tenant()).param(id).update();
                return id;
            }
            return takeOver(now);
        });
        if (run != null) {
            planner.execute(run);
        }
    }

    /** Claims a run whose node stopped beating and whose row no live transaction holds, or none. */
    private UUID takeOver(OffsetDateTime now) {
        UUID stale = db.sql().sql("""
                select id from mrp_runs where tenant_id = ? and state = 'RUNNING' and id in (
                  select run_id from mrp_run_progress where tenant_id = ? and coalesce(heartbeat_at, started_at) < ?)
                order by id fetch first 1 rows only for update skip locked""")
                .param(db.tenant()).param(db.tenant()).param(now.minus(staleAfter)).query(UUID.class).optional().orElse(null);
        if (stale != null) {
            db.sql().sql("""
                    update mrp_run_progress set progress = 0, heartbeat_at = ?, takeovers = takeovers + 1
                    where tenant_id = ? and run_id = ?""").param(now).param(db.tenant()).param(stale).update();
        }
        return stale;
    }
}
