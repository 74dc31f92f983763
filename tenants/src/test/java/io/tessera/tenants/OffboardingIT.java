package io.tessera.tenants;

import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Offboarding on PostgreSQL. */
class OffboardingIT extends OffboardingCases {

    @RegisterExtension
    static final TesseraKernelExtension kernel = kernelWithModules().build();

    @Override
    TesseraKernelExtension kernel() {
        return kernel;
    }
}
