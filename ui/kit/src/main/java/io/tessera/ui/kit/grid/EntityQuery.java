package io.tessera.ui.kit.grid;

import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * One page request of an {@link EntityGrid}: which rows, in which order, matching which filter text.
 *
 * @param offset the index of the first row, at least 0
 * @param limit  the number of rows wanted, at least 1 and never more than the grid's page size
 * @param sort   the sort orders, most significant first; the properties are those given to
 *               {@link EntityGrid#addColumn(String, com.vaadin.flow.function.ValueProvider, String)}
 * @param filter the trimmed text of the filter bar; empty when none
 */
public record EntityQuery(int offset, int limit, List<SortKey> sort, String filter) {

    /**
     * Validates the query.
     *
     * @throws IllegalArgumentException if the offset is negative or the limit below 1
     */
    public EntityQuery {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, got " + offset + "/" + limit);
        }
        sort = List.copyOf(sort);
        filter = Objects.requireNonNullElse(filter, "").strip();
    }

    /**
     * The query as a Spring Data {@link Pageable} whose {@link Pageable#getOffset() offset} is exactly
     * {@link #offset()} (also when it is not a multiple of the limit) and whose page size is
     * {@link #limit()}, for a repository method such as {@code Page<Deal> findByNameContaining(String,
     * Pageable)}.
     *
     * @return the pageable
     */
    public Pageable pageable() {
        return new OffsetPageable(offset, limit, springSort());
    }

    /**
     * The sort orders in Spring Data's form.
     *
     * @return the sort; unsorted when there are no sort keys
     */
    public Sort springSort() {
        return Sort.by(sort.stream()
                .map(key -> key.descending() ? Sort.Order.desc(key.property()) : Sort.Order.asc(key.property()))
                .toList());
    }

    /**
     * A sort order on one property.
     *
     * @param property   the entity property (a column's sort property)
     * @param descending whether the order is descending
     */
    public record SortKey(String property, boolean descending) {

        /**
         * Validates the key.
         *
         * @throws IllegalArgumentException if the property is blank
         */
        public SortKey {
            if (property == null || property.isBlank()) {
                throw new IllegalArgumentException("sort property must not be blank");
            }
        }
    }
}
