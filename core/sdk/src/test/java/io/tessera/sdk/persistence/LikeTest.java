package io.tessera.sdk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreEscaped() {
        assertThat(Like.escape("50%")).isEqualTo("50\\%");
        assertThat(Like.escape("a_b")).isEqualTo("a\\_b");
        assertThat(Like.escape("C:\\temp")).isEqualTo("C:\\\\temp");
        assertThat(Like.escape("\\%_")).isEqualTo("\\\\\\%\\_");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertThat(Like.escape("Müller & Söhne")).isEqualTo("Müller & Söhne");
        assertThat(Like.escape("")).isEmpty();
    }

    @Test
    void containingStripsLowerCasesEscapesAndEncloses() {
        assertThat(Like.containing("  ACME_50% ")).isEqualTo("%acme\\_50\\%%");
        assertThat(Like.containing("İstanbul")).isEqualTo("%i̇stanbul%");
    }
}
