package io.tessera.kernel.plugin;

/** The state of an installed plugin on this server (not per tenant). */
public enum ModuleState {
    /** Loaded, migrated and part of the application context. */
    STARTED,
    /** Not usable; the failure says why. Other plugins are unaffected unless they require it. */
    FAILED
}
