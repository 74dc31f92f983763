package io.tessera.tenants;

import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The marketplace's actions on the embedded default (H2), where the tables' names are stored in upper case. */
class PurgeAndExportEmbeddedIT extends PurgeAndExportCases {

    @RegisterExtension
    static final TesseraKernelExtension kernel = kernelWithModules(Exports.tempDirectory("tessera-exports-h2"))
            .embeddedDatabase()
            .build();

    @Override
    TesseraKernelExtension kernel() {
        return kernel;
    }
}
