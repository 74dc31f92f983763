package io.tessera.ui.app.shell;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.ui.kit.BackgroundExecutor;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The kit's {@link BackgroundExecutor}: runs UI-initiated work on a virtual thread with the tenant,
 * user, permissions and security context of the request that started it. Started outside tenant scope,
 * the work runs without a tenant and so sees no tenant data (fails closed).
 */
@Component
class TenantCarryingExecutor implements BackgroundExecutor, DisposableBean {

    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("tessera-ui-work-", 0).factory());

    @Override
    public void execute(Runnable command) {
        TenantContext.Actor actor = new TenantContext.Actor(TenantContext.tenant().orElse(null),
                TenantContext.userId().orElse(null), Set.of(), TenantContext.scopes(), TenantContext.mustChangePassword());
        SecurityContext security = SecurityContextHolder.getContext();
        workers.execute(() -> {
            SecurityContextHolder.setContext(security);
            try {
                TenantContext.runAs(actor, () -> {
                    command.run();
                    return null;
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
