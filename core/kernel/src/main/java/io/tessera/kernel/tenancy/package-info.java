/**
 * Tenancy, enforced twice (D3): the current tenant is a {@link java.lang.ScopedValue} (never a
 * thread-local that could outlive its request), Hibernate filters and fills {@code tenant_id} from
 * it, and every transaction sets PostgreSQL's transaction-local {@code app.tenant_id} from it, which
 * the row-level security policies check. Without a tenant, both see nothing.
 */
package io.tessera.kernel.tenancy;
