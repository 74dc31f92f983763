package io.tessera.kernel.cluster;

import java.util.Objects;

/**
 * A configuration property that must have the same value on every node of a cluster — a signing key, a secret —
 * where a node would otherwise make up its own at start-up (so what one node issued another would refuse). Declare
 * one as a bean next to the component that reads the property; with {@code tessera.cluster.enabled=true} a node
 * refuses to start while any declared property is unset ({@link ClusterSettingsCheck}).
 *
 * @param property the property's name, e.g. {@code tessera.purge.token-secret}
 * @param purpose  what it is for, for the refusal's message
 */
public record SharedSetting(String property, String purpose) {

    /**
     * Checks the fields.
     *
     * @param property the property's name
     * @param purpose  what it is for
     */
    public SharedSetting {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(purpose, "purpose");
    }
}
