package io.tessera.plugins.inventory.common;

import io.tessera.sdk.persistence.TenantJdbc;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The module's only SQL dialect differences, chosen once from the data source's product name: PostgreSQL (the
 * production database) or the embedded H2 default (run in its PostgreSQL mode, D17). Everything else the module
 * writes is common SQL both understand ({@code = any(?)} over arrays, {@code unnest}, row values, {@code for update}).
 * Each statement built here takes its parameters in the order of the columns given.
 */
public final class Dialect {

    private final boolean postgres;

    private Dialect(boolean postgres) {
        this.postgres = postgres;
    }

    /**
     * The dialect of the kernel's database.
     *
     * @param db the module's database access
     * @return PostgreSQL's dialect, or H2's for any other database
     */
    public static Dialect of(TenantJdbc db) {
        return new Dialect(db.postgres());
    }

    /**
     * The dialect of a database product name as JDBC reports it.
     *
     * @param productName e.g. {@code PostgreSQL} or {@code H2}
     * @return the dialect
     */
    static Dialect of(String productName) {
        return new Dialect(productName.toLowerCase(java.util.Locale.ROOT).contains("postgres"));
    }

    /**
     * Whether the database is PostgreSQL.
     *
     * @return {@code true} on PostgreSQL, {@code false} on the embedded H2
     */
    public boolean postgres() {
        return postgres;
    }

    /**
     * One row inserted unless a row with the same key exists (then nothing happens, update count 0). Safe with
     * repeated keys within one batch.
     *
     * @param table   the table
     * @param columns the columns given, in parameter order
     * @param key     the unique key's columns
     * @return the statement
     */
    public String insertIfAbsent(String table, List<String> columns, List<String> key) {
        if (postgres) {
            return insert(table, columns) + " on conflict (" + String.join(", ", key) + ") do nothing";
        }
        return merge(table, columns, key) + " when not matched then " + mergeInsert(columns);
    }

    /**
     * One row inserted, or, when a row with the same key exists, the added columns of the given row added to it
     * atomically ({@code column = column + given}) — the statement reads no value it writes back.
     *
     * @param table   the table
     * @param columns the columns given, in parameter order
     * @param key     the unique key's columns
     * @param added   the columns added to an existing row
     * @return the statement
     */
    public String insertOrAdd(String table, List<String> columns, List<String> key, List<String> added) {
        if (postgres) {
            return insert(table, columns) + " on conflict (" + String.join(", ", key) + ") do update set "
                    + added.stream().map(c -> c + " = " + table + "." + c + " + excluded." + c).collect(Collectors.joining(", "));
        }
        return merge(table, columns, key) + " when matched then update set "
                + added.stream().map(c -> c + " = t." + c + " + s." + c).collect(Collectors.joining(", "))
                + " when not matched then " + mergeInsert(columns);
    }

    private static String insert(String table, List<String> columns) {
        return "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    private static String merge(String table, List<String> columns, List<String> key) {
        return "merge into " + table + " t using (values (" + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
                + ")) s (" + String.join(", ", columns) + ") on "
                + key.stream().map(c -> "t." + c + " = s." + c).collect(Collectors.joining(" and "));
    }

    private static String mergeInsert(List<String> columns) {
        return "insert (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }
}
