package io.tessera.kernel.migration;

/** Quoting of SQL identifiers that come from the schema itself (table names read from the catalog). */
public final class SqlIdentifiers {

    private SqlIdentifiers() {
    }

    /**
     * Quotes an identifier for PostgreSQL and H2, doubling embedded quotes.
     *
     * @param identifier a table or role name
     * @return the quoted identifier
     */
    public static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
