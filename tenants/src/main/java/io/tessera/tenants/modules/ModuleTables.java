package io.tessera.tenants.modules;

import io.tessera.kernel.migration.SchemaCatalog;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tenant tables each module created (recorded by the kernel's migrator) and the current tenant's rows in them. */
@Component
class ModuleTables {

    private final JdbcClient jdbc;
    private final SchemaCatalog schema;

    ModuleTables(JdbcClient jdbc, SchemaCatalog schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    /** The module's tables that hold tenant rows, in the order the migrator recorded them. */
    List<String> of(String moduleId) {
        List<String> tenantTables = schema.tenantTables();
        return jdbc.sql("select table_name from module_tables where module_id = ? order by position")
                .param(moduleId).query(String.class).list().stream().filter(tenantTables::contains).toList();
    }

    /** The tenant's rows in a table; call inside a transaction in the tenant's scope. */
    long rows(String table, UUID tenantId) {
        // explicit tenant filter as well as row-level security: the embedded database has no RLS
        return jdbc.sql("select count(*) from " + schema.identifier(table) + " where tenant_id = ?")
                .param(tenantId).query(Long.class).single();
    }
}
