package io.tessera.kernel.module;

/** A module's state for one tenant. A module without a row is available. */
public enum TenantModuleState {
    /** In use: visible in UI, API, jobs and events. */
    ENABLED,
    /** Hidden everywhere, data kept; enabling again restores it. */
    DETACHED
}
