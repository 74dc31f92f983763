package io.tessera.kernel.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KernelVersionTest {

    @Test
    void theSdkVersionIsFilteredIntoTheJarAsASemanticVersion() {
        assertThat(KernelVersion.sdkVersion()).matches("\\d+\\.\\d+\\.\\d+");
    }
}
