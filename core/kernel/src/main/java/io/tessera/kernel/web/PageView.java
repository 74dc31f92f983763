package io.tessera.kernel.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * The envelope of every paged list.
 *
 * @param items         this page's items
 * @param page          zero-based page number
 * @param size          requested page size
 * @param totalElements items across all pages
 * @param totalPages    number of pages
 * @param <T>           item type
 */
public record PageView<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

    /** Maps a Spring Data page. */
    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
