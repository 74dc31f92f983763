package io.tessera.sdk.web;

import java.util.List;
import java.util.function.Function;

/**
 * The envelope of a paged list, as every Tessera list endpoint returns it. Lists are paged by number
 * ({@code page}, {@code size}) or, where the endpoint supports it, by cursor ({@code after}, {@code size}):
 * {@link #next()} is then the cursor of the following rows, and stays right while rows are inserted or deleted.
 *
 * @param items         this page's items
 * @param page          zero-based page number; 0 when paged by cursor
 * @param size          page size
 * @param totalElements items across all pages; -1 when paged by cursor (not counted, which is what keeps deep
 *                      pages as fast as the first)
 * @param totalPages    number of pages; -1 when paged by cursor
 * @param next          the {@code after} cursor of the rows that follow this page, or {@code null} when this page ends
 *                      the list or the endpoint pages by number only
 * @param <T>           item type
 */
public record PageView<T>(List<T> items, int page, int size, long totalElements, int totalPages, String next) {

    /** The largest page a list endpoint serves. */
    public static final int MAX_SIZE = 200;

    /**
     * A page without a cursor to the next rows.
     *
     * @param items         this page's items
     * @param page          zero-based page number
     * @param size          page size
     * @param totalElements items across all pages
     * @param totalPages    number of pages
     */
    public PageView(List<T> items, int page, int size, long totalElements, int totalPages) {
        this(items, page, size, totalElements, totalPages, null);
    }

    /**
     * One page of a list that supports cursors: by number when {@code paging} has no cursor (with the total, counted
     * only when needed), else the rows after the cursor (not counted). Either way {@link #next()} is the cursor after
     * the last row when the page is full.
     *
     * @param rows   the page's rows, at most {@code paging.size()}, in the list's order
     * @param paging the requested page
     * @param count  counts the rows across all pages; called only when paged by number and the page cannot tell
     * @param key    the sort key of a row
     * @param view   a row as the endpoint shows it
     * @param <R>    row type
     * @param <T>    item type
     * @return the envelope
     */
    public static <R, T> PageView<T> of(List<R> rows, Paging paging, java.util.function.LongSupplier count,
                                        Function<R, Cursor> key, Function<R, T> view) {
        String next = rows.size() == paging.size() ? key.apply(rows.getLast()).encode() : null;
        List<T> items = rows.stream().map(view).toList();
        if (paging.after() != null) {
            return new PageView<>(items, 0, paging.size(), -1, -1, next);
        }
        long total = paging.total(rows.size(), count);
        return new PageView<>(items, paging.page(), paging.size(), total,
                (int) ((total + paging.size() - 1) / paging.size()), next);
    }

    /**
     * One page of a list.
     *
     * @param items  the page's items
     * @param paging the requested page
     * @param total  items across all pages
     * @param <T>    item type
     * @return the envelope
     */
    public static <T> PageView<T> of(List<T> items, Paging paging, long total) {
        return new PageView<>(items, paging.page(), paging.size(), total, (int) ((total + paging.size() - 1) / paging.size()));
    }

    /**
     * Validated paging parameters.
     *
     * @param page  zero-based page number (0 when paged by cursor)
     * @param size  page size, 1 to {@link #MAX_SIZE}
     * @param after the cursor the page starts after, or {@code null} when paged by number
     */
    public record Paging(int page, int size, Cursor after) {

        /**
         * Paging by number.
         *
         * @param page zero-based page number
         * @param size page size
         */
        public Paging(int page, int size) {
            this(page, size, null);
        }

        /**
         * Reads the {@code page}, {@code size} and {@code after} query parameters of a list that supports cursors.
         *
         * @param page    the requested page, or null
         * @param size    the requested size, or null
         * @param after   the cursor's text, or null
         * @param keySize how many values the list's sort key has
         * @return the paging
         * @throws ApiProblem 400 naming {@code page}, {@code size} or {@code after} when out of range, not a cursor
         *                    of this list, or both {@code page} and {@code after} are given
         */
        public static Paging of(Integer page, Integer size, String after, int keySize) {
            Paging paging = of(page, size);
            if (after == null || after.isBlank()) {
                return paging;
            }
            if (page != null) {
                throw ApiProblem.badRequest("page", "cannot be combined with after: a cursor names its own position");
            }
            return new Paging(0, paging.size(), Cursor.parse(after, keySize));
        }

        /**
         * Reads the {@code page} and {@code size} query parameters (defaults 0 and 20).
         *
         * @param page the requested page, or null
         * @param size the requested size, or null
         * @return the paging
         * @throws ApiProblem 400 naming {@code page} or {@code size} when out of range
         */
        public static Paging of(Integer page, Integer size) {
            int p = page == null ? 0 : page;
            int s = size == null ? 20 : size;
            if (p < 0) {
                throw ApiProblem.badRequest("page", "must be 0 or more");
            }
            if (s < 1 || s > MAX_SIZE) {
                throw ApiProblem.badRequest("size", "must be between 1 and " + MAX_SIZE);
            }
            return new Paging(p, s);
        }

        /**
         * The index of the page's first item.
         *
         * @return {@code page * size}
         */
        public int offset() {
            return page * size;
        }

        /**
         * The total across all pages, counted only when this page cannot tell it: a page that is not full
         * (and is the first, or not empty) ends the list, so the total is its offset plus its rows. Besides
         * saving the count query, this keeps a short page consistent with its total even when rows are
         * committed between the page query and the count (two statements, two snapshots in READ COMMITTED).
         *
         * @param found the number of rows this page's query returned
         * @param count the count query, run only when needed
         * @return the total
         */
        public long total(int found, java.util.function.LongSupplier count) {
            return found < size && (page == 0 || found > 0) ? (long) offset() + found : count.getAsLong();
        }
    }
}
