package io.tessera.sdk;

/**
 * Seeds a tenant's data when the module is enabled for it, e.g. a default sales pipeline or a chart
 * of accounts. Implement it in one of the module's {@linkplain TesseraModule#components() components}.
 *
 * <p>The kernel calls it inside the enabling transaction with the tenant already in scope, so every
 * row written belongs to that tenant and an exception undoes the whole enable. It is called again
 * when a detached module is re-enabled, so it must be idempotent: create only what is missing.
 */
public interface TenantInstaller {

    /**
     * Creates whatever seed data of this module the tenant does not have yet.
     *
     * @param context what is being installed, and for whom
     */
    void install(InstallContext context);
}
