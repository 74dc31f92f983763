package io.tessera.kernel.it;

import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link PartyDeletionGuard} on the embedded H2 database, which stores table names in upper case. */
class PartyDeletionGuardEmbeddedIT extends PartyDeletionGuard {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().embeddedDatabase()
            .plugin(TestPlugins.visits()).build();

    @Override
    TesseraKernelExtension kernel() {
        return kernel;
    }
}
