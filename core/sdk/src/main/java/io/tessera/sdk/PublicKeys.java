package io.tessera.sdk;

/**
 * Keys that route anonymous requests to the current tenant, for {@link io.tessera.sdk.security.PublicEndpoint}
 * handlers: a web form embedded in a tenant's site posts to {@code /api/v1/<moduleId>/public/<key>/…}. A key
 * is not a secret (it appears in public pages); it only names the tenant and module. Inject it into a component.
 */
public interface PublicKeys {

    /**
     * Issues a new random key for the current tenant and the module, in the caller's transaction.
     *
     * @param moduleId the module whose public endpoints the key opens
     * @return the key: URL-safe, at most 64 characters
     * @throws IllegalStateException when no tenant is in scope
     */
    String issue(String moduleId);

    /**
     * Revokes a key of the current tenant, in the caller's transaction; an unknown key is ignored.
     *
     * @param key the key
     */
    void revoke(String key);
}
