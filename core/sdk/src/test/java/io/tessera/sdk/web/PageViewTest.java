package io.tessera.sdk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.sdk.web.PageView.Paging;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageViewTest {

    private final AtomicInteger counted = new AtomicInteger();

    private long count() {
        counted.incrementAndGet();
        return 123;
    }

    @Test
    void aShortPageIsTheEndOfTheListSoItsTotalNeedsNoCount() {
        assertThat(new Paging(0, 20).total(7, this::count)).isEqualTo(7);
        assertThat(new Paging(2, 20).total(5, this::count)).isEqualTo(45);
        assertThat(new Paging(0, 20).total(0, this::count)).isZero();
        assertThat(counted).hasValue(0);
    }

    @Test
    void aFullPageOrAnEmptyLaterPageIsCounted() {
        assertThat(new Paging(0, 20).total(20, this::count)).isEqualTo(123);
        assertThat(new Paging(9, 20).total(0, this::count)).isEqualTo(123);
        assertThat(counted).hasValue(2);
    }

    @Test
    void pagingDefaultsToTheFirstPageOfTwentyAndRefusesOutOfRangeNamingTheParameter() {
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(0, 20));
        assertThat(Paging.of(2, 50).offset()).isEqualTo(100);
        for (Object[] bad : new Object[][] {{-1, 20, "page"}, {0, 0, "size"}, {0, PageView.MAX_SIZE + 1, "size"}}) {
            assertThatThrownBy(() -> Paging.of((Integer) bad[0], (Integer) bad[1])).isInstanceOfSatisfying(ApiProblem.class,
                    p -> assertThat(p.errors()).extracting(ApiProblem.FieldError::field).containsExactly((String) bad[2]));
        }
    }
}
