package io.tessera.sdk.web;

import java.util.List;

/**
 * The envelope of a paged list, as every Tessera list endpoint returns it.
 *
 * @param items         this page's items
 * @param page          zero-based page number
 * @param size          page size
 * @param totalElements items across all pages
 * @param totalPages    number of pages
 * @param <T>           item type
 */
public record PageView<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

    /** The largest page a list endpoint serves. */
    public static final int MAX_SIZE = 200;

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
     * @param page zero-based page number
     * @param size page size, 1 to {@link #MAX_SIZE}
     */
    public record Paging(int page, int size) {

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
