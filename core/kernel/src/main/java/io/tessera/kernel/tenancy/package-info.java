/**
 * Tenancy, enforced twice (D3): the current tenant is a {@link java.lang.ScopedValue} (never a
 * thread-local that could outlive its request), Hibernate filters and fills {@code tenant_id} from
 * it, and every transaction sets PostgreSQL's transaction-local {@code app.tenant_id} from it, which
 * the row-level security policies check. Without a tenant, both see nothing. {@link
 * io.tessera.kernel.tenancy.ActorChain} runs a request as one actor; other packages add Hibernate listeners through
 * {@link io.tessera.kernel.tenancy.HibernateListeners}. Uses only the plugin runtime.
 */
package io.tessera.kernel.tenancy;
