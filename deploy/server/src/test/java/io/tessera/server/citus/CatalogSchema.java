package io.tessera.server.citus;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the PostgreSQL catalog says about one schema's tables, unique indexes and foreign keys: the facts the Citus
 * rules ({@link CitusRules}) judge. Read with plain JDBC on a superuser connection, after every migration ran.
 */
record CatalogSchema(Map<String, Table> tables, List<UniqueIndex> uniqueIndexes, List<ForeignKey> foreignKeys) {

    /** A table: whether it has a {@code tenant_id} column, and whether that column is NOT NULL. */
    record Table(String name, boolean hasTenantId, boolean tenantIdNotNull) {
    }

    /** A unique index or primary key, with whether {@code tenant_id} is one of its key columns. */
    record UniqueIndex(String name, String table, boolean primaryKey, boolean coversTenantId) {
    }

    /** A foreign key, its columns paired position by position with the referenced columns. */
    record ForeignKey(String name, String table, List<String> columns, String referencedTable, List<String> referencedColumns) {

        /** Whether some position pairs {@code tenant_id} with {@code tenant_id}. */
        boolean pairsTenantIds() {
            for (int i = 0; i < columns.size(); i++) {
                if ("tenant_id".equals(columns.get(i)) && "tenant_id".equals(referencedColumns.get(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    static CatalogSchema read(Connection c, String schema) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                select c.relname,
                       a.attname is not null as has_tenant_id,
                       coalesce(a.attnotnull, false) as tenant_id_not_null
                  from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace
                  left join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                 where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition""")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tables.put(rs.getString(1), new Table(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)));
                }
            }
        }
        List<UniqueIndex> indexes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select ic.relname, t.relname, i.indisprimary,
                       exists (select 1 from pg_attribute a
                                where a.attrelid = t.oid and a.attname = 'tenant_id'
                                  and a.attnum = any (i.indkey::int2[]))
                  from pg_index i
                  join pg_class ic on ic.oid = i.indexrelid
                  join pg_class t on t.oid = i.indrelid
                  join pg_namespace n on n.oid = t.relnamespace
                 where n.nspname = ? and i.indisunique
                 order by t.relname, ic.relname""")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    indexes.add(new UniqueIndex(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)));
                }
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select con.conname, src.relname,
                       array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, ord)
                               join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.ord),
                       dst.relname,
                       array(select a.attname::text from unnest(con.confkey) with ordinality k(attnum, ord)
                               join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.ord)
                  from pg_constraint con
                  join pg_class src on src.oid = con.conrelid
                  join pg_class dst on dst.oid = con.confrelid
                  join pg_namespace n on n.oid = con.connamespace
                 where n.nspname = ? and con.contype = 'f'
                 order by src.relname, con.conname""")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.add(new ForeignKey(rs.getString(1), rs.getString(2), strings(rs.getArray(3)), rs.getString(4),
                            strings(rs.getArray(5))));
                }
            }
        }
        return new CatalogSchema(tables, indexes, keys);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
