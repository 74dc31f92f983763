package io.tessera.plugins.mrp;

import io.tessera.testkit.ServiceAccessRules;
import org.junit.jupiter.api.Test;

/** Every writing service method of the plugin declares the permission it needs. */
class ServiceAccessArchitectureTest {

    @Test
    void writingServiceMethodsDeclareAPermission() {
        ServiceAccessRules.check("io.tessera.plugins.mrp");
    }
}
