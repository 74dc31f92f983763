package io.tessera.plugins.demo.api.sub;

/** A published type below the api package of a module {@code demo}, for the SDK's tests. */
public interface DemoDetail {
}
