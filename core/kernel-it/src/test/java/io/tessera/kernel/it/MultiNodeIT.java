package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.tessera.kernel.account.TenantDirectory;
import io.tessera.kernel.account.Memberships;
import io.tessera.kernel.account.TenantStatus;
import io.tessera.kernel.cluster.ClusterNotifications;
import io.tessera.sdk.TenantRef;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.Eventually;
import io.tessera.testkit.TesseraCluster;
import io.tessera.testkit.TesseraKernelExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Three kernels on one database, started at the same time on the empty database, as three nodes behind a load
 * balancer (D16): they migrate it once; a tenant task runs once per tick across them; the outbox delivers each event
 * once per listener; an access change made through one node applies on the others at their next request, with the
 * caches' time to live set to an hour so that only the cross-node notification can make it so.
 */
class MultiNodeIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraCluster cluster = TesseraCluster.builder()
            .nodes(3)
            .plugin(TestPlugins.counter(), TestPlugins.pings())
            .property("tessera.security.access-cache-ttl", "1h")
            .property("tessera.modules.state-cache-ttl", "1h")
            .property("tessera.events.poll-interval", "1s")
            .build();

    private static TesseraKernelExtension a() {
        return cluster.node(0);
    }

    private static TesseraKernelExtension b() {
        return cluster.node(1);
    }

    @Test
    void threeNodesStartedTogetherMigrateTheDatabaseOnceAndAreHealthy() {
        for (TesseraKernelExtension node : cluster.nodes()) {
            ApiResponse health = node.anonymousApi().get("/actuator/health");
            assertThat(health.status()).as("health of %s", node.baseUri()).isEqualTo(200);
            assertThat(health.json().path("status").asText()).isEqualTo("UP");
        }
        for (String table : List.of("dbchangelog_kernel", "dbchangelog_counter", "dbchangelog_pings")) {
            assertThat(a().countAsSuperuser("select count(*) from " + table)).as(table).isPositive();
            assertThat(rows("select id, count(*) from " + table + " group by id, author, filename having count(*) > 1"))
                    .as("changesets applied more than once in %s", table).isEmpty();
        }
        assertThat(rows("select module_id, table_name from module_tables group by module_id, table_name having count(*) > 1"))
                .as("module tables recorded twice").isEmpty();
        assertThat(rows("select table_name from module_tables where module_id = 'counter' order by table_name"))
                .containsExactly(List.of("counter_failures"), List.of("counter_runs"));
    }

    @Test
    void aTenantTaskRunsOncePerTickAcrossNodesAndAFailedTickIsRetried() {
        TenantRef steady = a().createTenant("count-steady");
        TenantRef flaky = a().createTenant("count-flaky");
        a().enable(steady, "counter");
        a().enable(flaky, "counter");

        Eventually.until("ten ticks counted for the steady tenant",
                () -> a().countAsSuperuser("select count(distinct tick) from counter_runs where tenant_id = ?", steady.id()) >= 10);
        Eventually.until("three ticks of the flaky tenant failed first and then ran", () -> a().countAsSuperuser("""
                select count(*) from counter_failures f where f.tenant = ?
                   and exists (select 1 from counter_runs r where r.tenant_id = f.tenant and r.tick = f.tick)""",
                flaky.id()) >= 3);

        assertThat(rows("select tenant_id, tick, count(*) from counter_runs group by tenant_id, tick having count(*) > 1"))
                .as("ticks run more than once").isEmpty();
        assertThat(rows("""
                select r.tenant_id, r.tick from counter_runs r where not exists (select 1 from tenant_task_runs c
                 where c.tenant_id = r.tenant_id and c.task_id like 'counter:%' and c.tick = r.tick)"""))
                .as("runs without the kernel's claim").isEmpty();
    }

    @Test
    void theOutboxDeliversEachEventOncePerListenerAcrossNodes() throws Exception {
        TenantRef tenant = a().createTenant("outbox-nodes");
        a().createUser("admin@outbox-nodes.test", PASSWORD, tenant);
        a().enable(tenant, "pings");
        int perNode = 60;
        List<Future<List<String>>> sending = new ArrayList<>();
        try (ExecutorService senders = Executors.newFixedThreadPool(3)) {
            for (TesseraKernelExtension node : cluster.nodes()) {
                sending.add(senders.submit(() -> {
                    ApiClient api = node.api("admin@outbox-nodes.test", PASSWORD);
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < perNode; i++) {
                        ApiResponse sent = api.post("/api/v1/pings?text=n" + i, "");
                        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
                        ids.add(sent.json().path("id").asText());
                    }
                    return ids;
                }));
            }
        }
        List<String> sent = new ArrayList<>();
        for (Future<List<String>> f : sending) {
            sent.addAll(f.get());
        }
        Eventually.until("every ping delivered", () -> a().countAsSuperuser(
                "select count(*) from outbox_events where tenant_id = ?", tenant.id()) == 0);

        assertThat(rows("select ping_id, count(*) from ping_log where tenant_id = ? group by ping_id having count(*) > 1",
                tenant.id())).as("pings delivered twice").isEmpty();
        assertThat(rows("select ping_id::text from ping_log where tenant_id = ?", tenant.id()))
                .extracting(List::getFirst).containsExactlyInAnyOrderElementsOf(sent);
    }

    @Test
    void outboxRowsOfAListenerThatIsNotInstalledAreReportedAndNotRetried() throws SQLException {
        TenantRef tenant = a().createTenant("outbox-stranded");
        a().enable(tenant, "pings");
        UUID row = UUID.randomUUID();
        try (Connection c = a().adminConnection(); PreparedStatement s = c.prepareStatement("""
                insert into outbox_events (tenant_id, id, event_type, listener, payload, created_at, available_at, attempts)
                values (?, ?, 'io.tessera.plugins.pings.Pinged', 'pings:RenamedAway', '{}', now(), now(), 0)""")) {
            s.setObject(1, tenant.id());
            s.setObject(2, row);
            s.executeUpdate();
        }
        for (TesseraKernelExtension node : cluster.nodes()) {
            Eventually.until("the stranded row counted on " + node.baseUri(),
                    () -> node.bean(MeterRegistry.class).get("tessera.outbox.stranded").gauge().value() >= 1);
        }
        assertThat(a().queryAsSuperuser("select attempts from outbox_events where id = ?", row))
                .as("never attempted").isEqualTo("0");
    }

    @Test
    void aMemberDeactivatedThroughOneNodeIsRefusedOnAnotherAtTheNextRequest() {
        TenantRef tenant = a().createTenant("nodes-deactivate");
        a().createUser("admin@nodes-deactivate.test", PASSWORD, tenant);
        UUID ben = a().createUser("ben@nodes-deactivate.test", PASSWORD, tenant);
        ApiClient onB = signedIn(b(), "ben@nodes-deactivate.test", PASSWORD);

        afterNotification(b(), () -> assertThat(a().inTenant(tenant, () -> a().bean(Memberships.class).deactivate(ben))).isPresent());
        assertThat(onB.get("/api/v1/parties").status()).isEqualTo(403);

        afterNotification(b(), () -> assertThat(a().inTenant(tenant, () -> a().bean(Memberships.class).reactivate(ben))).isPresent());
        assertThat(onB.get("/api/v1/parties").status()).isEqualTo(200);
    }

    @Test
    void newRolesGivenThroughOneNodeApplyOnAnother() {
        TenantRef tenant = a().createTenant("nodes-roles");
        a().createUser("admin@nodes-roles.test", PASSWORD, tenant);
        UUID cay = a().createUser("cay@nodes-roles.test", PASSWORD, tenant);
        ApiClient onB = signedIn(b(), "cay@nodes-roles.test", PASSWORD);
        assertThat(onB.get("/api/v1/admin/webhooks").status()).isEqualTo(200);

        afterNotification(b(), () -> assertThat(a().inTenant(tenant,
                () -> a().bean(Memberships.class).setRoles(cay, Set.of("member")))).isPresent());

        assertThat(onB.get("/api/v1/admin/webhooks").status()).isEqualTo(403);
    }

    @Test
    void aTenantSuspendedThroughOneNodeIsRefusedOnAnother() {
        TenantRef tenant = a().createTenant("nodes-suspend");
        a().createUser("dan@nodes-suspend.test", PASSWORD, tenant);
        ApiClient onB = signedIn(b(), "dan@nodes-suspend.test", PASSWORD);

        afterNotification(b(), () -> assertThat(a().withoutTenant(
                () -> a().bean(TenantDirectory.class).setStatus("nodes-suspend", TenantStatus.SUSPENDED))).isPresent());

        assertThat(onB.get("/api/v1/parties").status()).isEqualTo(403);
    }

    @Test
    void aPasswordResetThroughOneNodeRefusesTheOldPasswordOnAnother() {
        TenantRef tenant = a().createTenant("nodes-reset");
        a().createUser("admin@nodes-reset.test", PASSWORD, tenant);
        UUID eve = a().createUser("eve@nodes-reset.test", PASSWORD, tenant);
        ApiClient onB = signedIn(b(), "eve@nodes-reset.test", PASSWORD);

        List<String> temporary = new ArrayList<>();
        afterNotification(b(), () -> temporary.add(a().inTenant(tenant,
                () -> a().bean(Memberships.class).resetPassword(eve)).orElseThrow()));

        assertThat(onB.get("/api/v1/parties").status()).isEqualTo(401);
        assertThat(b().api("eve@nodes-reset.test", temporary.getFirst()).get("/api/v1/parties").status())
                .as("the temporary password signs in on the other node (to be changed first)").isNotEqualTo(401);
    }

    @Test
    void aNodeFlushesItsCachesWhenItsNotificationConnectionComesBack() throws SQLException {
        TenantRef tenant = a().createTenant("nodes-reconnect");
        a().createUser("admin@nodes-reconnect.test", PASSWORD, tenant);
        UUID fay = a().createUser("fay@nodes-reconnect.test", PASSWORD, tenant);
        ApiClient onB = signedIn(b(), "fay@nodes-reconnect.test", PASSWORD);

        // a change no node announces (as if its notification were lost): node B still answers from its cache
        try (Connection c = a().adminConnection(); PreparedStatement s = c.prepareStatement(
                "update memberships set status = 'INACTIVE' where user_id = ? and tenant_id = ?")) {
            s.setObject(1, fay);
            s.setObject(2, tenant.id());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(onB.get("/api/v1/parties").status()).as("answered from the cache").isEqualTo(200);

        long before = b().bean(ClusterNotifications.class).connections();
        try (Connection c = a().adminConnection(); PreparedStatement s = c.prepareStatement(
                "select pg_terminate_backend(pid) from pg_stat_activity where application_name = ? and datname = current_database()")) {
            s.setString(1, ClusterNotifications.APPLICATION_NAME);
            s.executeQuery().close();
        }
        Eventually.until("node B listening again", () -> b().bean(ClusterNotifications.class).connections() > before);

        assertThat(onB.get("/api/v1/parties").status()).isEqualTo(403);
    }

    /**
     * Makes a change (committed when it returns) and waits until the node has handled every notification committed
     * up to then: a token sent after the change arrives after the change's own notification.
     */
    private static void afterNotification(TesseraKernelExtension node, Runnable change) {
        change.run();
        String token = "barrier-" + UUID.randomUUID();
        try (Connection c = a().adminConnection(); PreparedStatement s = c.prepareStatement("select pg_notify(?, ?)")) {
            s.setString(1, ClusterNotifications.ACCESS);
            s.setString(2, token);
            s.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Eventually.until("the change notified to " + node.baseUri(),
                () -> node.bean(ClusterNotifications.class).hasReceived(token));
    }

    private static ApiClient signedIn(TesseraKernelExtension node, String email, String password) {
        ApiClient api = node.api(email, password);
        // twice: the second is answered from the node's caches
        assertThat(api.get("/api/v1/parties").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/parties").status()).isEqualTo(200);
        return api;
    }

    private static List<List<String>> rows(String sql, Object... params) {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = a().adminConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return rows;
    }
}
