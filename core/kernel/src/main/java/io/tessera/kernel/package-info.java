/**
 * The Tessera kernel: loads plugins before the application context refreshes, migrates the schema,
 * enforces tenancy twice (Hibernate {@code @TenantId} and PostgreSQL row-level security), and hosts
 * the shared party master and the platform API. {@link io.tessera.kernel.TesseraKernel} is the
 * application's configuration root.
 *
 * <p>Its packages form no loop: from the bottom, {@code migration} and {@code web}; {@code plugin}; {@code tenancy};
 * {@code access}; {@code module}, {@code account}, {@code apikey}; {@code events}, {@code publickey}; {@code audit},
 * {@code webhook}, {@code party}, {@code platform}, {@code config}, {@code openapi}; {@code security} on top. Each
 * package's role is in its {@code package-info.java}; which packages each may use is checked by the kernel's
 * {@code KernelArchitectureTest} (core/kernel-it).
 */
package io.tessera.kernel;
