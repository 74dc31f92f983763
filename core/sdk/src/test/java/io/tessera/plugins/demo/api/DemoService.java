package io.tessera.plugins.demo.api;

/** A published service of a module {@code demo}, for the SDK's tests. */
public interface DemoService {
}
