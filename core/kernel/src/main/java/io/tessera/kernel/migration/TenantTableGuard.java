package io.tessera.kernel.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every table with a {@code tenant_id} column tenant-isolated in PostgreSQL (D3): row-level
 * security ENABLEd and FORCEd, a policy on the transaction-local {@code app.tenant_id} setting with
 * USING and WITH CHECK (so a missing setting sees and writes nothing), and read/write grants for the
 * application role unless a changelog granted it something narrower. Idempotent; runs as the owner.
 */
final class TenantTableGuard {

    private static final Logger log = LoggerFactory.getLogger(TenantTableGuard.class);
    static final String POLICY_EXPRESSION = "tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid";

    private static final String FIND = """
            select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                   (select count(*) from pg_policy p where p.polrelid = c.oid) as policies,
                   format_type(a.atttypid, a.atttypmod) as tenant_type,
                   (has_table_privilege(?, c.oid, 'SELECT') or has_table_privilege(?, c.oid, 'INSERT')
                    or has_table_privilege(?, c.oid, 'UPDATE') or has_table_privilege(?, c.oid, 'DELETE')) as granted
              from pg_class c
              join pg_namespace n on n.oid = c.relnamespace
              join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
             where n.nspname = current_schema() and c.relkind in ('r', 'p')
            """;

    private final String appRole;

    TenantTableGuard(String appRole) {
        this.appRole = appRole;
    }

    /**
     * Guards every tenant table that is not yet guarded.
     *
     * @return tables that cannot be guarded, with the reason; they are left untouched
     */
    List<String> apply(Connection connection) throws SQLException {
        List<String> statements = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement(FIND)) {
            for (int i = 1; i <= 4; i++) {
                find.setString(i, appRole);
            }
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    String table = SqlIdentifiers.quote(rs.getString("relname"));
                    if (!"uuid".equals(rs.getString("tenant_type"))) {
                        problems.add("Column " + table + ".tenant_id must be of type uuid, not " + rs.getString("tenant_type"));
                        continue;
                    }
                    if (!rs.getBoolean("relrowsecurity")) {
                        statements.add("alter table " + table + " enable row level security");
                    }
                    if (!rs.getBoolean("relforcerowsecurity")) {
                        statements.add("alter table " + table + " force row level security");
                    }
                    if (rs.getLong("policies") == 0) {
                        statements.add("create policy tenant_isolation on " + table + " using (" + POLICY_EXPRESSION
                                + ") with check (" + POLICY_EXPRESSION + ")");
                    }
                    if (!rs.getBoolean("granted")) {
                        statements.add("grant select, insert, update, delete on " + table + " to "
                                + SqlIdentifiers.quote(appRole));
                    }
                }
            }
        }
        if (statements.isEmpty()) {
            return problems;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
            log.info("Row-level security applied: {} statements", statements.size());
            return problems;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
