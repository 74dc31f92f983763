package io.tessera.kernel.it;

import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link PartyDeletionGuard} on PostgreSQL, as the application role. */
class PartyDeletionGuardIT extends PartyDeletionGuard {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().plugin(TestPlugins.visits()).build();

    @Override
    TesseraKernelExtension kernel() {
        return kernel;
    }
}
