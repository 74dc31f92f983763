package io.tessera.sdk.web;

import java.util.List;
import java.util.Objects;

/**
 * A whole list for export, read in bounded batches rather than held in memory. Return it from a list
 * endpoint's handler that {@code produces = "text/csv"}: the kernel writes a header row (one column per
 * component of the row record, in declaration order) and then every row, asking for batch after batch
 * until one comes back short. The source pages by key (keyset paging: "the rows after this one in the
 * list's order"), never by offset, so the cost of a batch does not grow with its position.
 *
 * <p>Each batch is read by the source in its own (read-only) transaction with the request's tenant in
 * scope, so an export of a million rows holds neither a long transaction nor the rows in memory.
 *
 * @param rowType the record type of a row
 * @param source  reads the batches
 * @param <T>     the row type
 */
public record RowExport<T extends Record>(Class<T> rowType, Batches<T> source) {

    /** How many rows the kernel asks for at a time. */
    public static final int BATCH_SIZE = 500;

    /**
     * Reads one batch of an export.
     *
     * @param <T> the row type
     */
    @FunctionalInterface
    public interface Batches<T> {

        /**
         * The rows that follow {@code last} in the list's order.
         *
         * @param last  the last row of the previous batch, or {@code null} for the first batch
         * @param limit the most rows to return
         * @return up to {@code limit} rows; fewer than {@code limit} ends the export
         */
        List<T> after(T last, int limit);
    }

    /**
     * An export of rows of one type.
     *
     * @param rowType the record type of a row
     * @param source  reads the batches
     * @throws NullPointerException when either is null
     */
    public RowExport {
        Objects.requireNonNull(rowType, "rowType");
        Objects.requireNonNull(source, "source");
    }
}
