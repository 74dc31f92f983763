package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.Test;

/**
 * Outbox rows name their listener by {@code <module id>:<listener name>}: two listeners of one module with the same
 * name would take each other's events, so the kernel refuses to start with them and names both classes.
 */
class ListenerIdsIT {

    @Test
    void twoListenersWithOneIdStopTheStart() throws Exception {
        TesseraKernelExtension kernel = TesseraKernelExtension.builder().plugin(TestPlugins.twinListeners()).build();
        try {
            assertThatThrownBy(() -> kernel.beforeAll(null))
                    .hasStackTraceContaining("Two event listeners share the id twins:OldName")
                    .hasStackTraceContaining("io.tessera.plugins.twins.NewName");
        } finally {
            kernel.afterAll(null);
        }
    }
}
