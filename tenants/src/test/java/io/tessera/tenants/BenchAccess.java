package io.tessera.tenants;

import io.tessera.testkit.PluginJar;

/** Lets the benchmark package build the same test plugins as the lifecycle tests. */
public final class BenchAccess {

    private BenchAccess() {
    }

    public static PluginJar module(String id, String dependencies, int seeds) {
        return LifecyclePlugins.module(id, dependencies, seeds, false);
    }
}
