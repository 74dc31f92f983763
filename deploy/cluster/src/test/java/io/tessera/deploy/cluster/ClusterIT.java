package io.tessera.deploy.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tessera.deploy.cluster.Load.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The cluster tier: three Tessera nodes behind HAProxy on a Patroni-managed primary and synchronous standby, all real
 * processes started by {@code deploy/cluster/bin}. One cluster serves every test, in order: the last ones kill parts
 * of it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration GENEROUS = Duration.ofMinutes(3);
    private static final Path OUT = Path.of(System.getProperty("cluster.out", "target"));

    private static long startedMillis;
    private static Cluster cluster;
    private static TesseraApi.Tenant tenant;
    private static final TesseraApi API = new TesseraApi();

    @BeforeAll
    static void startCluster() throws Exception {
        long begin = System.nanoTime();
        cluster = Cluster.start(3);
        startedMillis = (System.nanoTime() - begin) / 1_000_000;
        figure("cluster start (etcd, 2 PostgreSQL, 3 nodes at once on an empty database, HAProxy): " + startedMillis + " ms");
        tenant = API.provision(cluster.balancerUrl(), "acme");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.keepLogs(OUT);
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void threeNodesStartedAtOnceOnAnEmptyDatabaseMigrateItOnceAndAllServe() throws Exception {
        try (Connection db = cluster.primary(); Statement sql = db.createStatement()) {
            List<String> logs = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                    + "and tablename like 'dbchangelog\\_%' and tablename <> 'dbchangelog_lock' order by 1")) {
                while (rows.next()) {
                    logs.add(rows.getString(1));
                }
            }
            assertThat(logs).contains("dbchangelog_kernel").hasSizeGreaterThan(5);
            for (String log : logs) {
                try (ResultSet counts = sql.executeQuery("select count(*), count(distinct (id, author, filename)), "
                        + "count(distinct deployment_id) from " + log)) {
                    counts.next();
                    assertThat(counts.getLong(1)).as("changesets of %s", log).isPositive();
                    assertThat(counts.getLong(2)).as("each changeset of %s applied once", log).isEqualTo(counts.getLong(1));
                    assertThat(counts.getLong(3)).as("%s migrated by one run", log).isEqualTo(1);
                }
            }
            try (ResultSet lock = sql.executeQuery("select count(*) from dbchangelog_lock where locked")) {
                lock.next();
                assertThat(lock.getLong(1)).as("Liquibase's lock released").isZero();
            }
        }
        for (int node = 1; node <= cluster.nodes(); node++) {
            API.get(cluster.nodeUrl(node) + "/actuator/health/readiness", null).expect(200);
            API.get(cluster.nodeUrl(node) + "/api/v1/parties", TesseraApi.bearer(tenant.apiKey())).expect(200);
        }
    }

    @Test
    @Order(2)
    void memberDeactivatedThroughOneNodeIsRefusedByAnotherAtTheNextRequest() throws Exception {
        String nodeA = cluster.nodeUrl(1);
        String nodeB = cluster.nodeUrl(2);
        String email = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.example.com";
        String password = "Member-Passw0rd-" + UUID.randomUUID();
        String token = API.post(nodeA + "/api/v1/admin/users", tenant.admin(),
                Map.of("email", email, "name", "Mo Member", "roles", List.of("member"))).expect(202).json()
                .get("token").asString();
        String userId = API.post(nodeA + "/api/v1/invitations/accept", null, Map.of("token", token, "password", password))
                .expect(200).json().get("userId").asString();
        String member = TesseraApi.basic(email, password);
        API.get(nodeB + "/api/v1/parties", member).expect(200); // node B now remembers the member's sign-in

        API.delete(nodeA + "/api/v1/admin/users/" + userId, tenant.admin()).expect(200);

        // NOTIFY reaches node B asynchronously, after node A's commit (milliseconds on a quiet machine): wait for it,
        // bounded, rather than race it; node B's cached sign-in would otherwise stay valid for its 10-minute lifetime
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> List.of(401, 403).contains(API.get(nodeB + "/api/v1/parties", member).status()));
    }

    @Test
    @Order(3)
    void rollingRestartOfEveryNodeUnderSteadyLoadFailsNoRequest() throws Exception {
        Load load = new Load(cluster.balancerUrl(), TesseraApi.bearer(tenant.apiKey()),
                List.of(Kind.READ, Kind.READ, Kind.WRITE, Kind.WRITE), 20);
        long before;
        long restartMillis;
        try (load) {
            await().atMost(GENEROUS).until(() -> load.ok() >= 50);
            before = load.ok();
            long begin = System.nanoTime();
            cluster.rollingRestart();
            restartMillis = (System.nanoTime() - begin) / 1_000_000;
            long after = load.ok();
            assertThat(after - before).as("requests answered during the restart").isGreaterThan(100);
            await().atMost(GENEROUS).until(() -> load.ok() >= after + 50);
        }
        figure("rolling restart of 3 nodes: " + restartMillis + " ms, " + load.ok() + " requests, "
                + load.failures().size() + " failed");
        assertThat(load.failures()).as("failed requests during the rolling restart").isEmpty();
        assertThat(Parties.notExactlyOnce(cluster, tenant.id(), load.prefix(), load.acknowledged())).isEmpty();
        assertThat(load.acknowledged()).hasSizeGreaterThan(50);
    }

    @Test
    @Order(4)
    void killingThePrimaryUnderWriteLoadRecoversOnTheStandbyWithoutLosingAnAcknowledgedWrite() throws Exception {
        Load load = new Load(cluster.balancerUrl(), TesseraApi.bearer(tenant.apiKey()),
                List.of(Kind.WRITE, Kind.WRITE, Kind.WRITE), 20);
        Set<String> probes = new HashSet<>();
        String probePrefix = "probe-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String killed;
        long recoveryMillis;
        try (load) {
            await().atMost(GENEROUS).until(() -> load.acknowledged().size() >= 30);
            long killedAt = System.nanoTime();
            killed = cluster.killPrimary();
            // every node serves a write again, by itself (no restart, no configuration change)
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                    .until(() -> everyNodeWrites(probePrefix, probes));
            recoveryMillis = (System.nanoTime() - killedAt) / 1_000_000;
            int afterRecovery = load.acknowledged().size();
            await().atMost(GENEROUS).until(() -> load.acknowledged().size() >= afterRecovery + 30);
        }
        figure("primary " + killed + " killed: every node wrote again after " + recoveryMillis + " ms; load: "
                + load.acknowledged().size() + " writes acknowledged, " + load.failures().size() + " failed");
        assertThat(cluster.primaryName()).as("the standby was promoted").isNotEqualTo(killed);
        assertThat(Parties.notExactlyOnce(cluster, tenant.id(), load.prefix(), load.acknowledged()))
                .as("acknowledged writes not stored exactly once").isEmpty();
        assertThat(Parties.notExactlyOnce(cluster, tenant.id(), probePrefix, probes)).isEmpty();
    }

    private static boolean everyNodeWrites(String prefix, Set<String> probes) {
        for (int node = 1; node <= cluster.nodes(); node++) {
            String name = prefix + UUID.randomUUID();
            try {
                if (API.post(cluster.nodeUrl(node) + "/api/v1/parties", TesseraApi.bearer(tenant.apiKey()),
                        Map.of("kind", "company", "name", name)).status() != 201) {
                    return false;
                }
                probes.add(name);
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    @Test
    @Order(5)
    void killingANodeUnderWriteLoadKeepsEveryAcknowledgedWriteExactlyOnce() throws Exception {
        Load load = new Load(cluster.balancerUrl(), TesseraApi.bearer(tenant.apiKey()),
                List.of(Kind.WRITE, Kind.WRITE, Kind.WRITE, Kind.WRITE), 10);
        try (load) {
            await().atMost(GENEROUS).until(() -> load.acknowledged().size() >= 40);
            cluster.killNode(2);
            int atKill = load.acknowledged().size();
            await().atMost(GENEROUS).until(() -> load.acknowledged().size() >= atKill + 60);
        }
        figure("node 2 killed under write load: " + load.acknowledged().size() + " writes acknowledged, "
                + load.failures().size() + " failed " + load.failures().stream().limit(3).toList());
        assertThat(Parties.notExactlyOnce(cluster, tenant.id(), load.prefix(), load.acknowledged()))
                .as("acknowledged writes not stored exactly once").isEmpty();
    }

    static void figure(String line) throws IOException {
        System.out.println("[cluster figure] " + line);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("cluster-figures.txt"), line + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
