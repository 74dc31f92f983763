package io.tessera.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh PostgreSQL database for one test class, owned by a migration role, with a separate
 * application role that owns nothing and cannot bypass row-level security — as in production.
 * The server is reached as a superuser through {@code TESSERA_TEST_POSTGRES_URL} /
 * {@code TESSERA_TEST_POSTGRES_USER} / {@code TESSERA_TEST_POSTGRES_PASSWORD} (system properties
 * {@code tessera.test.postgres.url|user|password}); default {@code postgres} on 127.0.0.1:5432.
 */
final class TestDatabase implements AutoCloseable {

    static final String OWNER_ROLE = "tessera_test_owner";
    static final String OWNER_PASSWORD = "tessera-test-owner";
    static final String APP_ROLE = "tessera_test_app";
    static final String APP_PASSWORD = "tessera-test-app";

    private final String adminUrl;
    private final String adminUser;
    private final String adminPassword;
    private final String name;

    private TestDatabase(String adminUrl, String adminUser, String adminPassword, String name) {
        this.adminUrl = adminUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.name = name;
    }

    static TestDatabase create() {
        String url = setting("tessera.test.postgres.url", "TESSERA_TEST_POSTGRES_URL")
                .orElse("jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = setting("tessera.test.postgres.user", "TESSERA_TEST_POSTGRES_USER").orElse("postgres");
        String password = setting("tessera.test.postgres.password", "TESSERA_TEST_POSTGRES_PASSWORD").orElse("");
        String name = "tessera_it_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        TestDatabase db = new TestDatabase(url, user, password, name);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            ensureRole(c, OWNER_ROLE, OWNER_PASSWORD);
            ensureRole(c, APP_ROLE, APP_PASSWORD);
            s.execute("create database " + name + " owner " + OWNER_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + url + " as " + user
                    + " (is PostgreSQL running?): " + e.getMessage(), e);
        }
        try (Connection c = db.adminConnection(); Statement s = c.createStatement()) {
            s.execute("revoke create on schema public from public");
            s.execute("alter schema public owner to " + OWNER_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare test database " + name + ": " + e.getMessage(), e);
        }
        return db;
    }

    private static void ensureRole(Connection c, String role, String password) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            exists.setString(1, role);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("create role " + role + " login nosuperuser nobypassrls nocreatedb nocreaterole password '"
                    + password + "'");
        } catch (SQLException e) {
            // another test JVM created it between our check and our create: fine, anything else is not
            if (!"42710".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static Optional<String> setting(String property, String env) {
        String value = System.getProperty(property, System.getenv(env));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    String name() {
        return name;
    }

    /** JDBC URL of the test database. */
    String url() {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?');
        String base = slash < 0 ? adminUrl : adminUrl.substring(0, slash);
        return base + "/" + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    /** A superuser connection to the test database: sees every tenant's rows. */
    Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(url(), adminUser, adminPassword);
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(adminUrl, adminUser, adminPassword); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop test database " + name + ": " + e.getMessage(), e);
        }
    }
}
