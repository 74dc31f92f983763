package io.tessera.plugins.leads;

import static io.tessera.plugins.leads.LeadsApi.PASSWORD;
import static io.tessera.plugins.leads.LeadsApi.lead;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.member;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testkit.ApiAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.sdk.TenantRef;
import io.tessera.sdk.web.Cursor;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The leads plugin from its real jar, next to the real pipeline and activities jars, over HTTP on PostgreSQL as the
 * application role.
 */
class LeadsIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../pipeline/target/pipeline.jar"), Path.of("../activities/target/activities.jar"))
            .property("tessera.leads.form.rate-limit", "6")
            .property("tessera.events.poll-interval", "200ms")
            .build();

    static ApiClient acme;
    static ApiClient globex;

    @BeforeAll
    static void tenants() {
        acme = kernel.provisionTenant("leads-acme", PASSWORD);
        globex = kernel.provisionTenant("leads-globex", PASSWORD);
        enable(acme, "leads", "pipeline");
        enable(globex, "leads");
    }

    @Test
    void pagingByCursorReturnsEveryLeadOnceWhileLeadsArrive() {
        ApiClient admin = kernel.provisionTenant("leads-cursor", PASSWORD);
        enable(admin, "leads");
        List<String> captured = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            captured.add(created(admin.post("/api/v1/leads", lead("Lead " + i, "lead" + i + "@cursor.test", "Cursor " + i, "web"))));
        }
        List<String> seen = new ArrayList<>();
        List<String> arrived = new ArrayList<>();
        JsonNode page = ok(admin.get("/api/v1/leads?size=4"));
        page.get("items").forEach(item -> seen.add(item.get("id").asString()));
        while (!page.get("next").isNull()) {
            // a lead captured between pages is newer than the cursor: it belongs before it, not on a later page
            arrived.add(created(admin.post("/api/v1/leads", lead("Late " + arrived.size(), "late" + arrived.size() + "@cursor.test",
                    "Late", "web"))));
            page = ok(admin.get("/api/v1/leads?size=4&after=" + page.get("next").asString()));
            page.get("items").forEach(item -> seen.add(item.get("id").asString()));
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(captured).doesNotContainAnyElementsOf(arrived);
        assertField(admin.get("/api/v1/leads?page=0&after=" + Cursor.of(UUID.randomUUID()).encode()), 400, "page");
    }

    @Test
    void enablingLeadsDoesNotPullInTheOptionalPipelineAndDetachHidesTheApi() {
        ApiClient admin = kernel.provisionTenant("leads-lifecycle", PASSWORD);
        assertProblem(admin.get("/api/v1/leads"), 404);
        JsonNode enabled = ok(admin.put("/api/v1/admin/modules/leads", ""));
        assertThat(enabled.get("enabled").toString()).isEqualTo("[\"leads\"]");
        assertProblem(admin.get("/api/v1/pipeline/pipelines"), 404);

        JsonNode captured = ok(admin.post("/api/v1/leads", lead("Grace Hopper", "grace@navy.test", "US Navy", "referral")), 201);
        assertThat(captured.get("status").asString()).isEqualTo("new");
        assertThat(captured.get("score").asInt()).isZero();
        String id = captured.get("id").asString();
        assertThat(admin.delete("/api/v1/admin/modules/leads").status()).isIn(200, 204);
        assertProblem(admin.get("/api/v1/leads/" + id), 404);
        enable(admin, "leads");
        assertThat(ok(admin.get("/api/v1/leads/" + id)).get("name").asString()).isEqualTo("Grace Hopper");
    }

    @Test
    void scoresFollowTheRulesAndStayCurrentWhenRulesChange() {
        ApiClient admin = kernel.provisionTenant("leads-scoring", PASSWORD);
        enable(admin, "leads");
        ok(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"field\",\"value\":\"email\",\"points\":10}"), 201);
        ok(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"field\",\"value\":\"company\",\"points\":5}"), 201);
        ok(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"source\",\"value\":\"Webinar\",\"points\":20}"), 201);

        JsonNode hot = ok(admin.post("/api/v1/leads", lead("Hot", "hot@x.test", "Hot Inc", "webinar")), 201);
        assertThat(hot.get("score").asInt()).isEqualTo(35);
        JsonNode cold = ok(admin.post("/api/v1/leads", lead("Cold", null, null, "cold-call")), 201);
        assertThat(cold.get("score").asInt()).isZero();
        String withPhone = ok(admin.post("/api/v1/leads", "{\"name\":\"Phone\",\"phone\":\"+49 30 1234\"}"), 201).get("id").asString();
        String converted = created(admin.post("/api/v1/leads", lead("Done", "done@x.test", null, null)));
        ok(admin.post("/api/v1/leads/" + converted + "/convert", ""));

        String phoneRule = created(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"field\",\"value\":\"phone\",\"points\":7}"));
        assertThat(ok(admin.get("/api/v1/leads/" + withPhone)).get("score").asInt()).as("rescored when a rule is added").isEqualTo(7);
        assertThat(ok(admin.get("/api/v1/leads/" + converted)).get("score").asInt()).as("closed leads keep their score").isEqualTo(10);

        JsonNode updated = ok(admin.put("/api/v1/leads/" + cold.get("id").asString(), lead("Cold", "now@warm.test", null, "webinar")));
        assertThat(updated.get("score").asInt()).as("rescored when the lead changes").isEqualTo(30);

        assertThat(admin.delete("/api/v1/leads/scoring-rules/" + phoneRule).status()).isEqualTo(204);
        assertThat(ok(admin.get("/api/v1/leads/" + withPhone)).get("score").asInt()).isZero();
        assertThat(ok(admin.get("/api/v1/leads/scoring-rules")).size()).isEqualTo(3);

        assertField(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"field\",\"value\":\"fax\",\"points\":1}"), 422, "value");
        assertField(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"mood\",\"value\":\"happy\",\"points\":1}"), 422, "kind");
        assertField(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"source\",\"value\":\"web\",\"points\":5000}"), 422, "points");
    }

    @Test
    void newLeadsGoRoundRobinAmongTheTeam() {
        ApiClient admin = kernel.provisionTenant("leads-team", PASSWORD);
        enable(admin, "leads");
        List<String> team = List.of(member(admin, "ann@leads-team.test", PASSWORD), member(admin, "ben@leads-team.test", PASSWORD),
                member(admin, "cat@leads-team.test", PASSWORD));
        JsonNode saved = ok(admin.put("/api/v1/leads/team", "{\"userIds\":[\"" + String.join("\",\"", team) + "\"]}"));
        assertThat(saved.get("userIds").toString()).contains(team.get(0), team.get(1), team.get(2));

        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            owners.add(ok(admin.post("/api/v1/leads", lead("Lead " + i, null, null, null)), 201).get("ownerId").asString());
            if (i == 1) {
                String explicit = member(admin, "explicit@leads-team.test", PASSWORD);
                JsonNode chosen = ok(admin.post("/api/v1/leads", "{\"name\":\"Chosen\",\"ownerId\":\"" + explicit + "\"}"), 201);
                assertThat(chosen.get("ownerId").asString()).as("an explicit owner takes no turn").isEqualTo(explicit);
            }
        }
        assertThat(owners).containsExactly(team.get(0), team.get(1), team.get(2), team.get(0));
        assertThat(ok(admin.get("/api/v1/leads?ownerId=" + team.get(0))).get("totalElements").asLong()).isEqualTo(2);

        ok(admin.put("/api/v1/leads/team", "{\"userIds\":[]}"));
        assertThat(ok(admin.post("/api/v1/leads", lead("Unassigned", null, null, null)), 201).get("ownerId").isNull()).isTrue();
        assertField(admin.put("/api/v1/leads/team", "{\"userIds\":[\"not-a-uuid\"]}"), 400, "userIds[0]");
    }

    @Test
    void teamMembersAndOwnersMustBeActiveMembersOfTheTenant() {
        ApiClient admin = kernel.provisionTenant("leads-members", PASSWORD);
        enable(admin, "leads");
        String ann = member(admin, "ann@leads-members.test", PASSWORD);
        String leaver = member(admin, "leaver@leads-members.test", PASSWORD);
        assertThat(admin.delete("/api/v1/admin/users/" + leaver).status()).isIn(200, 204);
        String foreign = kernel.queryAsSuperuser("select id::text from users where email = ?", "admin@leads-globex.test");
        String stranger = UUID.randomUUID().toString();

        ok(admin.put("/api/v1/leads/team", "{\"userIds\":[\"" + ann + "\"]}"));
        assertField(admin.put("/api/v1/leads/team", "{\"userIds\":[\"" + ann + "\",\"" + stranger + "\"]}"), 422, "userIds[1]");
        assertField(admin.put("/api/v1/leads/team", "{\"userIds\":[\"" + foreign + "\"]}"), 422, "userIds[0]");
        assertField(admin.put("/api/v1/leads/team", "{\"userIds\":[\"" + ann + "\",\"" + leaver + "\"]}"), 422, "userIds[1]");
        assertThat(ok(admin.get("/api/v1/leads/team")).get("userIds").toString()).as("all or nothing").isEqualTo("[\"" + ann + "\"]");

        assertField(admin.post("/api/v1/leads", "{\"name\":\"X\",\"ownerId\":\"" + stranger + "\"}"), 422, "ownerId");
        assertField(admin.post("/api/v1/leads", "{\"name\":\"X\",\"ownerId\":\"" + foreign + "\"}"), 422, "ownerId");
        String id = ok(admin.post("/api/v1/leads", "{\"name\":\"Kept\",\"ownerId\":\"" + ann + "\"}"), 201).get("id").asString();
        assertField(admin.put("/api/v1/leads/" + id, "{\"name\":\"Kept\",\"ownerId\":\"" + leaver + "\"}"), 422, "ownerId");
        assertThat(ok(admin.get("/api/v1/leads/" + id)).get("ownerId").asString()).isEqualTo(ann);
    }

    @Test
    void activityRulesScoreLeadsByTheirActivitiesAndTheScoreFollowsEveryChange() throws Exception {
        ApiClient admin = kernel.provisionTenant("leads-activity-score", PASSWORD);
        enable(admin, "leads", "activities");
        ok(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"activity\",\"value\":\"call\",\"points\":10,\"cap\":20}"), 201);
        ok(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"activity\",\"value\":\"any\",\"points\":1}"), 201);
        assertField(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"activity\",\"value\":\"fax\",\"points\":1}"), 422, "value");
        assertField(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"source\",\"value\":\"web\",\"points\":1,\"cap\":5}"), 422, "cap");
        assertField(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"activity\",\"value\":\"any\",\"points\":1,\"cap\":-1}"), 422, "cap");
        String party = company(admin, "Scored Inc");
        String lead = created(admin.post("/api/v1/leads", lead("Scored", null, null, null)));
        String other = created(admin.post("/api/v1/leads", lead("Other", null, null, null)));

        String call1 = created(admin.post("/api/v1/activities", linked("call", "First call", party, lead)));
        awaitScore(admin, lead, 11);
        created(admin.post("/api/v1/activities", linked("call", "Second call", party, lead)));
        String note = created(admin.post("/api/v1/activities", linked("note", "A note", party, lead)));
        awaitScore(admin, lead, 23);
        created(admin.post("/api/v1/activities", linked("call", "Third call", party, lead)));
        awaitScore(admin, lead, 24); // the call rule is capped at 20; the any rule still counts
        created(admin.post("/api/v1/activities", linked("call", "Not about a lead", party, null)));
        ok(admin.post("/api/v1/activities/" + note + "/done", ""));
        assertThat(admin.delete("/api/v1/activities/" + call1).status()).isEqualTo(204);
        assertThat(admin.delete("/api/v1/activities/" + note).status()).isEqualTo(204);
        awaitScore(admin, lead, 22);
        // moved to another lead: both are rescored
        String moved = created(admin.post("/api/v1/activities", linked("meeting", "Meeting", party, lead)));
        awaitScore(admin, lead, 23);
        ok(admin.put("/api/v1/activities/" + moved, linked("meeting", "Meeting", party, other)));
        awaitScore(admin, other, 1);
        awaitScore(admin, lead, 22);
        // a rule added later rescores open leads with their activities at once
        ok(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"activity\",\"value\":\"meeting\",\"points\":7}"), 201);
        assertThat(ok(admin.get("/api/v1/leads/" + other)).get("score").asInt()).isEqualTo(8);

        // activities detached: leads keeps working, activity rules count nothing
        assertThat(admin.delete("/api/v1/admin/modules/activities").status()).isIn(200, 204);
        JsonNode fresh = ok(admin.post("/api/v1/leads", lead("Fresh", null, null, null)), 201);
        assertThat(fresh.get("score").asInt()).isZero();
        ok(admin.put("/api/v1/leads/" + other, lead("Other", "other@x.test", null, null)));
        assertThat(ok(admin.get("/api/v1/leads/" + other)).get("score").asInt()).isZero();
    }

    @Test
    void aConvertedLeadAppearsInTheCustomersActivityHistory() throws Exception {
        ApiClient admin = kernel.provisionTenant("leads-history", PASSWORD);
        enable(admin, "leads", "activities");
        String party = company(admin, "Eventful Ltd");
        String lead = created(admin.post("/api/v1/leads", "{\"name\":\"Lea\",\"company\":\"Eventful Ltd\"}"));
        JsonNode conversion = ok(admin.post("/api/v1/leads/" + lead + "/convert", "{\"createOpportunity\":false}"));
        assertThat(conversion.get("companyId").asString()).as("linked by company name").isEqualTo(party);
        Instant deadline = Instant.now().plusSeconds(20);
        JsonNode history = ok(admin.get("/api/v1/activities?partyId=" + party));
        while (history.get("totalElements").asLong() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            history = ok(admin.get("/api/v1/activities?partyId=" + party));
        }
        assertThat(values(history, "subject")).containsExactly("Converted from a lead");
        assertThat(history.get("items").get(0).get("recordId").asString()).isEqualTo(lead);

        // a tenant without activities: leads converts, no note is written
        ApiClient quiet = kernel.provisionTenant("leads-no-history", PASSWORD);
        enable(quiet, "leads");
        String quietLead = created(quiet.post("/api/v1/leads", "{\"name\":\"Quiet\",\"company\":\"Quiet Ltd\"}"));
        ok(quiet.post("/api/v1/leads/" + quietLead + "/convert", "{\"createOpportunity\":false}"));
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "leads-no-history");
        awaitDelivered(tenantId);
        assertThat(kernel.countAsSuperuser("select count(*) from activities where tenant_id = ?::uuid", tenantId)).isZero();
    }

    @Test
    void theWebFormRateLimitIsSharedThroughTheDatabaseSoItHoldsAcrossNodes() {
        ApiClient admin = kernel.provisionTenant("leads-throttle", PASSWORD);
        enable(admin, "leads");
        JsonNode form = ok(admin.post("/api/v1/leads/forms", "{\"name\":\"Shared\"}"), 201);
        String key = form.get("key").asString();
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "leads-throttle");
        ApiClient anonymous = kernel.anonymousApi();
        assertThat(anonymous.post(form.get("submitPath").asString(), "{\"name\":\"First\"}").status()).isEqualTo(202);
        String address = kernel.queryAsSuperuser("select address from lead_form_hits where tenant_id = ?::uuid and form_key = ?",
                tenantId, key);
        assertThat(address).as("counted in the database").isNotNull();
        // an old window of this sender, and another node's submissions in the current window
        kernel.queryAsSuperuser("""
                insert into lead_form_hits (tenant_id, form_key, address, window_start, hits)
                values (?::uuid, ?, ?, now() - interval '1 day', 99) returning 'ok'""", tenantId, key, address);
        kernel.queryAsSuperuser("""
                update lead_form_hits set hits = hits + 5 where tenant_id = ?::uuid and form_key = ? and address = ?
                and window_start > now() - interval '1 hour' returning 'ok'""", tenantId, key, address);

        var refused = anonymous.post(form.get("submitPath").asString(), "{\"name\":\"Seventh\"}");
        assertProblem(refused, 429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(kernel.countAsSuperuser("select count(*) from leads where tenant_id = ?::uuid", tenantId)).isEqualTo(1);
        assertThat(kernel.countAsSuperuser("select coalesce(sum(hits), 0) from lead_form_hits where tenant_id = ?::uuid"
                + " and window_start > now() - interval '1 hour'", tenantId)).as("a refused submission is not counted").isEqualTo(6);
        assertThat(kernel.countAsSuperuser("select count(*) from lead_form_hits where tenant_id = ?::uuid"
                + " and window_start < now() - interval '1 hour'", tenantId)).as("old windows are cleaned up").isZero();
        // another form's limit is its own
        JsonNode second = ok(admin.post("/api/v1/leads/forms", "{\"name\":\"Second\"}"), 201);
        assertThat(anonymous.post(second.get("submitPath").asString(), "{\"name\":\"Elsewhere\"}").status()).isEqualTo(202);
    }

    @Test
    void csvExportStreamsEveryMatchingLeadNotOnePage() {
        ApiClient admin = kernel.provisionTenant("leads-export", PASSWORD);
        enable(admin, "leads");
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "leads-export");
        int rows = 777;
        kernel.queryAsSuperuser("""
                insert into leads (tenant_id, id, name, source, status, score, created_at, updated_at, version)
                select ?::uuid, gen_random_uuid(), 'Lead ' || n, case when n % 3 = 0 then 'fair' else 'web' end, 'NEW', 0,
                       now(), now(), 0
                from generate_series(1, ?) n returning 'ok'""", tenantId, rows);
        var csv = admin.getAs("/api/v1/leads?source=web", "text/csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).startsWith("id,");
        assertThat(lines).hasSize(rows - rows / 3 + 1);
        assertThat(lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList()).doesNotHaveDuplicates();
        assertThat(ok(admin.get("/api/v1/leads?source=web")).get("items").size()).as("JSON stays paged").isEqualTo(20);
    }

    static String linked(String type, String subject, String party, String lead) {
        return "{\"type\":\"" + type + "\",\"subject\":\"" + subject + "\",\"partyId\":\"" + party + "\""
                + (lead == null ? "" : ",\"moduleId\":\"leads\",\"recordId\":\"" + lead + "\"") + "}";
    }

    static void awaitScore(ApiClient api, String lead, int score) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        int current = ok(api.get("/api/v1/leads/" + lead)).get("score").asInt();
        while (current != score && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            current = ok(api.get("/api/v1/leads/" + lead)).get("score").asInt();
        }
        assertThat(current).as("score of lead " + lead).isEqualTo(score);
    }

    /** Waits (bounded) until the tenant's outbox has no undelivered event. */
    static void awaitDelivered(String tenantId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (pending(tenantId) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(pending(tenantId)).isZero();
    }

    static long pending(String tenantId) {
        return kernel.countAsSuperuser("select count(*) from outbox_events where tenant_id = ?::uuid", tenantId);
    }

    @Test
    void duplicatesAreFoundByEmailAndCompanyNameAndConversionLinksThem() {
        String wayne = company(acme, "Wayne Enterprises");
        String bruce = created(acme.post("/api/v1/parties", "{\"kind\":\"person\",\"name\":\"Bruce Wayne\",\"email\":\"bruce@wayne.test\","
                + "\"organizationId\":\"" + wayne + "\"}"));
        String id = created(acme.post("/api/v1/leads", lead("B. Wayne", "BRUCE@wayne.test", " wayne enterprises ", "web")));

        JsonNode duplicates = ok(acme.get("/api/v1/leads/" + id + "/duplicates"));
        assertThat(duplicates.get("byEmail").findValuesAsString("id")).containsExactly(bruce);
        assertThat(duplicates.get("byCompany").findValuesAsString("id")).containsExactly(wayne);
        assertThat(ok(globex.get("/api/v1/parties?q=Wayne")).get("totalElements").asLong()).isZero();

        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "leads-acme");
        long parties = kernel.countAsSuperuser("select count(*) from parties where tenant_id = ?::uuid", tenantId);
        // "B. Wayne" is not silently linked to "Bruce Wayne" although the email matches: refused, nothing changed
        var refused = acme.post("/api/v1/leads/" + id + "/convert", "{\"amount\":1500,\"currency\":\"USD\"}");
        assertProblem(refused, 409);
        assertThat(refused.json().get("detail").asString()).contains("\u201cBruce Wayne\u201d").contains("\u201cB. Wayne\u201d")
                .contains(bruce);
        assertThat(ok(acme.get("/api/v1/leads/" + id)).get("status").asString()).isEqualTo("new");
        assertThat(kernel.countAsSuperuser("select count(*) from parties where tenant_id = ?::uuid", tenantId)).isEqualTo(parties);
        assertThat(kernel.countAsSuperuser("select count(*) from opportunities where tenant_id = ?::uuid and amount = 1500",
                tenantId)).isZero();

        JsonNode conversion = ok(acme.post("/api/v1/leads/" + id + "/convert",
                "{\"personId\":\"" + bruce + "\",\"amount\":1500,\"currency\":\"USD\"}"));
        assertThat(conversion.get("companyId").asString()).isEqualTo(wayne);
        assertThat(conversion.get("personId").asString()).isEqualTo(bruce);
        assertThat(conversion.get("companyLinked").asBoolean()).isTrue();
        assertThat(conversion.get("personLinked").asBoolean()).isTrue();
        assertThat(kernel.countAsSuperuser("select count(*) from parties where tenant_id = ?::uuid", tenantId))
                .as("linked, not duplicated").isEqualTo(parties);
        JsonNode deal = ok(acme.get("/api/v1/pipeline/opportunities/" + conversion.get("opportunityId").asString()));
        assertThat(deal.get("partyId").asString()).isEqualTo(wayne);
        assertThat(deal.get("amount").decimalValue()).isEqualByComparingTo("1500");
        assertThat(deal.get("currency").asString()).isEqualTo("USD");
        assertThat(deal.get("ownerId").asString()).as("a lead without owner: the converting user owns the deal")
                .isEqualTo(kernel.queryAsSuperuser("select id::text from users where email = ?", "admin@leads-acme.test"));
    }

    @Test
    void conversionCreatesCompanyPersonAndOpportunityOnlyWhereThePipelineIsEnabled() {
        String id = created(acme.post("/api/v1/leads", lead("Alan Turing", "alan@bletchley.test", "Bletchley Park", "event")));
        JsonNode conversion = ok(acme.post("/api/v1/leads/" + id + "/convert", ""));
        assertThat(conversion.get("companyLinked").asBoolean()).isFalse();
        assertThat(conversion.get("personLinked").asBoolean()).isFalse();
        JsonNode company = ok(acme.get("/api/v1/parties/" + conversion.get("companyId").asString()));
        assertThat(company.get("name").asString()).isEqualTo("Bletchley Park");
        assertThat(company.get("roles").toString()).isEqualTo("[\"prospect\"]");
        JsonNode person = ok(acme.get("/api/v1/parties/" + conversion.get("personId").asString()));
        assertThat(person.get("kind").asString()).isEqualTo("person");
        assertThat(person.get("organizationId").asString()).isEqualTo(company.get("id").asString());
        JsonNode deal = ok(acme.get("/api/v1/pipeline/opportunities/" + conversion.get("opportunityId").asString()));
        assertThat(deal.get("name").asString()).isEqualTo("Bletchley Park");
        assertThat(deal.get("stage").get("name").asString()).isEqualTo("Prospecting");
        JsonNode lead = ok(acme.get("/api/v1/leads/" + id));
        assertThat(lead.get("status").asString()).isEqualTo("converted");
        assertThat(lead.get("opportunityId").asString()).isEqualTo(deal.get("id").asString());
        assertProblem(acme.post("/api/v1/leads/" + id + "/convert", ""), 409);

        // globex has leads but not pipeline enabled (the plugin is installed on this server)
        String other = created(globex.post("/api/v1/leads", lead("Grace", "grace@cobol.test", "Cobol Inc", null)));
        JsonNode withoutPipeline = ok(globex.post("/api/v1/leads/" + other + "/convert", ""));
        assertThat(withoutPipeline.get("opportunityId").isNull()).isTrue();
        assertThat(withoutPipeline.get("personId").isNull()).isFalse();

        String skip = created(acme.post("/api/v1/leads", lead("No Deal", null, null, null)));
        JsonNode noDeal = ok(acme.post("/api/v1/leads/" + skip + "/convert", "{\"createOpportunity\":false}"));
        assertThat(noDeal.get("opportunityId").isNull()).isTrue();
        assertThat(noDeal.get("companyId").isNull()).as("the lead named no company").isTrue();
    }

    @Test
    void statusesMoveForwardOnlyAndBadInputIsRefusedNamingTheFieldWithNothingWritten() {
        String id = created(acme.post("/api/v1/leads", lead("Status", "status@x.test", "Status Co", null)));
        assertThat(ok(acme.post("/api/v1/leads/" + id + "/qualify", "")).get("status").asString()).isEqualTo("qualified");
        assertProblem(acme.post("/api/v1/leads/" + id + "/qualify", ""), 409);
        assertField(acme.post("/api/v1/leads/" + id + "/disqualify", "{\"reason\":\"\"}"), 422, "reason");
        JsonNode dropped = ok(acme.post("/api/v1/leads/" + id + "/disqualify", "{\"reason\":\"No budget\"}"));
        assertThat(dropped.get("status").asString()).isEqualTo("disqualified");
        assertThat(dropped.get("disqualifyReason").asString()).isEqualTo("No budget");
        assertProblem(acme.post("/api/v1/leads/" + id + "/convert", ""), 409);
        assertThat(ok(acme.get("/api/v1/leads?status=disqualified")).get("items").findValuesAsString("id")).contains(id);

        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "leads-acme");
        long leads = kernel.countAsSuperuser("select count(*) from leads where tenant_id = ?::uuid", tenantId);
        assertField(acme.post("/api/v1/leads", "{\"email\":\"x@y.test\"}"), 422, "name");
        assertField(acme.post("/api/v1/leads", lead("X", "not-an-email", null, null)), 422, "email");
        assertField(acme.get("/api/v1/leads?status=hot"), 400, "status");
        assertThat(kernel.countAsSuperuser("select count(*) from leads where tenant_id = ?::uuid", tenantId)).isEqualTo(leads);

        String open = created(acme.post("/api/v1/leads", lead("All or nothing", "aon@x.test", "AON Ltd", null)));
        long parties = kernel.countAsSuperuser("select count(*) from parties where tenant_id = ?::uuid", tenantId);
        String globexCompany = company(globex, "Globex");
        assertField(acme.post("/api/v1/leads/" + open + "/convert", "{\"personId\":\"" + globexCompany + "\"}"), 422, "personId");
        assertField(acme.post("/api/v1/leads/" + open + "/convert", "{\"currency\":\"euro\"}"), 422, "currency");
        assertThat(kernel.countAsSuperuser("select count(*) from parties where tenant_id = ?::uuid", tenantId))
                .as("a failed conversion creates no party").isEqualTo(parties);
        assertThat(ok(acme.get("/api/v1/leads/" + open)).get("status").asString()).isEqualTo("new");
    }

    @Test
    void aPublicWebFormCapturesLeadsAnonymouslyIntoTheKeysTenantWithSpamGuards() throws Exception {
        ApiClient admin = kernel.provisionTenant("leads-form", PASSWORD);
        enable(admin, "leads");
        ok(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"source\",\"value\":\"website\",\"points\":15}"), 201);
        JsonNode form = ok(admin.post("/api/v1/leads/forms", "{\"name\":\"Contact us\",\"source\":\"website\"}"), 201);
        String path = form.get("submitPath").asString();
        assertThat(path).isEqualTo("/api/v1/leads/public/" + form.get("key").asString() + "/submissions");
        ApiClient anonymous = kernel.anonymousApi();

        assertThat(anonymous.post(path, "{\"name\":\"Web Visitor\",\"email\":\"visitor@site.test\",\"company\":\"Visitors\"}")
                .status()).isEqualTo(202);
        assertThat(postForm(path, "name=Form+Poster&email=poster%40site.test&message=Call+me")).isEqualTo(202);
        assertThat(anonymous.post(path, "{\"name\":\"Bot\",\"email\":\"bot@spam.test\",\"website\":\"http://spam.test\"}")
                .status()).as("a filled honeypot looks accepted").isEqualTo(202);
        assertField(anonymous.post(path, "{\"email\":\"noname@site.test\"}"), 422, "name");

        JsonNode leads = ok(admin.get("/api/v1/leads?source=website"));
        assertThat(leads.get("items").findValuesAsString("name")).containsExactlyInAnyOrder("Web Visitor", "Form Poster");
        assertThat(leads.get("items").get(0).get("score").asInt()).isEqualTo(15);
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "leads-form");
        assertThat(kernel.countAsSuperuser("select count(*) from leads where tenant_id = ?::uuid", tenantId)).as("the bot stored nothing").isEqualTo(2);
        assertThat(kernel.countAsSuperuser("select count(*) from leads where name = 'Web Visitor' and tenant_id <> ?::uuid", tenantId)).isZero();

        assertProblem(anonymous.post("/api/v1/leads/public/pk_unknownunknownunknownunknown12/submissions", "{\"name\":\"X\"}"), 404);
        assertProblem(anonymous.post(path.replace("/leads/", "/pipeline/"), "{\"name\":\"X\"}"), 404);
        assertProblem(anonymous.get("/api/v1/leads"), 401);
        assertProblem(anonymous.get("/api/v1/leads/public/" + form.get("key").asString() + "/submissions"), 405);

        for (int i = 0; i < 3; i++) {
            assertThat(anonymous.post(path, "{\"name\":\"Burst " + i + "\"}").status()).isEqualTo(202);
        }
        var limited = anonymous.post(path, "{\"name\":\"One too many\"}");
        assertProblem(limited, 429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();

        assertThat(admin.delete("/api/v1/admin/modules/leads").status()).isIn(200, 204);
        assertProblem(anonymous.post(path, "{\"name\":\"Detached\"}"), 404);
        enable(admin, "leads");
        assertThat(admin.delete("/api/v1/leads/forms/" + form.get("id").asString()).status()).isEqualTo(204);
        assertProblem(anonymous.post(path, "{\"name\":\"Revoked\"}"), 404);
    }

    static int postForm(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(kernel.baseUri().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void theDemoTenantGetsDemoLeadsAndDealsOnceEvenWhenReEnabled() {
        ApiClient admin = kernel.provisionTenant("leads-demo", PASSWORD);
        TenantRef demo = kernel.tenant("leads-demo");
        assertThat(kernel.enableWithDemoData(demo, "leads", "pipeline")).containsExactly("leads", "pipeline");
        JsonNode leads = ok(admin.get("/api/v1/leads"));
        assertThat(leads.get("totalElements").asLong()).isEqualTo(3);
        List<Integer> scores = new ArrayList<>();
        leads.get("items").forEach(l -> scores.add(l.get("score").asInt()));
        assertThat(scores).containsExactlyInAnyOrder(35, 15, 0);
        assertThat(ok(admin.get("/api/v1/pipeline/opportunities")).get("totalElements").asLong()).isEqualTo(3);

        assertThat(admin.delete("/api/v1/admin/modules/leads").status()).isIn(200, 204);
        assertThat(kernel.enableWithDemoData(demo, "leads")).containsExactly("leads");
        assertThat(ok(admin.get("/api/v1/leads")).get("totalElements").asLong()).as("seeded once").isEqualTo(3);
        assertThat(ok(admin.get("/api/v1/leads/scoring-rules")).size()).isEqualTo(3);
    }

    @Test
    void anotherTenantsLeadIsNotFoundOnEveryEndpoint() {
        String id = created(acme.post("/api/v1/leads", lead("Secret", "secret@acme.test", "Acme", null)));
        String rule = created(acme.post("/api/v1/leads/scoring-rules", "{\"kind\":\"source\",\"value\":\"secret\",\"points\":1}"));
        assertProblem(globex.get("/api/v1/leads/" + id), 404);
        assertProblem(globex.put("/api/v1/leads/" + id, lead("Mine", null, null, null)), 404);
        assertProblem(globex.post("/api/v1/leads/" + id + "/qualify", ""), 404);
        assertProblem(globex.post("/api/v1/leads/" + id + "/disqualify", "{\"reason\":\"x\"}"), 404);
        assertProblem(globex.get("/api/v1/leads/" + id + "/duplicates"), 404);
        assertProblem(globex.post("/api/v1/leads/" + id + "/convert", ""), 404);
        assertProblem(globex.delete("/api/v1/leads/scoring-rules/" + rule), 404);
        assertThat(ok(globex.get("/api/v1/leads")).get("items").findValuesAsString("id")).doesNotContain(id);
        assertThat(ok(acme.get("/api/v1/leads/" + id)).get("status").asString()).isEqualTo("new");
    }

    @Test
    void controlCharactersOnTheAnonymousFormAndNonMoneyCurrenciesOnConversionAreRefusedNamingTheField() throws Exception {
        ApiClient admin = kernel.provisionTenant("leads-hostile", PASSWORD);
        enable(admin, "leads", "pipeline");
        String path = ok(admin.post("/api/v1/leads/forms", "{\"name\":\"Hostile\"}"), 201).get("submitPath").asString();
        ApiClient anonymous = kernel.anonymousApi();
        assertField(anonymous.post(path, "{\"name\":\"Null\\u0000Byte\",\"email\":\"nul@site.test\"}"), 422, "name");
        assertField(anonymous.post(path, "{\"name\":\"Visitor\",\"message\":\"bell\\u0007\"}"), 422, "message");
        assertThat(postForm(path, "name=Null%00Byte&email=nul%40site.test")).isEqualTo(422);
        assertField(admin.get("/api/v1/leads?source=%00"), 422, "source");
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "leads-hostile");
        assertThat(kernel.countAsSuperuser("select count(*) from leads where tenant_id = ?::uuid", tenantId)).isZero();

        String id = created(admin.post("/api/v1/leads", lead("Convert Me", "convert@x.test", "Convert Inc", null)));
        for (String code : new String[] {"BTC", "ZZZ", "XXX", "XTS"}) {
            assertField(admin.post("/api/v1/leads/" + id + "/convert", "{\"currency\":\"" + code + "\"}"), 422, "currency");
        }
        assertField(admin.post("/api/v1/leads/" + id + "/convert", "{\"expectedCloseDate\":20260101}"), 422, "expectedCloseDate");
        assertThat(ok(admin.get("/api/v1/leads/" + id)).get("status").asString()).isEqualTo("new");
        assertThat(ok(admin.post("/api/v1/leads/" + id + "/convert", "{\"currency\":\"USD\"}")).get("opportunityId").isNull()).isFalse();
    }
}
