package io.tessera.sdk.web;

import static org.assertj.core.api.Assertions.assertThat;

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
}
