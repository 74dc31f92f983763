package io.tessera.server.lifecycle;

import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every first-party module's data through the marketplace, export and offboarding, on the embedded default (H2). */
class FirstPartyModulesEmbeddedIT extends FirstPartyModulesCases {

    @RegisterExtension
    static final TesseraKernelExtension kernel = kernelWithEveryModule().embeddedDatabase().build();

    @Override
    TesseraKernelExtension kernel() {
        return kernel;
    }
}
