/**
 * Schema migrations: the kernel's changelog, then each plugin's with that plugin's classloader, in
 * dependency order, each tracked in its own table; all as the owner role, once per database. After
 * each changelog the {@link io.tessera.kernel.migration.TenantTableGuard} puts row-level security on
 * every table with a {@code tenant_id} column.
 */
package io.tessera.kernel.migration;
