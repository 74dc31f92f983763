package io.tessera.sdk;

/**
 * Tells a module which modules the current tenant has enabled, so that it can use an optional
 * dependency only where the tenant has turned it on (D2: the consumer keeps working without it).
 * Inject it into a component.
 */
public interface EnabledModules {

    /**
     * Whether the current tenant has enabled the module and it runs healthy on this server.
     *
     * @param moduleId the module id, e.g. {@code pipeline}
     * @return {@code true} when the module is enabled for the current tenant
     * @throws IllegalStateException when no tenant is in scope
     */
    boolean isEnabled(String moduleId);
}
