package io.tessera.kernel.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The one place where the application turns table names into SQL (D17): the tables of the schema as the
 * database stores them, read from its catalog, so that callers name them in lower case whatever the
 * database folds unquoted names to (PostgreSQL folds them to lower case, H2 to upper case); their primary
 * keys; which tables hold tenant rows; and the order in which rows can be deleted without violating a
 * foreign key. Migrations run before the application context refreshes (D1) and the schema does not change
 * afterwards, so the catalog is read once, on first use.
 */
@Component
public class SchemaCatalog {

    private final DataSource dataSource;
    private volatile Map<String, Table> tables;
    private volatile boolean postgres;

    SchemaCatalog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * One table of the schema.
     *
     * @param name        its name in lower case, as the application refers to it
     * @param sql         its quoted identifier as the database stores it, ready for a statement
     * @param keyColumns  its primary key's columns in key order, quoted as stored; empty without a primary key
     * @param references  the other tables its foreign keys refer to, lower case
     * @param tenantOwned whether it has a {@code tenant_id} column
     * @param selfReferencing the nullable columns of its foreign keys to itself (a parent account, say), quoted as stored
     */
    public record Table(String name, String sql, List<String> keyColumns, Set<String> references, boolean tenantOwned,
                        List<String> selfReferencing) {
    }

    /**
     * A table of the schema by its (case-insensitive) name.
     *
     * @param name a table name, e.g. from {@code module_tables}
     * @return the table
     * @throws IllegalArgumentException when the schema has no such table (so no other text reaches SQL)
     */
    public Table table(String name) {
        Table table = tables().get(name.toLowerCase(Locale.ROOT));
        if (table == null) {
            throw new IllegalArgumentException("The schema has no table " + name);
        }
        return table;
    }

    /**
     * The quoted identifier of a table, as stored.
     *
     * @param name a table name, any case
     * @return the identifier for a statement
     */
    public String identifier(String name) {
        return table(name).sql();
    }

    /**
     * Quotes an identifier that is not a table, such as a function a module declares, exactly as given.
     *
     * @param identifier the name, in the case the database stores it
     * @return the quoted identifier
     */
    public String quote(String identifier) {
        return SqlIdentifiers.quote(identifier);
    }

    /** Every table with a {@code tenant_id} column, kernel's and plugins' alike: lower-case names, sorted. */
    public List<String> tenantTables() {
        return tables().values().stream().filter(Table::tenantOwned).map(Table::name).sorted().toList();
    }

    /**
     * Orders tables so that deleting their rows in that order never violates a foreign key between them: a
     * table comes before every table it refers to. References to a table itself are left to the database
     * (one statement deletes every row); tables in a cycle keep their given order.
     *
     * @param names lower-case table names
     * @return the same tables, referencing ones first
     */
    public List<String> deletionOrder(Collection<String> names) {
        return ReferenceOrder.referencingFirst(List.copyOf(names), name -> table(name).references());
    }

    /**
     * The statements that delete the current tenant's rows of a table, each with the tenant id as its one parameter.
     * PostgreSQL checks a foreign key to the table itself at the end of the statement, so one {@code delete} does; H2
     * checks it row by row, so its self-references are cleared first.
     *
     * @param name a tenant table
     * @return the statements, in order
     */
    public List<String> tenantDeletion(String name) {
        Table table = table(name);
        List<String> statements = new java.util.ArrayList<>();
        if (!postgres) {
            for (String column : table.selfReferencing()) {
                statements.add("update " + table.sql() + " set " + column + " = null where tenant_id = ? and " + column + " is not null");
            }
        }
        statements.add("delete from " + table.sql() + " where tenant_id = ?");
        return List.copyOf(statements);
    }

    private Map<String, Table> tables() {
        Map<String, Table> known = tables;
        if (known == null) {
            known = read();
            tables = known;
        }
        return known;
    }

    private Map<String, Table> read() {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            postgres = "PostgreSQL".equalsIgnoreCase(meta.getDatabaseProductName());
            Map<String, String> stored = new TreeMap<>();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    stored.put(name.toLowerCase(Locale.ROOT), name);
                }
            }
            Set<String> tenantOwned = new TreeSet<>();
            Set<String> nullable = new TreeSet<>();
            try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if ("tenant_id".equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                        tenantOwned.add(table);
                    }
                    if (rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable) {
                        nullable.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            Map<String, Table> read = new LinkedHashMap<>();
            for (Map.Entry<String, String> table : stored.entrySet()) {
                read.put(table.getKey(), new Table(table.getKey(), SqlIdentifiers.quote(table.getValue()),
                        primaryKey(c, table.getValue()), references(c, table.getValue()), tenantOwned.contains(table.getKey()),
                        selfReferencing(c, table.getValue(), nullable)));
            }
            return Map.copyOf(read);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema's catalog: " + e.getMessage(), e);
        }
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        TreeMap<Short, String> columns = new TreeMap<>();
        try (ResultSet rs = c.getMetaData().getPrimaryKeys(c.getCatalog(), c.getSchema(), table)) {
            while (rs.next()) {
                columns.put(rs.getShort("KEY_SEQ"), SqlIdentifiers.quote(rs.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(columns.values());
    }

    private static List<String> selfReferencing(Connection c, String table, Set<String> nullable) throws SQLException {
        Set<String> columns = new LinkedHashSet<>();
        try (ResultSet rs = c.getMetaData().getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
            while (rs.next()) {
                String column = rs.getString("FKCOLUMN_NAME");
                if (rs.getString("PKTABLE_NAME").equalsIgnoreCase(table)
                        && nullable.contains(table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT))) {
                    columns.add(SqlIdentifiers.quote(column));
                }
            }
        }
        return List.copyOf(columns);
    }

    private static Set<String> references(Connection c, String table) throws SQLException {
        Set<String> referenced = new LinkedHashSet<>();
        try (ResultSet rs = c.getMetaData().getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
            while (rs.next()) {
                String target = rs.getString("PKTABLE_NAME");
                if (!target.equalsIgnoreCase(table)) {
                    referenced.add(target.toLowerCase(Locale.ROOT));
                }
            }
        }
        return Set.copyOf(referenced);
    }
}
