package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.sdk.TenantRef;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Domain events go through the outbox: delivered after commit, in the publishing tenant, retried until they succeed. */
class EventsIT {

    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .plugin(TestPlugins.pings())
            .property("tessera.events.poll-interval", "500ms")
            .build();

    static TenantRef tenant;
    static ApiClient api;

    @BeforeAll
    static void aTenantAndAUser() {
        tenant = kernel.createTenant("events");
        kernel.createUser("events@events.test", "correct-horse-battery", tenant);
        kernel.enable(tenant, "pings");
        api = kernel.api("events@events.test", "correct-horse-battery");
    }

    @Test
    void aCommittedEventIsDeliveredOnceInThePublishingTenant() throws Exception {
        UUID id = ping("hello", false);

        awaitLogged(id);
        assertThat(count("select count(*) from ping_log where ping_id = ? and tenant_id = ?", id, tenant.id())).isEqualTo(1);
        awaitNoOutboxRowFor(id);
        assertThat(count("select count(*) from ping_log where ping_id = ?", id)).isEqualTo(1);
    }

    @Test
    void aRolledBackEventIsNeitherStoredNorDelivered() throws Exception {
        UUID committed = ping("after-rollback", false);
        UUID rolledBack = ping("rolled-back", true);

        awaitLogged(committed);
        assertThat(count("select count(*) from ping_log where ping_id = ?", rolledBack)).isZero();
        assertThat(count("select count(*) from outbox_events where payload like ?", "%" + rolledBack + "%")).isZero();
    }

    @Test
    void aFailingListenerIsRetriedUntilItSucceeds() throws Exception {
        UUID id = ping("fail-2", false);

        awaitLogged(id);
        assertThat(count("select count(*) from ping_log where ping_id = ?", id)).isEqualTo(1);
        awaitNoOutboxRowFor(id);
    }

    @Test
    void aListenerThatKeepsFailingKeepsItsEventWithTheErrorAndNothingIsDelivered() throws Exception {
        UUID id = ping("fail-1000", false);

        Instant deadline = Instant.now().plus(DELIVERY_WAIT);
        while (count("select count(*) from outbox_events where payload like ? and attempts >= 1 and last_error like ?",
                "%" + id + "%", "%failing on purpose%") == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("failure of " + id + " was not recorded within " + DELIVERY_WAIT);
            }
            Thread.sleep(100);
        }
        assertThat(count("select count(*) from ping_log where ping_id = ?", id)).isZero();
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        ApiResponse response = api.post("/api/v1/pings/outside-transaction", "");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static UUID ping(String text, boolean rollback) {
        ApiResponse response = api.post("/api/v1/pings?text=" + text + "&rollback=" + rollback, "");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return UUID.fromString(response.json().get("id").asString());
    }

    private static void awaitLogged(UUID id) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(DELIVERY_WAIT);
        while (count("select count(*) from ping_log where ping_id = ?", id) == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("event " + id + " was not delivered within " + DELIVERY_WAIT);
            }
            Thread.sleep(100);
        }
    }

    private static void awaitNoOutboxRowFor(UUID id) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(DELIVERY_WAIT);
        while (count("select count(*) from outbox_events where payload like ?", "%" + id + "%") > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("outbox row of " + id + " was not removed within " + DELIVERY_WAIT);
            }
            Thread.sleep(100);
        }
    }

    private static long count(String sql, Object... params) throws SQLException {
        try (Connection c = kernel.adminConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
