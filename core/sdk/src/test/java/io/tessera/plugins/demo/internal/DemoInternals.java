package io.tessera.plugins.demo.internal;

/** An internal type of a module {@code demo}, which no other module may look up. */
public interface DemoInternals {
}
