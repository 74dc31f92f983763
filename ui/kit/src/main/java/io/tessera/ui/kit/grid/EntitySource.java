package io.tessera.ui.kit.grid;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * Where an {@link EntityGrid} gets its rows: one bounded query per call. Both methods are called on
 * the request thread, in the current tenant's scope.
 *
 * @param <T> the row type
 */
public interface EntitySource<T> {

    /**
     * The rows of one page.
     *
     * @param query offset, limit, sort and filter text
     * @return at most {@code query.limit()} rows
     */
    List<T> fetch(EntityQuery query);

    /**
     * How many rows match the filter text.
     *
     * @param filter the trimmed filter text, empty for none
     * @return the number of matching rows
     */
    long count(String filter);

    /**
     * A source over Spring Data query methods that run exactly one query each: a finder returning a
     * {@link Slice} (no count query) and a counter, e.g.
     * {@code EntitySource.ofSlices(deals::findByNameContainingIgnoreCase, deals::countByNameContainingIgnoreCase)}.
     * This is the form to use for large tables.
     *
     * @param finder  a repository method taking the filter text and a pageable, returning a slice
     * @param counter a repository method counting the rows matching the filter text
     * @param <T>     the row type
     * @return the source
     */
    static <T> EntitySource<T> ofSlices(BiFunction<String, Pageable, ? extends Slice<T>> finder,
                                        ToLongFunction<String> counter) {
        return new EntitySource<>() {
            @Override
            public List<T> fetch(EntityQuery query) {
                return finder.apply(query.filter(), query.pageable()).getContent();
            }

            @Override
            public long count(String filter) {
                return counter.applyAsLong(filter);
            }
        };
    }

    /**
     * A source over one Spring Data finder returning a {@link Page}, such as
     * {@code (text, pageable) -> deals.search(text, pageable)}. Simple, but Spring Data runs a count
     * query with most page fetches, and the grid's count runs the finder with a one-row page; prefer
     * {@link #ofSlices} for large tables.
     *
     * @param finder a repository method taking the filter text and a pageable
     * @param <T>    the row type
     * @return the source
     */
    static <T> EntitySource<T> ofPages(BiFunction<String, Pageable, Page<T>> finder) {
        return new EntitySource<>() {
            @Override
            public List<T> fetch(EntityQuery query) {
                return finder.apply(query.filter(), query.pageable()).getContent();
            }

            @Override
            public long count(String filter) {
                return finder.apply(filter, PageRequest.of(0, 1)).getTotalElements();
            }
        };
    }
}
