package io.tessera.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keycloak's organization claim comes as a list of aliases or as a map alias → {id, attributes}. */
class OrganizationClaimTest {

    @Test
    void aListOfAliases() {
        assertThat(OrganizationClaim.aliases(List.of("acme", "globex", " "))).containsExactlyInAnyOrder("acme", "globex");
    }

    @Test
    void aMapKeyedByAlias() {
        Map<String, Object> claim = Map.of(
                "acme", Map.of("id", "0b5c…", "region", List.of("eu")),
                "globex", Map.of("id", "7f1e…"));
        assertThat(OrganizationClaim.aliases(claim)).containsExactlyInAnyOrder("acme", "globex");
    }

    @Test
    void aSingleAliasOrNoClaim() {
        assertThat(OrganizationClaim.aliases("acme")).containsExactly("acme");
        assertThat(OrganizationClaim.aliases(null)).isEmpty();
        assertThat(OrganizationClaim.aliases(List.of())).isEmpty();
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> OrganizationClaim.aliases(42)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organization claim");
    }
}
