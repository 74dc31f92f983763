package io.tessera.kernel.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.Scope;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Runs Liquibase changelogs as the owner role over one connection. Use it for the duration of boot
 * and close it.
 *
 * <p>On PostgreSQL, several nodes may boot at once on the same database. From construction to
 * {@link #close()} the migrator holds a transaction-level advisory lock on a second owner connection
 * ({@link MigrationLock}), so one node migrates — kernel, modules, row-level security, the record of
 * each module's tables — while the others wait, then find nothing left to do. Liquibase's own lock
 * table still guards each changelog.
 */
public final class SchemaMigrator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);
    static final String KERNEL_CHANGELOG = "db/changelog/kernel.xml";

    private final DatabaseSettings settings;
    private final SingleConnectionDataSource dataSource;
    private final TenantTableGuard guard;
    private final Set<String> unguardable = new HashSet<>();
    private final MigrationLock lock;

    /**
     * Opens the owner connection.
     *
     * @param settings database settings
     */
    public SchemaMigrator(DatabaseSettings settings) {
        this.settings = settings;
        this.lock = MigrationLock.acquire(settings);
        this.dataSource = new SingleConnectionDataSource(settings.url(), settings.ownerUser(), settings.ownerPassword(), true);
        this.guard = new TenantTableGuard(settings.appRole());
        if (settings.postgres() && !settings.separateOwner()) {
            log.warn("Migrations run as the application role '{}': it owns the tables and could switch off row-level "
                    + "security. Set spring.liquibase.user to a separate owner role in production.", settings.appRole());
        }
    }

    /**
     * Migrates the kernel's schema; a failure here stops the server.
     */
    public void migrateKernel() {
        run("kernel", KERNEL_CHANGELOG, SchemaMigrator.class.getClassLoader());
        List<String> problems = guard();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
    }

    /**
     * Migrates one module's schema.
     *
     * @param moduleId    module id
     * @param changelog   changelog location inside the plugin
     * @param classLoader the plugin's classloader
     * @return the failure, if any
     */
    public Optional<String> migrateModule(String moduleId, String changelog, ClassLoader classLoader) {
        try {
            if (classLoader.getResource(changelog) == null) {
                return Optional.of("Changelog '" + changelog + "' not found in the plugin jar");
            }
            Set<String> before = tables();
            run(moduleId, changelog, classLoader);
            recordTables(moduleId, before);
            List<String> problems = guard();
            return problems.isEmpty() ? Optional.empty() : Optional.of("Tenant isolation impossible: " + String.join("; ", problems));
        } catch (RuntimeException e) {
            log.error("Migration of module {} failed", moduleId, e);
            return Optional.of("Migration failed: " + describe(e));
        }
    }

    /** Table names of the current schema, lower-case. */
    private Set<String> tables() {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                     new String[] {"TABLE"})) {
            Set<String> names = new LinkedHashSet<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list tables: " + e.getMessage(), e);
        }
    }

    /** Remembers which tables a module's changelog created, for impact previews, export and purge. */
    private void recordTables(String moduleId, Set<String> before) {
        List<String> created = tables().stream().filter(t -> !before.contains(t) && !t.startsWith("dbchangelog")).toList();
        if (created.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement next = connection.prepareStatement("select coalesce(max(position), 0) from module_tables where module_id = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "insert into module_tables (module_id, table_name, position) values (?, ?, ?)")) {
            next.setString(1, moduleId);
            int position;
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                position = rs.getInt(1);
            }
            for (String table : created) {
                insert.setString(1, moduleId);
                insert.setString(2, table);
                insert.setInt(3, ++position);
                insert.addBatch();
            }
            insert.executeBatch();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the tables of " + moduleId + ": " + e.getMessage(), e);
        }
    }

    /** Guards new tenant tables; returns the problems not reported before. */
    private List<String> guard() {
        if (!settings.postgres()) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            return guard.apply(connection).stream().filter(unguardable::add).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot apply row-level security: " + e.getMessage(), e);
        }
    }

    private void run(String moduleId, String changelog, ClassLoader classLoader) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog("classpath:" + changelog);
        liquibase.setResourceLoader(new DefaultResourceLoader(classLoader));
        liquibase.setDatabaseChangeLogTable("dbchangelog_" + moduleId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_"));
        liquibase.setDatabaseChangeLogLockTable("dbchangelog_lock");
        liquibase.setChangeLogParameters(Map.of("appRole", SqlIdentifiers.quote(settings.appRole())));
        try {
            Scope.child(Map.of("liquibase.analytics.enabled", Boolean.FALSE, "liquibase.showBanner", Boolean.FALSE),
                    liquibase::afterPropertiesSet);
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase update of '" + moduleId + "' failed: " + describe(e), e);
        }
    }

    private static final Pattern CHANGESET = Pattern.compile("changeset (\\S+)", Pattern.CASE_INSENSITIVE);

    /** The failing changeset (when Liquibase names it) and the database's own message. */
    private static String describe(Throwable error) {
        String changeset = null;
        Throwable root = error;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = t.getMessage() == null ? null : CHANGESET.matcher(t.getMessage());
            if (changeset == null && m != null && m.find()) {
                changeset = m.group(1).replaceAll(":+$", "");
            }
            root = t;
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        String text = (changeset == null ? "" : "changeset " + changeset + ": ") + message.replaceAll("\\s+", " ");
        return text.length() > 1000 ? text.substring(0, 1000) + "…" : text;
    }

    @Override
    public void close() {
        try {
            dataSource.destroy();
        } finally {
            lock.close();
        }
    }
}
