package io.tessera.tenants.data;

import io.tessera.kernel.migration.SchemaCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Clob;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a tenant's rows of chosen tables as a zip: one {@code <table>.jsonl} per table (a JSON
 * object per row) and a {@code manifest.json} with the row counts. Rows are streamed, never held in
 * memory, in primary key order (a tenant table needs no {@code id} column). Call inside a transaction
 * in the tenant's scope.
 */
@Component
public class TableExporter {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final SchemaCatalog schema;

    TableExporter(JdbcClient jdbc, ObjectMapper json, SchemaCatalog schema) {
        this.jdbc = jdbc;
        this.json = json;
        this.schema = schema;
    }

    /**
     * Exports the tables.
     *
     * @param out      where the zip goes; left open
     * @param tables   table names
     * @param tenantId the tenant
     * @param slug     its slug, for the manifest
     * @return rows exported per table
     */
    public Map<String, Long> export(OutputStream out, List<String> tables, UUID tenantId, String slug) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (String table : tables) {
            zip.putNextEntry(new ZipEntry(table + ".jsonl"));
            long[] rows = {0};
            jdbc.sql("select * from " + schema.identifier(table) + " where tenant_id = ?" + orderBy(table)).param(tenantId).query(rs -> {
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value(rs.getObject(i)));
                }
                try {
                    zip.write(json.writeValueAsBytes(row));
                    zip.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
            });
            zip.closeEntry();
            counts.put(table, rows[0]);
        }
        zip.putNextEntry(new ZipEntry("manifest.json"));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("tenantId", tenantId.toString());
        manifest.put("tenant", slug);
        manifest.put("exportedAt", Instant.now().toString());
        manifest.put("rows", counts);
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        return counts;
    }

    /** Rows in primary key order, so that two exports of the same data are identical; no column is assumed. */
    private String orderBy(String table) {
        List<String> key = schema.table(table).keyColumns();
        return key.isEmpty() ? "" : " order by " + String.join(", ", key);
    }

    private static Object value(Object value) throws SQLException {
        return switch (value) {
            case null -> null;
            case Timestamp t -> t.toInstant().toString();
            case Clob c -> c.getSubString(1, (int) c.length());
            case UUID u -> u.toString();
            case Number n -> n;
            case Boolean b -> b;
            case String s -> s;
            case byte[] bytes -> bytes;
            default -> value.toString();
        };
    }
}
