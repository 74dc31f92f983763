package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.Eventually;
import io.tessera.testkit.TesseraKernelExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * While the application role cannot reach the database (as during a failover), the API answers 503 problem+json with
 * Retry-After — for an API key, a first sign-in and a signed-in caller alike — never a redirect to the sign-in page
 * or a 401; once the database is back the same callers are served again.
 */
class DatabaseOutageIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .property("spring.datasource.hikari.connection-timeout", "1500")
            .build();

    @Test
    void whileTheDatabaseCannotBeReachedTheApiAnswers503AndServesAgainAfterwards() {
        ApiClient admin = kernel.provisionTenant("outage", PASSWORD);
        ApiResponse created = admin.post("/api/v1/admin/api-keys", "{\"name\":\"sync\",\"scopes\":[\"parties.read\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiClient key = kernel.apiKey(created.json().get("secret").asString());
        kernel.createUser("fresh@outage.test", PASSWORD, kernel.tenant("outage"));
        ApiClient fresh = kernel.api("fresh@outage.test", PASSWORD).withTenant("outage");
        assertThat(key.get("/api/v1/parties").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/parties").status()).isEqualTo(200);

        cutOffTheApplicationRole();
        try {
            assertUnavailable(key.get("/api/v1/parties"));
            assertUnavailable(fresh.get("/api/v1/parties"));
            assertUnavailable(admin.get("/api/v1/parties"));
        } finally {
            asSuperuser("grant connect on database " + database() + " to public, " + kernel.applicationRole());
        }

        Eventually.until("the API key served again", () -> key.get("/api/v1/parties").status() == 200);
        assertThat(fresh.get("/api/v1/parties").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/parties").status()).isEqualTo(200);
    }

    private static void assertUnavailable(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.json().get("detail").asString()).contains("database cannot be reached");
    }

    /**
     * New connections to this class's database are refused and the open ones closed, as when the primary goes away.
     * Only this database: the role itself is shared with other test classes.
     */
    private static void cutOffTheApplicationRole() {
        asSuperuser("revoke connect on database " + database() + " from public, " + kernel.applicationRole());
        kernel.queryAsSuperuser("select count(pg_terminate_backend(pid)) from pg_stat_activity where usename = ? "
                + "and datname = current_database()", kernel.applicationRole());
    }

    private static String database() {
        return '"' + kernel.queryAsSuperuser("select current_database()") + '"';
    }

    private static void asSuperuser(String sql) {
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }
}
