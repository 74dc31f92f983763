package io.tessera.kernel.module;

import io.tessera.kernel.tenancy.TransactionSettings;
import io.tessera.sdk.TenantRef;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Claims one run of a tenant task per (tenant, task, tick) across every node (D16). The claim is a row inserted
 * in the task's own transaction: it commits with the task's work, or rolls back with it so that the tick stays
 * open and the next attempt (on any node) retries it. On PostgreSQL a transaction-level advisory lock on the
 * (task, tenant, tick) is tried first, so a node does not wait while another runs that tick: it skips it (and
 * retries at its next look if that run fails); {@code on conflict do nothing} then skips a tick already done. On
 * the embedded database (one node) a plain existence check suffices.
 */
@Component
class TaskClaims {

    /** Claims older than this many ticks are deleted by the claiming transaction now and then. */
    static final long KEPT_TICKS = 100;

    private final JdbcClient jdbc;
    private final boolean postgres;

    TaskClaims(JdbcClient jdbc, TransactionSettings settings) {
        this.jdbc = jdbc;
        this.postgres = settings.postgres();
    }

    /** The tick a moment falls in: ticks are the task's interval, counted from the epoch, the same on every node. */
    static long tick(long epochMillis, Duration interval) {
        return Math.floorDiv(epochMillis, Math.max(1, interval.toMillis()));
    }

    /**
     * Claims the tick for the tenant in the current transaction.
     *
     * @return whether this transaction holds the claim (and should run the task)
     */
    boolean claim(String taskId, TenantRef tenant, long tick) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A task claim is made in the task's own transaction");
        }
        if (postgres && !jdbc.sql("select pg_try_advisory_xact_lock(hashtext(?), hashtext(?))")
                .params(taskId + ":" + tenant.id(), Long.toString(tick)).query(Boolean.class).single()) {
            return false; // another node is running this tick right now
        }
        int inserted = jdbc.sql(postgres
                        ? """
                          insert into tenant_task_runs (tenant_id, task_id, tick, claimed_at) values (?, ?, ?, current_timestamp)
                          on conflict do nothing"""
                        : """
                          insert into tenant_task_runs (tenant_id, task_id, tick, claimed_at)
                          select ?, ?, ?, current_timestamp where not exists
                            (select 1 from tenant_task_runs where tenant_id = ? and task_id = ? and tick = ?)""")
                .params(postgres ? new Object[] {tenant.id(), taskId, tick}
                        : new Object[] {tenant.id(), taskId, tick, tenant.id(), taskId, tick})
                .update();
        if (inserted == 1 && tick % KEPT_TICKS == 0) {
            jdbc.sql("delete from tenant_task_runs where tenant_id = ? and task_id = ? and tick < ?")
                    .params(tenant.id(), taskId, tick - KEPT_TICKS)
                    .update();
        }
        return inserted == 1;
    }
}
