package io.tessera.plugins.activities;

import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testkit.ApiAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The activities plugin, loaded from its real jar, over HTTP on PostgreSQL as the application role. */
class ActivitiesIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../pipeline/target/pipeline.jar"))
            .property("tessera.activities.reminder-interval", "200ms")
            .property("tessera.events.poll-interval", "200ms")
            .build();

    static ApiClient acme;
    static ApiClient globex;
    static String acmeParty;
    static String globexParty;

    @BeforeAll
    static void tenants() {
        acme = kernel.provisionTenant("act-acme", PASSWORD);
        globex = kernel.provisionTenant("act-globex", PASSWORD);
        enable(acme, "activities");
        enable(globex, "activities");
        acmeParty = company(acme, "Wayne Enterprises");
        globexParty = company(globex, "Initech");
    }

    @Test
    void detachHidesTheApiAndReEnableRestoresTheData() {
        ApiClient admin = kernel.provisionTenant("act-lifecycle", PASSWORD);
        assertProblem(admin.get("/api/v1/activities"), 404);
        enable(admin, "activities");
        String party = company(admin, "Lifecycle Ltd");
        String id = created(admin.post("/api/v1/activities", activity("note", "Kept", party, null)));
        assertThat(admin.delete("/api/v1/admin/modules/activities").status()).isIn(200, 204);
        assertProblem(admin.get("/api/v1/activities/" + id), 404);
        assertProblem(admin.get("/api/v1/activities/notifications"), 404);
        enable(admin, "activities");
        assertThat(ok(admin.get("/api/v1/activities/" + id)).get("subject").asString()).isEqualTo("Kept");
    }

    @Test
    void aPartysHistoryIsChronologicalAndActivitiesLinkToAnyModuleRecord() {
        String party = company(acme, "History Corp");
        Instant base = Instant.parse("2027-05-01T09:00:00Z");
        String call = created(acme.post("/api/v1/activities", activity("call", "First call", party, base)));
        String meeting = created(acme.post("/api/v1/activities", activity("meeting", "Demo", party, base.plus(Duration.ofDays(7)))));
        String deal = UUID.randomUUID().toString();
        JsonNode email = ok(acme.post("/api/v1/activities", activity("email", "Proposal sent", party, base.plus(Duration.ofDays(3)))
                .replace("}", ",\"moduleId\":\"pipeline\",\"recordId\":\"" + deal + "\",\"body\":\"See attachment\"}")), 201);
        assertThat(email.get("moduleId").asString()).isEqualTo("pipeline");
        assertThat(email.get("ownerId").asString()).as("the creator owns it").isNotBlank();
        assertThat(email.get("done").asBoolean()).isFalse();

        JsonNode history = ok(acme.get("/api/v1/activities?partyId=" + party));
        assertThat(subjects(history)).containsExactly("Demo", "Proposal sent", "First call");
        assertThat(history.get("totalElements").asLong()).isEqualTo(3);
        assertThat(subjects(ok(acme.get("/api/v1/activities?partyId=" + party + "&size=1&page=1")))).containsExactly("Proposal sent");
        assertThat(subjects(ok(acme.get("/api/v1/activities?moduleId=pipeline&recordId=" + deal)))).containsExactly("Proposal sent");
        assertThat(subjects(ok(acme.get("/api/v1/activities?partyId=" + party + "&type=meeting")))).containsExactly("Demo");

        JsonNode done = ok(acme.post("/api/v1/activities/" + call + "/done", ""));
        assertThat(done.get("done").asBoolean()).isTrue();
        assertThat(done.get("doneAt").isNull()).isFalse();
        assertThat(subjects(ok(acme.get("/api/v1/activities?partyId=" + party + "&done=false")))).containsExactly("Demo", "Proposal sent");
        JsonNode undone = ok(acme.post("/api/v1/activities/" + call + "/undone", ""));
        assertThat(undone.get("done").asBoolean()).isFalse();
        assertThat(undone.get("doneAt").isNull()).isTrue();

        JsonNode updated = ok(acme.put("/api/v1/activities/" + meeting, activity("meeting", "Demo (moved)", party, base.plus(Duration.ofDays(1)))));
        assertThat(updated.get("subject").asString()).isEqualTo("Demo (moved)");
        assertThat(subjects(ok(acme.get("/api/v1/activities?partyId=" + party)))).containsExactly("Proposal sent", "Demo (moved)", "First call");
        assertProblem(acme.put("/api/v1/activities/" + meeting, activity("meeting", "Stale", party, base)
                .replace("}", ",\"version\":0}")), 409);

        assertThat(acme.delete("/api/v1/activities/" + call).status()).isEqualTo(204);
        assertProblem(acme.get("/api/v1/activities/" + call), 404);
    }

    @Test
    void pagingByCursorFollowsTheHistorysOrderWithTiesOnTheSameTimeAndSkipsNothingDeletedOrAdded() {
        String party = company(acme, "Cursor Corp");
        Instant base = Instant.parse("2027-06-01T09:00:00Z");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // pairs share a time: the cursor's second key (the id) must break the tie
            ids.add(created(acme.post("/api/v1/activities", activity("call", "Call " + i, party, base.plus(Duration.ofHours(i / 2))))));
        }
        JsonNode first = ok(acme.get("/api/v1/activities?partyId=" + party + "&size=3"));
        List<String> seen = new ArrayList<>();
        first.get("items").forEach(item -> seen.add(item.get("id").asString()));
        // between pages: one unseen activity deleted, one added at the newest time (before the cursor)
        String unseen = ids.stream().filter(id -> !seen.contains(id)).findFirst().orElseThrow();
        assertThat(acme.delete("/api/v1/activities/" + unseen).status()).isEqualTo(204);
        String added = created(acme.post("/api/v1/activities", activity("call", "Late", party, base.plus(Duration.ofDays(1)))));
        JsonNode page = first;
        while (!page.get("next").isNull()) {
            page = ok(acme.get("/api/v1/activities?partyId=" + party + "&size=3&after=" + page.get("next").asString()));
            page.get("items").forEach(item -> seen.add(item.get("id").asString()));
        }
        List<String> expected = new ArrayList<>(ids);
        expected.remove(unseen);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected).doesNotContain(added);
        assertThat(page.get("totalElements").asLong()).isEqualTo(-1);
        assertField(acme.get("/api/v1/activities?after=" + first.get("next").asString().substring(2)), 400, "after");
    }

    @Test
    void aDueReminderBecomesOneNotificationForTheOwnerAndDoneActivitiesAreNotReminded() throws Exception {
        String party = company(acme, "Reminder AG");
        Instant past = Instant.now().minusSeconds(5);
        String due = created(acme.post("/api/v1/activities", activity("task", "Call back Reminder AG", party, past.plusSeconds(3600))
                .replace("}", ",\"remindAt\":\"" + past + "\"}")));
        String later = created(acme.post("/api/v1/activities", activity("task", "Not yet", party, null)
                .replace("}", ",\"remindAt\":\"" + Instant.now().plus(Duration.ofDays(1)) + "\"}")));
        // done first, then its reminder moved into the past: created with a past reminder, the 200 ms reminder
        // task could fire before the "done" request (a race the test must not depend on)
        String finished = created(acme.post("/api/v1/activities", activity("task", "Already done", party, null)
                .replace("}", ",\"remindAt\":\"" + Instant.now().plus(Duration.ofDays(1)) + "\"}")));
        ok(acme.post("/api/v1/activities/" + finished + "/done", ""));
        ok(acme.put("/api/v1/activities/" + finished, activity("task", "Already done", party, null)
                .replace("}", ",\"remindAt\":\"" + past + "\"}")));

        JsonNode page = awaitNotifications(acme, 1);
        JsonNode notification = page.get("items").get(0);
        assertThat(notification.get("activityId").asString()).isEqualTo(due);
        assertThat(notification.get("message").asString()).contains("Call back Reminder AG");
        Thread.sleep(800); // several more rounds of the task
        JsonNode again = ok(acme.get("/api/v1/activities/notifications"));
        assertThat(again.get("totalElements").asLong()).as("reminded once only").isEqualTo(1);
        assertThat(ok(acme.get("/api/v1/activities/" + due)).get("remindedAt").isNull()).isFalse();
        assertThat(ok(acme.get("/api/v1/activities/" + later)).get("remindedAt").isNull()).isTrue();
        assertThat(ok(acme.get("/api/v1/activities/" + finished)).get("remindedAt").isNull()).isTrue();

        assertThat(ok(globex.get("/api/v1/activities/notifications")).get("totalElements").asLong()).isZero();
        assertProblem(globex.post("/api/v1/activities/notifications/" + notification.get("id").asString() + "/read", ""), 404);
        JsonNode read = ok(acme.post("/api/v1/activities/notifications/" + notification.get("id").asString() + "/read", ""));
        assertThat(read.get("readAt").isNull()).isFalse();
        assertThat(ok(acme.get("/api/v1/activities/notifications?unread=true")).get("totalElements").asLong()).isZero();
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "act-acme");
        long before = kernel.countAsSuperuser("select count(*) from activities where tenant_id = ?::uuid", tenantId);
        assertField(acme.post("/api/v1/activities", activity("fax", "X", acmeParty, null)), 422, "type");
        assertField(acme.post("/api/v1/activities", activity("call", " ", acmeParty, null)), 422, "subject");
        assertField(acme.post("/api/v1/activities", activity("call", "X", globexParty, null)), 422, "partyId");
        assertField(acme.post("/api/v1/activities", "{\"type\":\"call\",\"subject\":\"X\"}"), 422, "partyId");
        assertField(acme.post("/api/v1/activities", activity("call", "X", acmeParty, null).replace("}", ",\"moduleId\":\"pipeline\"}")),
                422, "recordId");
        assertField(acme.post("/api/v1/activities", activity("call", "X", acmeParty, null).replace("}", ",\"moduleId\":\"Not A Module\",\"recordId\":\""
                + UUID.randomUUID() + "\"}")), 422, "moduleId");
        assertField(acme.get("/api/v1/activities?size=0"), 400, "size");
        assertField(acme.get("/api/v1/activities?type=fax"), 400, "type");
        assertField(acme.get("/api/v1/activities?done=maybe"), 400, "done");
        assertThat(kernel.countAsSuperuser("select count(*) from activities where tenant_id = ?::uuid", tenantId)).isEqualTo(before);
    }

    @Test
    void anotherTenantsActivityIsNotFoundOnEveryEndpoint() {
        String id = created(acme.post("/api/v1/activities", activity("note", "Secret", acmeParty, null)));
        assertProblem(globex.get("/api/v1/activities/" + id), 404);
        assertProblem(globex.put("/api/v1/activities/" + id, activity("note", "Mine", globexParty, null)), 404);
        assertProblem(globex.post("/api/v1/activities/" + id + "/done", ""), 404);
        assertProblem(globex.post("/api/v1/activities/" + id + "/undone", ""), 404);
        assertProblem(globex.delete("/api/v1/activities/" + id), 404);
        assertThat(ok(globex.get("/api/v1/activities?partyId=" + acmeParty)).get("totalElements").asLong()).isZero();
        assertThat(ok(acme.get("/api/v1/activities/" + id)).get("subject").asString()).isEqualTo("Secret");
    }

    @Test
    void wonAndLostOpportunitiesAppearInThePartysHistoryThroughEvents() throws Exception {
        ApiClient admin = kernel.provisionTenant("act-events", PASSWORD);
        enable(admin, "activities", "pipeline");
        String party = company(admin, "Eventful Ltd");
        String deal = "{\"name\":\"Deal\",\"partyId\":\"" + party + "\",\"amount\":1500.00,\"currency\":\"EUR\","
                + "\"expectedCloseDate\":\"2027-01-01\"}";
        String won = created(admin.post("/api/v1/pipeline/opportunities", deal));
        String lost = created(admin.post("/api/v1/pipeline/opportunities", deal));
        ok(admin.post("/api/v1/pipeline/opportunities/" + won + "/won", ""));
        ok(admin.post("/api/v1/pipeline/opportunities/" + lost + "/lost", "{\"reason\":\"Price\"}"));

        JsonNode history = awaitHistory(admin, party, 2);
        assertThat(subjects(history)).containsExactlyInAnyOrder("Opportunity won", "Opportunity lost");
        JsonNode wonNote = ok(admin.get("/api/v1/activities?moduleId=pipeline&recordId=" + won)).get("items").get(0);
        assertThat(wonNote.get("type").asString()).isEqualTo("note");
        assertThat(wonNote.get("done").asBoolean()).isTrue();
        assertThat(wonNote.get("body").asString()).isEqualTo("Won 1500 EUR");
        assertThat(ok(admin.get("/api/v1/activities?moduleId=pipeline&recordId=" + lost)).get("items").get(0).get("body").asString())
                .isEqualTo("Reason: Price");

        // a tenant without activities: its events are not even queued for the listener (D6)
        ApiClient other = kernel.provisionTenant("act-no-events", PASSWORD);
        enable(other, "pipeline");
        String otherParty = company(other, "Quiet Inc");
        String quiet = created(other.post("/api/v1/pipeline/opportunities", deal.replace(party, otherParty)));
        ok(other.post("/api/v1/pipeline/opportunities/" + quiet + "/won", ""));
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "act-no-events");
        assertThat(kernel.countAsSuperuser("select count(*) from outbox_events where tenant_id = ?::uuid", tenantId)).isZero();
        assertThat(kernel.countAsSuperuser("select count(*) from activities where tenant_id = ?::uuid", tenantId)).isZero();
    }

    @Test
    void theReminderDoesNotBumpTheVersionSoAnEditReadBeforeItIsNotRefused() throws Exception {
        ApiClient admin = kernel.provisionTenant("act-race-seq", PASSWORD);
        enable(admin, "activities");
        String party = company(admin, "Sequence GmbH");
        // whole seconds: the edit below sends the same reminder time back, and the database keeps microseconds
        Instant past = Instant.now().minusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String body = activity("task", "Edited while reminded", party, null).replace("}", ",\"remindAt\":\"" + past + "\"}");
        JsonNode read = ok(admin.post("/api/v1/activities", body), 201);
        String id = read.get("id").asString();
        long version = read.get("version").asLong();
        awaitNotifications(admin, 1);
        JsonNode reminded = ok(admin.get("/api/v1/activities/" + id));
        assertThat(reminded.get("remindedAt").isNull()).isFalse();
        assertThat(reminded.get("version").asLong()).as("marking it reminded is no edit").isEqualTo(version);

        JsonNode edited = ok(admin.put("/api/v1/activities/" + id, body.replace("Edited while reminded", "Edited")
                .replace("}", ",\"version\":" + version + "}")));
        assertThat(edited.get("subject").asString()).isEqualTo("Edited");
        ok(admin.post("/api/v1/activities/" + id + "/done", ""));
        JsonNode after = ok(admin.get("/api/v1/activities/" + id));
        assertThat(after.get("remindedAt").isNull()).as("the edit kept the reminder's mark").isFalse();
        assertThat(after.get("done").asBoolean()).isTrue();
    }

    @Test
    void completingActivitiesWhileTheirRemindersFireIsNeverRefusedAndRemindsEachAtMostOnce() throws Exception {
        ApiClient admin = kernel.provisionTenant("act-race", PASSWORD);
        enable(admin, "activities");
        String party = company(admin, "Race Ltd");
        int count = 40;
        List<String> ids = new ArrayList<>();
        Instant past = Instant.now().minusSeconds(5);
        for (int i = 0; i < count; i++) {
            ids.add(created(admin.post("/api/v1/activities", activity("task", "Race " + i, party, null)
                    .replace("}", ",\"remindAt\":\"" + past + "\"}"))));
        }
        // the reminder task runs every 200 ms meanwhile: the "done" requests race its rounds
        List<ApiResponse> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (String id : ids) {
                futures.add(pool.submit(() -> admin.post("/api/v1/activities/" + id + "/done", "")));
            }
            for (Future<ApiResponse> f : futures) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
        }
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "act-race");
        assertThat(kernel.countAsSuperuser("select count(*) from activities where tenant_id = ?::uuid and done", tenantId))
                .isEqualTo(count);
        assertThat(kernel.countAsSuperuser("""
                select count(*) from (select activity_id from activity_notifications where tenant_id = ?::uuid
                group by activity_id having count(*) > 1) twice""", tenantId)).as("nothing reminded twice").isZero();
        assertThat(kernel.countAsSuperuser("""
                select count(*) from activities a where tenant_id = ?::uuid and reminded_at is not null and not exists (
                select 1 from activity_notifications n where n.tenant_id = a.tenant_id and n.activity_id = a.id)""", tenantId))
                .as("every activity marked reminded was notified").isZero();
    }

    @Test
    void theOwnerMustBeAnActiveMemberOfTheTenant() {
        String acmeAdmin = kernel.queryAsSuperuser("select id::text from users where email = ?", "admin@act-acme.test");
        String globexAdmin = kernel.queryAsSuperuser("select id::text from users where email = ?", "admin@act-globex.test");
        JsonNode mine = ok(acme.post("/api/v1/activities", activity("call", "Owned", acmeParty, null)
                .replace("}", ",\"ownerId\":\"" + acmeAdmin + "\"}")), 201);
        assertThat(mine.get("ownerId").asString()).isEqualTo(acmeAdmin);
        assertField(acme.post("/api/v1/activities", activity("call", "Stranger", acmeParty, null)
                .replace("}", ",\"ownerId\":\"" + UUID.randomUUID() + "\"}")), 422, "ownerId");
        assertField(acme.post("/api/v1/activities", activity("call", "Other tenant", acmeParty, null)
                .replace("}", ",\"ownerId\":\"" + globexAdmin + "\"}")), 422, "ownerId");
        assertField(acme.put("/api/v1/activities/" + mine.get("id").asString(), activity("call", "Owned", acmeParty, null)
                .replace("}", ",\"ownerId\":\"" + globexAdmin + "\"}")), 422, "ownerId");
        assertThat(ok(acme.get("/api/v1/activities/" + mine.get("id").asString())).get("ownerId").asString()).isEqualTo(acmeAdmin);
    }

    @Test
    void csvExportStreamsEveryMatchingActivityNotOnePage() {
        ApiClient admin = kernel.provisionTenant("act-export", PASSWORD);
        enable(admin, "activities");
        String party = company(admin, "Export AG");
        String other = company(admin, "Elsewhere AG");
        created(admin.post("/api/v1/activities", activity("note", "Not exported", other, null)));
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "act-export");
        int rows = 1234; // more than two export batches and six pages of the largest size
        kernel.queryAsSuperuser("""
                insert into activities (tenant_id, id, type, subject, party_id, occurred_at, done, created_at, updated_at, version)
                select ?::uuid, gen_random_uuid(), 'CALL', 'Call ' || n, ?::uuid,
                       timestamp with time zone '2026-01-01 00:00:00+00' + (n % 300) * interval '1 minute', false, now(), now(), 0
                from generate_series(1, ?) n returning 'ok'""", tenantId, party, rows);

        ApiResponse csv = admin.getAs("/api/v1/activities?partyId=" + party, "text/csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).startsWith("id,type,subject");
        assertThat(lines).hasSize(rows + 1);
        List<String> ids = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(ids).as("each row once, although many share a timestamp").doesNotHaveDuplicates();
        assertThat(csv.body()).doesNotContain("Not exported");
        assertThat(ok(admin.get("/api/v1/activities?partyId=" + party + "&size=200")).get("items").size())
                .as("JSON stays paged").isEqualTo(200);
    }

    static JsonNode awaitHistory(ApiClient api, String partyId, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            JsonNode page = ok(api.get("/api/v1/activities?partyId=" + partyId));
            if (page.get("totalElements").asLong() >= count || Instant.now().isAfter(deadline)) {
                assertThat(page.get("totalElements").asLong()).as(page.toString()).isEqualTo(count);
                return page;
            }
            Thread.sleep(100);
        }
    }

    // --- helpers

    static JsonNode awaitNotifications(ApiClient api, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            JsonNode page = ok(api.get("/api/v1/activities/notifications?unread=true"));
            if (page.get("totalElements").asLong() >= count || Instant.now().isAfter(deadline)) {
                assertThat(page.get("totalElements").asLong()).as(page.toString()).isEqualTo(count);
                return page;
            }
            Thread.sleep(100);
        }
    }

    static String activity(String type, String subject, String partyId, Instant dueAt) {
        return "{\"type\":\"" + type + "\",\"subject\":\"" + subject + "\",\"partyId\":\"" + partyId + "\""
                + (dueAt == null ? "" : ",\"dueAt\":\"" + dueAt + "\"") + "}";
    }

    static List<String> subjects(JsonNode page) {
        return values(page, "subject");
    }

}
