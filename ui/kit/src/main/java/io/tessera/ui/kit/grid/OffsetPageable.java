package io.tessera.ui.kit.grid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A {@link Pageable} at an arbitrary row offset: the grid asks for rows {@code offset..offset+limit},
 * which need not fall on a page boundary. Spring Data JPA reads {@link #getOffset()} and
 * {@link #getPageSize()} to build the query, so the rows fetched are exactly those asked for.
 */
record OffsetPageable(long offset, int size, Sort sort) implements Pageable {

    @Override
    public int getPageNumber() {
        return (int) (offset / size);
    }

    @Override
    public int getPageSize() {
        return size;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetPageable(offset + size, size, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return hasPrevious() ? new OffsetPageable(Math.max(0, offset - size), size, sort) : first();
    }

    @Override
    public Pageable first() {
        return new OffsetPageable(0, size, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPageable((long) pageNumber * size, size, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
