package io.tessera.plugins.leads;

import static io.tessera.plugins.leads.LeadsApi.PASSWORD;
import static io.tessera.plugins.leads.LeadsApi.lead;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import io.tessera.tenants.modules.ModuleLifecycle;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The leads plugin from its real jar, next to the real pipeline jar, over HTTP on PostgreSQL as the application role. */
class LeadsIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../pipeline/target/pipeline.jar"))
            .property("tessera.leads.form.rate-limit", "6")
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
        List<String> team = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        JsonNode saved = ok(admin.put("/api/v1/leads/team", "{\"userIds\":[\"" + String.join("\",\"", team) + "\"]}"));
        assertThat(saved.get("userIds").toString()).contains(team.get(0), team.get(1), team.get(2));

        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            owners.add(ok(admin.post("/api/v1/leads", lead("Lead " + i, null, null, null)), 201).get("ownerId").asString());
            if (i == 1) {
                String explicit = UUID.randomUUID().toString();
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
        JsonNode conversion = ok(acme.post("/api/v1/leads/" + id + "/convert", "{\"amount\":1500,\"currency\":\"USD\"}"));
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
        TenantRef demo = new TenantRef(UUID.fromString(kernel.queryAsSuperuser("select id::text from tenants where slug = ?",
                "leads-demo")), "leads-demo");
        ModuleLifecycle lifecycle = kernel.bean(ModuleLifecycle.class);
        TenantContext.runAs(demo, () -> {
            lifecycle.enable("leads", true);
            lifecycle.enable("pipeline", true);
        });
        JsonNode leads = ok(admin.get("/api/v1/leads"));
        assertThat(leads.get("totalElements").asLong()).isEqualTo(3);
        List<Integer> scores = new ArrayList<>();
        leads.get("items").forEach(l -> scores.add(l.get("score").asInt()));
        assertThat(scores).containsExactlyInAnyOrder(35, 15, 0);
        assertThat(ok(admin.get("/api/v1/pipeline/opportunities")).get("totalElements").asLong()).isEqualTo(3);

        assertThat(admin.delete("/api/v1/admin/modules/leads").status()).isIn(200, 204);
        TenantContext.runAs(demo, () -> lifecycle.enable("leads", true));
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
}
