package io.tessera.tenants.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Every table with a {@code tenant_id} column, kernel's and plugins' alike. */
@Component
public class TenantTables {

    private final DataSource dataSource;
    private volatile List<String> cached;
    private final Map<String, List<String>> primaryKeys = new ConcurrentHashMap<>();

    TenantTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Lower-case table names, sorted. The schema changes only at boot, so the answer is cached. */
    public List<String> all() {
        List<String> tables = cached;
        if (tables == null) {
            TreeSet<String> found = new TreeSet<>();
            try (Connection c = dataSource.getConnection();
                 ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    if ("tenant_id".equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                        found.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot list tenant tables: " + e.getMessage(), e);
            }
            tables = List.copyOf(found);
            cached = tables;
        }
        return tables;
    }

    /**
     * The table's primary key columns in key order (lower case), cached like the table list.
     *
     * @param table a lower-case table name
     * @return the key's columns; empty when the table has no primary key
     */
    public List<String> primaryKey(String table) {
        return primaryKeys.computeIfAbsent(table, this::readPrimaryKey);
    }

    private List<String> readPrimaryKey(String table) {
        try (Connection c = dataSource.getConnection()) {
            // PostgreSQL folds unquoted names to lower case, H2 to upper case
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                TreeMap<Short, String> columns = new TreeMap<>();
                try (ResultSet rs = c.getMetaData().getPrimaryKeys(c.getCatalog(), c.getSchema(), name)) {
                    while (rs.next()) {
                        columns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                if (!columns.isEmpty()) {
                    return List.copyOf(columns.values());
                }
            }
            return List.of();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the primary key of " + table + ": " + e.getMessage(), e);
        }
    }
}
