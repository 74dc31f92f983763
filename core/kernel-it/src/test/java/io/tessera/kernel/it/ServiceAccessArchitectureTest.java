package io.tessera.kernel.it;

import io.tessera.testkit.ServiceAccessRules;
import org.junit.jupiter.api.Test;

/** Every writing service method of the kernel declares the permission it needs. */
class ServiceAccessArchitectureTest {

    @Test
    void writingServiceMethodsDeclareAPermission() {
        ServiceAccessRules.check("io.tessera.kernel");
    }
}
