package io.tessera.tenants.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Every table with a {@code tenant_id} column, kernel's and plugins' alike. */
@Component
public class TenantTables {

    private final DataSource dataSource;
    private volatile List<String> cached;

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
}
