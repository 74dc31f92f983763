package io.tessera.sdk;

import java.time.Duration;

/**
 * Work a module does periodically for each tenant that has it enabled — reminders that fall due,
 * a score to recompute, a currency rate to fetch. Implement it in one of the module's
 * {@linkplain TesseraModule#components() components}.
 *
 * <p>The kernel runs it for every tenant where the module is enabled, one tenant at a time, each in
 * its own transaction with that tenant in scope; tenants where the module is available or detached
 * are skipped. A failure for one tenant is logged and does not stop the others.
 */
public interface TenantTask {

    /**
     * The pause between the end of one round over all tenants and the start of the next.
     *
     * @return a positive duration
     */
    Duration interval();

    /**
     * Does the work for one tenant, which is also the current tenant.
     *
     * @param tenant the tenant
     */
    void run(TenantRef tenant);
}
