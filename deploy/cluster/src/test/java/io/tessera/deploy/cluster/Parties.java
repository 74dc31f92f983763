package io.tessera.deploy.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What the database holds of a load's writes, read on the primary as the superuser. */
final class Parties {

    private Parties() {
    }

    /** How many parties of the tenant carry each name that starts with the prefix. */
    static Map<String, Integer> countsByName(Cluster cluster, String tenantId, String prefix) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection db = cluster.primary();
             PreparedStatement query = db.prepareStatement(
                     "select name, count(*) from parties where tenant_id = ? and name like ? group by name")) {
            query.setObject(1, UUID.fromString(tenantId));
            query.setString(2, prefix.replace("_", "\\_") + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    /** The acknowledged names that are not stored exactly once, with their count (0: lost, 2+: duplicated). */
    static Map<String, Integer> notExactlyOnce(Cluster cluster, String tenantId, String prefix, Set<String> acknowledged)
            throws SQLException {
        Map<String, Integer> counts = countsByName(cluster, tenantId, prefix);
        Map<String, Integer> wrong = acknowledged.stream().filter(name -> counts.getOrDefault(name, 0) != 1)
                .collect(Collectors.toMap(name -> name, name -> counts.getOrDefault(name, 0)));
        counts.forEach((name, count) -> {
            if (count > 1) {
                wrong.put(name, count);
            }
        });
        return wrong;
    }
}
