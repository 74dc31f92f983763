package io.tessera.kernel.module;

import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.tenancy.TransactionSettings;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.TenantTask;
import io.tessera.sdk.security.SystemOnly;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every module's {@link TenantTask}s for the tenants that have the module enabled (D6), each
 * tenant in its own transaction and scope, once per tick across all nodes (D16): time is cut into ticks
 * of the task's interval, and each (task, tenant, tick) is {@linkplain TaskClaims claimed} in the task's
 * transaction. Every node looks twice per interval, so a tick whose run failed (its claim rolled back)
 * is retried within the tick by whichever node looks next.
 */
@Component
class TenantTaskScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantTaskScheduler.class);

    private final ListableBeanFactory beans;
    private final ModuleCatalog catalog;
    private final TaskScheduler scheduler;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final TransactionSettings settings;
    private final TaskClaims claims;
    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();
    private volatile boolean running;

    TenantTaskScheduler(ListableBeanFactory beans, ModuleCatalog catalog, TaskScheduler scheduler, TransactionTemplate tx,
                        JdbcClient jdbc, TransactionSettings settings, TaskClaims claims) {
        this.claims = claims;
        this.beans = beans;
        this.catalog = catalog;
        this.scheduler = scheduler;
        this.tx = tx;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    @SystemOnly("the application context, at start-up")
    public void start() {
        running = true;
        for (Map.Entry<String, TenantTask> entry : beans.getBeansOfType(TenantTask.class).entrySet()) {
            TenantTask task = entry.getValue();
            Optional<String> module = catalog.owning(AopUtils.getTargetClass(task)).map(InstalledModule::id);
            if (module.isEmpty()) {
                log.warn("Task {} belongs to no module and is not scheduled", entry.getKey());
                continue;
            }
            Duration interval = task.interval();
            if (interval == null || interval.isNegative() || interval.isZero()) {
                log.error("Task {} of module {} has no positive interval and is not scheduled", entry.getKey(), module.get());
                continue;
            }
            Duration look = interval.dividedBy(2).isZero() ? interval : interval.dividedBy(2);
            scheduled.add(scheduler.scheduleAtFixedRate(() -> runRound(entry.getKey(), task, module.get()), look));
        }
    }

    /**
     * One round: the task for every tenant that has its module enabled and whose current tick no node has run yet.
     * The task's id is its bean name, which the kernel makes {@code <module id>:<class name>}.
     */
    @SystemOnly("the scheduler's threads")
    void runRound(String name, TenantTask task, String module) {
        if (!running) {
            return;
        }
        long tick = TaskClaims.tick(System.currentTimeMillis(), task.interval());
        for (TenantRef tenant : tenantsWithModule(module)) {
            try {
                TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> {
                    if (claims.claim(name, tenant, tick)) {
                        task.run(tenant);
                    }
                }));
            } catch (RuntimeException e) {
                log.error("Task {} of module {} failed for tenant {}", name, module, tenant.slug(), e);
            }
        }
    }

    private List<TenantRef> tenantsWithModule(String module) {
        return TenantContext.callWithoutTenant(() -> tx.execute(status -> {
            settings.setLocal("app.scheduler", "on");
            return jdbc.sql("""
                            select t.id, t.slug from tenant_modules m join tenants t on t.id = m.tenant_id
                             where m.module_id = ? and m.state = 'ENABLED' and t.status = 'ACTIVE' order by t.slug""")
                    .param(module)
                    .query((rs, row) -> new TenantRef(rs.getObject(1, UUID.class), rs.getString(2)))
                    .list();
        }));
    }

    @Override
    public void stop() {
        running = false;
        scheduled.forEach(f -> f.cancel(false));
        scheduled.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
