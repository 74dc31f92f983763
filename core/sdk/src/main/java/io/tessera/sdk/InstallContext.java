package io.tessera.sdk;

/**
 * What a {@link TenantInstaller} is asked to do.
 *
 * @param tenant   the tenant the module is being enabled for (also the current tenant)
 * @param demoData whether to add demonstration records as well as the seed data
 */
public record InstallContext(TenantRef tenant, boolean demoData) {
}
