package io.tessera.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class PageRequestsTest {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "created", "createdAt");

    @Test
    void defaultsToTheFirstPageOfTwentyInTheFallbackOrder() {
        Pageable page = PageRequests.of(null, null, null, SORTABLE, Sort.by("name"));
        assertThat(page.getPageNumber()).isZero();
        assertThat(page.getPageSize()).isEqualTo(20);
        assertThat(page.getSort()).isEqualTo(Sort.by("name"));
    }

    @Test
    void mapsApiFieldsToAttributesAndBreaksTiesById() {
        Pageable page = PageRequests.of(2, 50, "created,desc", SORTABLE, Sort.by("name"));
        assertThat(page.getSort()).isEqualTo(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")));
        assertThat(page.getOffset()).isEqualTo(100);
    }

    @Test
    void refusesUnknownFieldsDirectionsAndSizes() {
        assertThatThrownBy(() -> PageRequests.of(0, 20, "password", SORTABLE, Sort.unsorted()))
                .isInstanceOf(ApiException.class).hasMessageContaining("sort");
        assertThatThrownBy(() -> PageRequests.of(0, 20, "name,sideways", SORTABLE, Sort.unsorted()))
                .isInstanceOf(ApiException.class).hasMessageContaining("asc or desc");
        assertThatThrownBy(() -> PageRequests.of(0, PageRequests.MAX_SIZE + 1, null, SORTABLE, Sort.unsorted()))
                .isInstanceOf(ApiException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> PageRequests.of(-1, 20, null, SORTABLE, Sort.unsorted()))
                .isInstanceOf(ApiException.class).hasMessageContaining("page");
    }
}
