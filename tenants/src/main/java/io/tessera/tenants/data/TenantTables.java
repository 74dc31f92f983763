package io.tessera.tenants.data;

import io.tessera.kernel.migration.SchemaCatalog;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every table with a {@code tenant_id} column, kernel's and plugins' alike (read from the kernel's {@link SchemaCatalog}). */
@Component
public class TenantTables {

    private final SchemaCatalog schema;

    TenantTables(SchemaCatalog schema) {
        this.schema = schema;
    }

    /** Lower-case table names, sorted. The schema changes only at boot, so the answer is cached. */
    public List<String> all() {
        return schema.tenantTables();
    }
}
