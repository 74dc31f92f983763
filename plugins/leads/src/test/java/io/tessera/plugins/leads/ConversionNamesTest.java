package io.tessera.plugins.leads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConversionNamesTest {

    @Test
    void namesAgreeDespiteCaseAccentsAndSpacingButNotWhenTheyDiffer() {
        assertThat(ConversionService.sameName("José  Díaz", " jose diaz")).isTrue();
        assertThat(ConversionService.sameName("Bruce Wayne", "BRUCE WAYNE")).isTrue();
        assertThat(ConversionService.sameName("B. Wayne", "Bruce Wayne")).isFalse();
        assertThat(ConversionService.sameName("Bruce Wayne", "Bruce Banner")).isFalse();
        assertThat(ConversionService.sameName(null, "Bruce Wayne")).isFalse();
    }
}
