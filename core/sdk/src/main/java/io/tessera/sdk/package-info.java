/**
 * The Tessera plugin SDK: the only contract between the kernel and a plugin.
 *
 * <p>A plugin is a PF4J plugin jar whose manifest names its id ({@code Plugin-Id}), version
 * ({@code Plugin-Version}), required kernel version ({@code Plugin-Requires}) and dependencies
 * ({@code Plugin-Dependencies}, optional ones suffixed with {@code ?}). It contributes exactly one
 * {@link io.tessera.sdk.TesseraModule} extension, which declares everything else: name, category,
 * JPA entities, Liquibase changelog, permissions and Spring components (REST controllers,
 * services, event listeners, the per-tenant {@link io.tessera.sdk.TenantInstaller}).
 *
 * <p>Plugins compile against this SDK with Spring, Hibernate, Jackson and PF4J in {@code provided}
 * scope; they never reach into the kernel or into another plugin's internals.
 */
package io.tessera.sdk;
