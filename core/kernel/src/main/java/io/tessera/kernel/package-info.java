/**
 * The Tessera kernel: loads plugins before the application context refreshes, migrates the schema,
 * enforces tenancy twice (Hibernate {@code @TenantId} and PostgreSQL row-level security), and hosts
 * the shared party master and the platform API. {@link io.tessera.kernel.TesseraKernel} is the
 * application's configuration root.
 */
package io.tessera.kernel;
