package io.tessera.tenants;

import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Offboarding on the embedded default (H2). */
class OffboardingEmbeddedIT extends OffboardingCases {

    @RegisterExtension
    static final TesseraKernelExtension kernel = kernelWithModules().embeddedDatabase().build();

    @Override
    TesseraKernelExtension kernel() {
        return kernel;
    }
}
