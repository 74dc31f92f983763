package io.tessera.sdk;

import java.util.Optional;

/**
 * Read-only access to the tenant the current request, job or event delivery acts for. Inject it
 * where needed; plugins cannot change the current tenant.
 */
public interface CurrentTenant {

    /**
     * The tenant in scope, if any.
     *
     * @return the current tenant, or empty outside tenant scope (platform work, startup)
     */
    Optional<TenantRef> get();

    /**
     * The tenant in scope.
     *
     * @return the current tenant
     * @throws IllegalStateException when no tenant is in scope
     */
    default TenantRef require() {
        return get().orElseThrow(() -> new IllegalStateException("No tenant in scope"));
    }

    /**
     * The display name of the tenant in scope, as its administrators entered it: for letterheads of printed documents
     * and mail. Plugins read it here instead of from the host's tables.
     *
     * @return the tenant's name; its slug on a host that keeps no name
     * @throws IllegalStateException when no tenant is in scope
     */
    default String displayName() {
        return require().slug();
    }
}
