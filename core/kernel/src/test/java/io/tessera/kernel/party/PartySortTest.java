package io.tessera.kernel.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.sdk.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class PartySortTest {

    @Test
    void defaultsToNameThenId() {
        assertThat(PartySort.of(null)).isEqualTo(Sort.by("name").and(Sort.by("id")));
        assertThat(PartySort.of(" ")).isEqualTo(PartySort.DEFAULT);
    }

    @Test
    void mapsApiFieldsToAttributesAndBreaksTiesById() {
        assertThat(PartySort.of("createdAt,desc")).isEqualTo(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")));
        assertThat(PartySort.of("updatedAt")).isEqualTo(Sort.by("updatedAt").and(Sort.by("id")));
        assertThat(PartySort.of("name, ASC")).isEqualTo(Sort.by("name").and(Sort.by("id")));
    }

    @Test
    void refusesUnknownFieldsAndDirectionsNamingTheParameter() {
        assertThatThrownBy(() -> PartySort.of("password")).isInstanceOfSatisfying(ApiProblem.class, p -> {
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.errors()).extracting(ApiProblem.FieldError::field).containsExactly("sort");
            assertThat(p.getMessage()).contains("createdAt, name, updatedAt");
        });
        assertThatThrownBy(() -> PartySort.of("name,sideways")).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("asc or desc");
    }
}
