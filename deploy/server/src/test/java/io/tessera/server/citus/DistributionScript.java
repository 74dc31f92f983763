package io.tessera.server.citus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Citus distribution script for a schema, derived from its catalog: {@code create_reference_table} for every
 * reference table, then {@code create_distributed_table} on {@code tenant_id} for every other tenant table, all
 * co-located with the first. Within each group a referenced table comes before the tables that reference it (Citus
 * needs the target of a foreign key distributed first); otherwise tables are in name order, so the script is stable.
 */
final class DistributionScript {

    static final String HEADER = """
            -- GENERATED from the PostgreSQL catalog by CitusReadinessIT (deploy/server); do not edit by hand.
            -- After every module's migrations, on the Citus coordinator, as the owner role, one statement at a time
            -- (not in one transaction). See deploy/citus/README.md.
            """;

    private DistributionScript() {
    }

    static String of(CatalogSchema schema, CitusRules rules) {
        List<String> reference = ordered(schema, rules.referenceTables().stream()
                .filter(schema.tables()::containsKey).toList());
        List<String> distributed = ordered(schema, schema.tables().keySet().stream()
                .filter(t -> rules.distributed(t, schema)).toList());
        StringBuilder sql = new StringBuilder(HEADER).append('\n');
        sql.append("-- reference tables: global rows, a full copy on every node\n");
        reference.forEach(t -> sql.append("SELECT create_reference_table('").append(t).append("');\n"));
        sql.append("\n-- tenant tables: sharded by tenant_id, all co-located with ").append(distributed.getFirst()).append('\n');
        for (String table : distributed) {
            sql.append("SELECT create_distributed_table('").append(table).append("', 'tenant_id', colocate_with => '")
                    .append(table.equals(distributed.getFirst()) ? "none" : distributed.getFirst()).append("');\n");
        }
        sql.append("\n-- coordinator-local tables (left as they are):");
        new TreeSet<>(schema.tables().keySet()).stream().filter(rules::local).forEach(t -> sql.append(' ').append(t));
        return sql.append('\n').toString();
    }

    /** The tables, each after the tables (of the same list) it references; ties in name order. */
    private static List<String> ordered(CatalogSchema schema, List<String> tables) {
        Set<String> pending = new TreeSet<>(tables);
        Set<String> done = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            String next = pending.stream().filter(t -> schema.foreignKeys().stream()
                            .noneMatch(k -> k.table().equals(t) && !k.referencedTable().equals(t)
                                    && pending.contains(k.referencedTable())))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign key cycle among " + pending));
            done.add(next);
            pending.remove(next);
        }
        return new ArrayList<>(done);
    }
}
