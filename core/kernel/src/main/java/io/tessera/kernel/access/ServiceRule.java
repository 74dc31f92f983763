package io.tessera.kernel.access;

/**
 * What a service method declares: the permission a caller must hold, or — when {@code permission} is
 * {@code null} — that only system work may call it ({@link io.tessera.sdk.security.SystemOnly}).
 *
 * @param permission the permission key, or {@code null} for system-only
 */
record ServiceRule(String permission) {

    static ServiceRule permission(String key) {
        return new ServiceRule(key);
    }

    static ServiceRule systemOnly() {
        return new ServiceRule(null);
    }

    boolean isSystemOnly() {
        return permission == null;
    }
}
