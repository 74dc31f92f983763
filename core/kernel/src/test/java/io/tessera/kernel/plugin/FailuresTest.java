package io.tessera.kernel.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void describesTheCauseChainOnOneLineWithoutRepeats() {
        Exception cause = new IllegalStateException("licence server unreachable");
        Exception error = new RuntimeException("java.lang.IllegalStateException: licence server unreachable", cause);
        assertThat(Failures.describe(error))
                .isEqualTo("RuntimeException: java.lang.IllegalStateException: licence server unreachable");
        assertThat(Failures.describe(new RuntimeException("outer", new IllegalArgumentException("inner"))))
                .isEqualTo("RuntimeException: outer <- IllegalArgumentException: inner");
    }

    @Test
    void capsVeryLongMessages() {
        assertThat(Failures.describe(new RuntimeException("x".repeat(5000)))).hasSizeLessThan(2010);
    }
}
