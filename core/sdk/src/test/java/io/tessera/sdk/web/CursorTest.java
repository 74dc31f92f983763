package io.tessera.sdk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.sdk.web.PageView.Paging;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void aCursorSurvivesItsTextForm() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-07T21:30:00.123456Z");
        Cursor cursor = Cursor.parse(Cursor.of(at, id).encode(), 2);
        assertThat(cursor.instant(0)).isEqualTo(at);
        assertThat(cursor.uuid(1)).isEqualTo(id);
        assertThat(Cursor.of(id).encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void somethingElseIsRefusedNamingAfter() {
        String twoValues = Cursor.of("a", "b").encode();
        for (String bad : List.of("not base64!", twoValues)) {
            assertThatThrownBy(() -> Cursor.parse(bad, 1)).isInstanceOfSatisfying(ApiProblem.class,
                    p -> assertThat(p.errors()).extracting(ApiProblem.FieldError::field).containsExactly("after"));
        }
        assertThatThrownBy(() -> Cursor.parse(Cursor.of("x").encode(), 1).uuid(0)).isInstanceOf(ApiProblem.class);
    }

    @Test
    void pagingByCursorExcludesAPageNumber() {
        String after = Cursor.of(UUID.randomUUID()).encode();
        assertThat(Paging.of(null, 10, after, 1).after()).isNotNull();
        assertThat(Paging.of(3, 10, null, 1).after()).isNull();
        assertThat(Paging.of(3, 10, " ", 1).page()).isEqualTo(3);
        assertThatThrownBy(() -> Paging.of(0, 10, after, 1)).isInstanceOfSatisfying(ApiProblem.class,
                p -> assertThat(p.errors()).extracting(ApiProblem.FieldError::field).containsExactly("page"));
    }

    @Test
    void aFullPageNamesTheCursorAfterItsLastRowAndACursorPageIsNotCounted() {
        AtomicInteger counted = new AtomicInteger();
        List<Integer> rows = List.of(5, 4, 3);
        PageView<String> byNumber = PageView.of(rows, new Paging(0, 3), () -> {
            counted.incrementAndGet();
            return 10;
        }, r -> Cursor.of(r), String::valueOf);
        assertThat(byNumber.items()).containsExactly("5", "4", "3");
        assertThat(byNumber.totalElements()).isEqualTo(10);
        assertThat(Cursor.parse(byNumber.next(), 1).values()).containsExactly("3");

        PageView<String> byCursor = PageView.of(List.of(2, 1), Paging.of(null, 3, byNumber.next(), 1), () -> {
            counted.incrementAndGet();
            return 10;
        }, r -> Cursor.of(r), String::valueOf);
        assertThat(byCursor.next()).as("a short page ends the list").isNull();
        assertThat(byCursor.totalElements()).isEqualTo(-1);
        assertThat(counted).hasValue(1);
    }
}
