package io.tessera.server.lifecycle;

import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every first-party module's data through the marketplace, export and offboarding, on PostgreSQL. */
class FirstPartyModulesIT extends FirstPartyModulesCases {

    @RegisterExtension
    static final TesseraKernelExtension kernel = kernelWithEveryModule().build();

    @Override
    TesseraKernelExtension kernel() {
        return kernel;
    }
}
