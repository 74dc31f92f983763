package io.tessera.server.citus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules a schema must follow to be distributed by Citus on {@code tenant_id}, judged on the catalog
 * ({@link CatalogSchema}). A table with a {@code tenant_id} column is distributed unless it is on the explicit list of
 * reference tables; every other table must be on that list or on the list of coordinator-local tables (by name, or by
 * a name prefix for the migrator's per-module changelog tables).
 * <ul>
 *   <li>a distributed table's {@code tenant_id} is NOT NULL and it has a primary key;</li>
 *   <li>its primary key and every unique index include {@code tenant_id} (Citus enforces uniqueness per shard);</li>
 *   <li>a foreign key between distributed tables pairs {@code tenant_id} with {@code tenant_id} (co-located join);</li>
 *   <li>a foreign key from a distributed table references a distributed or a reference table, never a local one;</li>
 *   <li>a reference or local table never references a distributed table.</li>
 * </ul>
 */
record CitusRules(Set<String> referenceTables, Set<String> localTables, String localPrefix) {

    /** The findings, one line each; empty when the schema can be distributed as it is. */
    List<String> violations(CatalogSchema schema) {
        List<String> found = new ArrayList<>();
        for (String listed : referenceTables) {
            if (!schema.tables().containsKey(listed)) {
                found.add("reference table " + listed + " is listed but does not exist");
            }
        }
        for (String listed : localTables) {
            if (!schema.tables().containsKey(listed)) {
                found.add("local table " + listed + " is listed but does not exist");
            }
        }
        for (CatalogSchema.Table table : schema.tables().values()) {
            if (distributed(table.name(), schema)) {
                if (!table.tenantIdNotNull()) {
                    found.add("table " + table.name() + ": tenant_id is nullable");
                }
                if (schema.uniqueIndexes().stream().noneMatch(i -> i.table().equals(table.name()) && i.primaryKey())) {
                    found.add("table " + table.name() + ": no primary key");
                }
            } else if (!table.hasTenantId() && !referenceTables.contains(table.name()) && !local(table.name())) {
                found.add("table " + table.name() + ": global (no tenant_id) but not on the list of reference or local tables");
            }
        }
        for (CatalogSchema.UniqueIndex index : schema.uniqueIndexes()) {
            if (distributed(index.table(), schema) && !index.coversTenantId()) {
                found.add((index.primaryKey() ? "primary key " : "unique index ") + index.name() + " on " + index.table()
                        + " lacks tenant_id");
            }
        }
        for (CatalogSchema.ForeignKey key : schema.foreignKeys()) {
            boolean from = distributed(key.table(), schema);
            boolean to = distributed(key.referencedTable(), schema);
            String what = "foreign key " + key.name() + " " + key.table() + key.columns() + " -> " + key.referencedTable()
                    + key.referencedColumns();
            if (from && to && !key.pairsTenantIds()) {
                found.add(what + " does not pair tenant_id with tenant_id");
            } else if (from && local(key.referencedTable())) {
                found.add(what + " references a coordinator-local table");
            } else if (!from && to) {
                found.add(what + " references a distributed table from a " + (local(key.table()) ? "local" : "reference")
                        + " table");
            }
        }
        return found;
    }

    /** Whether the table is distributed by tenant_id: it has the column and is on neither list. */
    boolean distributed(String table, CatalogSchema schema) {
        CatalogSchema.Table t = schema.tables().get(table);
        return t != null && t.hasTenantId() && !referenceTables.contains(table) && !local(table);
    }

    /** Whether the table stays on the coordinator: listed, or named with the local prefix. */
    boolean local(String table) {
        return localTables.contains(table) || table.startsWith(localPrefix);
    }
}
