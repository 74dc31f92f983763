package io.tessera.tenants.modules;

import io.tessera.kernel.migration.SqlIdentifiers;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables each module created (recorded by the kernel's migrator) and the current tenant's rows in them. */
@Component
class ModuleTables {

    private final JdbcClient jdbc;

    ModuleTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The module's tables in creation order. */
    List<String> of(String moduleId) {
        return jdbc.sql("select table_name from module_tables where module_id = ? order by position")
                .param(moduleId).query(String.class).list();
    }

    /** The tenant's rows in a table; call inside a transaction in the tenant's scope. */
    long rows(String table, UUID tenantId) {
        // explicit tenant filter as well as row-level security: the embedded database has no RLS
        return jdbc.sql("select count(*) from " + SqlIdentifiers.quote(table) + " where tenant_id = ?")
                .param(tenantId).query(Long.class).single();
    }
}
