package io.tessera.plugins.activities;

import static io.tessera.plugins.activities.ActivitiesIT.activity;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.enable;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A party deleted while another transaction links a record to it, with two real transactions on PostgreSQL (the
 * kernel's delete and activities' create, over HTTP as the application role). Test-only triggers hold one
 * transaction open at the critical point until the other one has reached the party: an advisory lock the test owns,
 * taken by the trigger, so the order is forced and no timing is guessed. Whichever comes first, no activity is left
 * pointing at a deleted party: a link first makes the delete a 409; a delete first makes the link a 422.
 */
class PartyDeleteRaceIT {

    static final long HOLD = 727_001;

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    static ApiClient api;
    static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @BeforeAll
    static void tenant() throws SQLException {
        api = KERNEL.provisionTenant("race-acme", ActivitiesIT.PASSWORD);
        enable(api, "activities");
        try (Connection c = KERNEL.adminConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    create or replace function race_hold() returns trigger language plpgsql as $$
                    begin perform pg_advisory_xact_lock_shared(%d); return null; end $$""".formatted(HOLD));
            s.execute("create trigger race_hold_insert after insert on activities for each row "
                    + "when (new.subject = 'Linked while deleted') execute function race_hold()");
            s.execute("create trigger race_hold_delete after delete on parties for each row "
                    + "when (old.name = 'Deleted first Ltd') execute function race_hold()");
        }
    }

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @Test
    void aDeleteWhileARecordIsLinkedWaitsForItAndIsRefusedWith409() throws Exception {
        String party = company(api, "Linked first Ltd");
        try (Connection holder = KERNEL.adminConnection()) {
            hold(holder);
            CompletableFuture<ApiResponse> link = CompletableFuture.supplyAsync(() -> api.post("/api/v1/activities",
                    activity("call", "Linked while deleted", party, Instant.now())), POOL);
            awaitTrue(() -> waitingOnAdvisoryLock() == 1, "the link's transaction holds after its insert");
            CompletableFuture<ApiResponse> delete = CompletableFuture.supplyAsync(
                    () -> api.delete("/api/v1/parties/" + party), POOL);
            awaitTrue(() -> delete.isDone() || waitingOnRowLock() == 1, "the delete has reached the party");
            release(holder);
            assertThat(link.get(60, TimeUnit.SECONDS).status()).isEqualTo(201);
            ApiResponse refused = delete.get(60, TimeUnit.SECONDS);
            assertThat(refused.status()).as(refused::body).isEqualTo(409);
            assertThat(refused.body()).contains("\"references\"", "activities");
        }
        assertThat(KERNEL.countAsSuperuser("select count(*) from parties where id = ?::uuid", party)).isEqualTo(1);
        assertThat(KERNEL.countAsSuperuser("select count(*) from activities where party_id = ?::uuid", party)).isEqualTo(1);
    }

    @Test
    void aLinkWhileThePartyIsDeletedWaitsForItAndIsRefusedWith422() throws Exception {
        String party = company(api, "Deleted first Ltd");
        try (Connection holder = KERNEL.adminConnection()) {
            hold(holder);
            CompletableFuture<ApiResponse> delete = CompletableFuture.supplyAsync(
                    () -> api.delete("/api/v1/parties/" + party), POOL);
            awaitTrue(() -> waitingOnAdvisoryLock() == 1, "the delete's transaction holds after its delete");
            CompletableFuture<ApiResponse> link = CompletableFuture.supplyAsync(() -> api.post("/api/v1/activities",
                    activity("call", "Linked to a deleted party", party, Instant.now())), POOL);
            awaitTrue(() -> link.isDone() || waitingOnRowLock() == 1, "the link has reached the party");
            release(holder);
            assertThat(delete.get(60, TimeUnit.SECONDS).status()).isEqualTo(204);
            ApiResponse refused = link.get(60, TimeUnit.SECONDS);
            assertThat(refused.status()).as(refused::body).isEqualTo(422);
            assertThat(refused.body()).contains("partyId");
        }
        assertThat(KERNEL.countAsSuperuser("select count(*) from activities where party_id = ?::uuid", party))
                .as("no activity points at the deleted party").isZero();
    }

    private static void hold(Connection holder) throws SQLException {
        try (Statement s = holder.createStatement()) {
            s.execute("select pg_advisory_lock(" + HOLD + ")");
        }
    }

    private static void release(Connection holder) throws SQLException {
        try (Statement s = holder.createStatement()) {
            s.execute("select pg_advisory_unlock(" + HOLD + ")");
        }
    }

    private static long waitingOnAdvisoryLock() {
        return KERNEL.countAsSuperuser("select count(*) from pg_locks where locktype = 'advisory' and not granted");
    }

    /** Backends waiting for a row lock held by another transaction (the party's row). */
    private static long waitingOnRowLock() {
        return KERNEL.countAsSuperuser("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                + "and wait_event in ('transactionid', 'tuple') and datname = current_database()");
    }

    /** Polls a condition (a state of the database, not a time) until it holds, failing after a generous minute. */
    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not reached within a minute: " + what);
            }
            Thread.sleep(25);
        }
    }
}
