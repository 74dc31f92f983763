package io.tessera.server.citus;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a SQL statement can be routed by Citus to one shard: when it touches a distributed (tenant) table it must
 * constrain {@code tenant_id} — {@code tenant_id = ?} (or {@code in (…)}, {@code = any(…)}, a literal) in a SELECT,
 * UPDATE or DELETE, the {@code tenant_id} column in an INSERT. A heuristic on the SQL text (no parser): it finds the
 * tables after FROM, JOIN, UPDATE and INTO, and looks for such a constraint anywhere in the statement.
 */
record TenantRouting(Set<String> distributedTables) {

    private static final Pattern TABLE = Pattern.compile("\\b(?:from|join|update|into)\\s+(?:only\\s+)?\"?([a-z_][a-z0-9_]*)\"?");
    private static final Pattern CONSTRAINT = Pattern.compile(
            "tenant_id\\s*(?:=\\s*(?:\\?|\\$\\d+|'[^']*'|cast\\(\\?)|in\\s*\\(|=\\s*any\\s*\\()");
    private static final Pattern INSERT = Pattern.compile("^\\s*insert\\s+into\\s+\"?[a-z_][a-z0-9_]*\"?\\s*\\(([^)]*)\\)");

    /** The distributed tables a statement touches, in the order they appear. */
    Set<String> tenantTables(String sql) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = TABLE.matcher(sql.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (distributedTables.contains(m.group(1))) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** Why the statement cannot be routed to one shard, or empty when it can (or touches no tenant table). */
    Optional<String> problem(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        Set<String> tables = tenantTables(lower);
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        Matcher insert = INSERT.matcher(lower);
        if (insert.find() && !insert.group(1).matches("(?s).*\\btenant_id\\b.*")) {
            return Optional.of("inserts into " + tables + " without a tenant_id value");
        }
        if (insert.find(0) && !lower.matches("(?s).*\\bselect\\b.*")) {
            return Optional.empty();
        }
        return CONSTRAINT.matcher(lower).find() ? Optional.empty()
                : Optional.of("touches " + tables + " without tenant_id = ?");
    }
}
