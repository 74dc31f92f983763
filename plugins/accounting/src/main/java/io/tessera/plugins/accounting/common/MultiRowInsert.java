package io.tessera.plugins.accounting.common;

import io.tessera.sdk.persistence.TenantJdbc;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes many rows of one table in one statement ({@code insert … values (?, …), (?, …)}) instead of a JDBC batch of
 * one statement per row: one execution and one round trip per table per document, whatever the driver's batch
 * settings, and statement-level triggers (the ledger's balances) fire once. Only placeholders are generated; the
 * values are bound. Above {@value #MAX_ROWS} rows the rows go in several statements (the protocol binds at most 65,535
 * parameters).
 */
public final class MultiRowInsert {

    /** Rows per statement at most. */
    static final int MAX_ROWS = 1000;

    private MultiRowInsert() {
    }

    /**
     * Inserts the rows.
     *
     * @param db     the module's database access (joins the current transaction)
     * @param prefix the statement up to and including {@code values} (table and columns)
     * @param rows   the rows, each with one value per column, all of the same length
     * @return the number of rows inserted
     */
    public static int insert(TenantJdbc db, String prefix, List<Object[]> rows) {
        int inserted = 0;
        for (int from = 0; from < rows.size(); from += MAX_ROWS) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + MAX_ROWS));
            int columns = chunk.get(0).length;
            String tuple = "(" + "?, ".repeat(columns - 1) + "?)";
            StringBuilder sql = new StringBuilder(prefix);
            List<Object> params = new ArrayList<>(chunk.size() * columns);
            for (int r = 0; r < chunk.size(); r++) {
                Object[] row = chunk.get(r);
                if (row.length != columns) {
                    throw new IllegalArgumentException("Row " + (from + r) + " has " + row.length + " values, not " + columns);
                }
                sql.append(r == 0 ? "" : ", ").append(tuple);
                params.addAll(java.util.Arrays.asList(row));
            }
            inserted += db.sql().sql(sql.toString()).params(params).update();
        }
        return inserted;
    }
}
