package io.tessera.plugins.pipeline;

import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.member;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testkit.ApiAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The pipeline plugin, loaded from its real jar, over HTTP on PostgreSQL as the application role. */
class PipelineIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin().build();

    static ApiClient acme;
    static ApiClient globex;
    static String acmeParty;
    static String globexParty;

    @BeforeAll
    static void tenants() {
        acme = kernel.provisionTenant("pipe-acme", PASSWORD);
        globex = kernel.provisionTenant("pipe-globex", PASSWORD);
        enable(acme, "pipeline");
        enable(globex, "pipeline");
        acmeParty = company(acme, "Wayne Enterprises");
        globexParty = company(globex, "Initech");
    }

    @Test
    void enablingSeedsTheDefaultPipelineOnceAndDetachHidesTheApiUntilReEnabled() {
        ApiClient admin = kernel.provisionTenant("pipe-lifecycle", PASSWORD);
        assertProblem(admin.get("/api/v1/pipeline/pipelines"), 404);

        enable(admin, "pipeline");
        JsonNode pipelines = ok(admin.get("/api/v1/pipeline/pipelines"));
        assertThat(pipelines.size()).isEqualTo(1);
        assertThat(pipelines.get(0).get("name").asString()).isEqualTo("Sales");
        assertThat(pipelines.get(0).get("isDefault").asBoolean()).isTrue();
        assertThat(pipelines.get(0).get("stages").findValuesAsString("name"))
                .containsExactly("Prospecting", "Qualification", "Proposal", "Negotiation", "Closing");
        assertThat(pipelines.get(0).get("stages").get(2).get("probability").decimalValue()).isEqualByComparingTo("50");

        String party = company(admin, "Lifecycle Ltd");
        String id = created(admin.post("/api/v1/pipeline/opportunities", opportunity("Kept", party, "100", "EUR", "2027-01-10")));

        assertThat(admin.delete("/api/v1/admin/modules/pipeline").status()).isIn(200, 204);
        assertProblem(admin.get("/api/v1/pipeline/opportunities/" + id), 404);
        assertProblem(admin.post("/api/v1/pipeline/opportunities", opportunity("Refused", party, "1", "EUR", "2027-01-10")), 404);

        enable(admin, "pipeline");
        assertThat(ok(admin.get("/api/v1/pipeline/opportunities/" + id)).get("name").asString()).isEqualTo("Kept");
        assertThat(ok(admin.get("/api/v1/pipeline/pipelines")).size()).as("re-enabling seeds nothing twice").isEqualTo(1);
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "pipe-lifecycle");
        assertThat(kernel.countAsSuperuser("select count(*) from pipeline_stages where tenant_id = ?::uuid", tenantId)).isEqualTo(5);
    }

    @Test
    void anOpportunityStartsAtTheFirstStageMovesWithHistoryAndIsWonOrLostOnce() {
        JsonNode stages = ok(acme.get("/api/v1/pipeline/pipelines")).get(0).get("stages");
        ApiResponse created = acme.post("/api/v1/pipeline/opportunities",
                opportunity("Wayne: 50 seats", acmeParty, "12000.50", "EUR", "2027-03-31"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode deal = created.json();
        String id = deal.get("id").asString();
        assertThat(deal.get("stage").get("id").asString()).isEqualTo(stages.get(0).get("id").asString());
        assertThat(deal.get("status").asString()).isEqualTo("open");
        assertThat(deal.get("amount").decimalValue()).isEqualByComparingTo("12000.50");
        assertThat(deal.get("ownerId").asString()).as("the creator owns it").isNotBlank();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith(id);

        JsonNode moved = ok(acme.post("/api/v1/pipeline/opportunities/" + id + "/stage",
                "{\"stageId\":\"" + stages.get(2).get("id").asString() + "\"}"));
        assertThat(moved.get("stage").get("name").asString()).isEqualTo("Proposal");
        assertThat(moved.get("probability").decimalValue()).isEqualByComparingTo("50");

        JsonNode won = ok(acme.post("/api/v1/pipeline/opportunities/" + id + "/won", ""));
        assertThat(won.get("status").asString()).isEqualTo("won");
        assertThat(won.get("probability").decimalValue()).isEqualByComparingTo("100");
        assertThat(won.get("closedAt").isNull()).isFalse();
        assertProblem(acme.post("/api/v1/pipeline/opportunities/" + id + "/lost", "{\"reason\":\"too late\"}"), 409);
        assertProblem(acme.post("/api/v1/pipeline/opportunities/" + id + "/stage",
                "{\"stageId\":\"" + stages.get(1).get("id").asString() + "\"}"), 409);

        JsonNode history = ok(acme.get("/api/v1/pipeline/opportunities/" + id + "/history"));
        assertThat(history.findValuesAsString("toStageName")).containsExactly("Prospecting", "Proposal", "Proposal");
        assertThat(history.findValuesAsString("status")).containsExactly("open", "open", "won");

        String other = created(acme.post("/api/v1/pipeline/opportunities",
                opportunity("Wayne: pilot", acmeParty, "800", "EUR", "2027-03-31")));
        JsonNode lost = ok(acme.post("/api/v1/pipeline/opportunities/" + other + "/lost", "{\"reason\":\"Chose a competitor\"}"));
        assertThat(lost.get("status").asString()).isEqualTo("lost");
        assertThat(lost.get("lostReason").asString()).isEqualTo("Chose a competitor");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndCreatesNothing() {
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "pipe-acme");
        long before = kernel.countAsSuperuser("select count(*) from opportunities where tenant_id = ?::uuid", tenantId);

        assertField(acme.post("/api/v1/pipeline/opportunities", opportunity("", acmeParty, "1", "EUR", "2027-01-01")), 422, "name");
        assertField(acme.post("/api/v1/pipeline/opportunities", opportunity("X", acmeParty, "1", "euro", "2027-01-01")), 422, "currency");
        assertField(acme.post("/api/v1/pipeline/opportunities", opportunity("X", acmeParty, "-5", "EUR", "2027-01-01")), 422, "amount");
        assertField(acme.post("/api/v1/pipeline/opportunities", opportunity("X", globexParty, "1", "EUR", "2027-01-01")), 422, "partyId");
        assertField(acme.post("/api/v1/pipeline/opportunities",
                "{\"name\":\"X\",\"partyId\":\"" + acmeParty + "\",\"amount\":1,\"currency\":\"EUR\"}"), 422, "expectedCloseDate");
        String globexStage = ok(globex.get("/api/v1/pipeline/pipelines")).get(0).get("stages").get(1).get("id").asString();
        assertField(acme.post("/api/v1/pipeline/opportunities", opportunity("X", acmeParty, "1", "EUR", "2027-01-01")
                .replace("}", ",\"stageId\":\"" + globexStage + "\"}")), 422, "stageId");
        String id = created(acme.post("/api/v1/pipeline/opportunities", opportunity("Valid", acmeParty, "1", "EUR", "2027-01-01")));
        assertField(acme.post("/api/v1/pipeline/opportunities/" + id + "/stage", "{\"stageId\":\"" + globexStage + "\"}"), 422, "stageId");
        assertField(acme.post("/api/v1/pipeline/opportunities/" + id + "/lost", "{\"reason\":\" \"}"), 422, "reason");
        assertField(acme.get("/api/v1/pipeline/opportunities?size=500"), 400, "size");
        assertField(acme.get("/api/v1/pipeline/opportunities?status=maybe"), 400, "status");
        assertField(acme.get("/api/v1/pipeline/forecast?from=2027-13&to=2027-12"), 400, "from");
        assertField(acme.get("/api/v1/pipeline/forecast?from=2027-05&to=2027-01"), 400, "to");
        assertField(acme.post("/api/v1/pipeline/pipelines", "{\"name\":\"Renewals\",\"stages\":[{\"name\":\"Ask\",\"probability\":120}]}"),
                422, "stages[0].probability");

        assertThat(kernel.countAsSuperuser("select count(*) from opportunities where tenant_id = ?::uuid", tenantId))
                .as("only the one valid create wrote a row").isEqualTo(before + 1);
    }

    @Test
    void theListFiltersByStageAndOwnerAndPages() {
        ApiClient admin = kernel.provisionTenant("pipe-list", PASSWORD);
        enable(admin, "pipeline");
        String party = company(admin, "Listed Inc");
        JsonNode stages = ok(admin.get("/api/v1/pipeline/pipelines")).get(0).get("stages");
        String negotiation = stages.get(3).get("id").asString();
        String owner = member(admin, "owner@pipe-list.test", PASSWORD);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(created(admin.post("/api/v1/pipeline/opportunities", opportunity("Deal " + i, party, "10", "EUR", "2027-02-01")
                    .replace("}", i < 2 ? ",\"ownerId\":\"" + owner + "\"}" : "}"))));
        }
        for (String id : ids.subList(0, 3)) {
            ok(admin.post("/api/v1/pipeline/opportunities/" + id + "/stage", "{\"stageId\":\"" + negotiation + "\"}"));
        }
        JsonNode first = ok(admin.get("/api/v1/pipeline/opportunities?stageId=" + negotiation + "&size=2"));
        assertThat(first.get("totalElements").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(names(first)).containsExactly("Deal 2", "Deal 1");
        JsonNode second = ok(admin.get("/api/v1/pipeline/opportunities?stageId=" + negotiation + "&size=2&page=1"));
        assertThat(names(second)).containsExactly("Deal 0");
        assertThat(ok(admin.get("/api/v1/pipeline/opportunities?ownerId=" + owner)).get("totalElements").asLong()).isEqualTo(2);
        assertThat(ok(admin.get("/api/v1/pipeline/opportunities?stageId=" + negotiation + "&ownerId=" + owner))
                .get("totalElements").asLong()).isEqualTo(2);
        assertThat(ok(admin.get("/api/v1/pipeline/opportunities")).get("totalElements").asLong()).isEqualTo(5);
        assertThat(ok(admin.get("/api/v1/pipeline/opportunities?page=9")).get("items").size()).isZero();

        String indexDef = kernel.queryAsSuperuser("select indexdef from pg_indexes where indexname = 'opportunities_stage_ix'");
        assertThat(indexDef).contains("(tenant_id, stage_id, id)");
    }

    @Test
    void theForecastWeighsOpenDealsByStageProbabilityCountsWonInFullAndIgnoresLost() {
        ApiClient admin = kernel.provisionTenant("pipe-forecast", PASSWORD);
        enable(admin, "pipeline");
        String party = company(admin, "Forecast GmbH");
        JsonNode stages = ok(admin.get("/api/v1/pipeline/pipelines")).get(0).get("stages");
        String alice = member(admin, "alice@pipe-forecast.test", PASSWORD);
        String bob = member(admin, "bob@pipe-forecast.test", PASSWORD);
        // January: 1000.10 at Prospecting (10 %) by alice, 2000 at Proposal (50 %) by bob
        created(admin.post("/api/v1/pipeline/opportunities", withOwner(opportunity("J1", party, "1000.10", "EUR", "2027-01-05"), alice)));
        String j2 = created(admin.post("/api/v1/pipeline/opportunities", withOwner(opportunity("J2", party, "2000", "EUR", "2027-01-31"), bob)));
        ok(admin.post("/api/v1/pipeline/opportunities/" + j2 + "/stage", "{\"stageId\":\"" + stages.get(2).get("id").asString() + "\"}"));
        // February: 3000 won by alice, 500 lost by bob
        String f1 = created(admin.post("/api/v1/pipeline/opportunities", withOwner(opportunity("F1", party, "3000", "EUR", "2027-02-14"), alice)));
        ok(admin.post("/api/v1/pipeline/opportunities/" + f1 + "/won", ""));
        String f2 = created(admin.post("/api/v1/pipeline/opportunities", withOwner(opportunity("F2", party, "500", "EUR", "2027-02-20"), bob)));
        ok(admin.post("/api/v1/pipeline/opportunities/" + f2 + "/lost", "{\"reason\":\"budget\"}"));
        // outside the range
        created(admin.post("/api/v1/pipeline/opportunities", withOwner(opportunity("Later", party, "99999", "EUR", "2027-04-01"), alice)));

        JsonNode forecast = ok(admin.get("/api/v1/pipeline/forecast?from=2027-01&to=2027-03"));
        assertThat(forecast.get("currency").asString()).isEqualTo("EUR");
        JsonNode months = forecast.get("months");
        assertThat(months.findValuesAsString("month")).containsExactly("2027-01", "2027-02", "2027-03");
        assertMonth(months.get(0), "1100.01", "3000.10", 2);   // 1000.10 × 0.10 + 2000 × 0.50
        assertMonth(months.get(1), "3000.00", "3000.00", 1);   // won counts in full, lost not at all
        assertMonth(months.get(2), "0.00", "0.00", 0);
        JsonNode owners = forecast.get("owners");
        assertThat(owners.findValuesAsString("ownerId")).containsExactly(alice, bob);
        assertThat(owners.get(0).get("weighted").decimalValue()).isEqualByComparingTo("3100.01");
        assertThat(owners.get(1).get("weighted").decimalValue()).isEqualByComparingTo("1000.00");

        created(admin.post("/api/v1/pipeline/opportunities", opportunity("Dollars", party, "700", "USD", "2027-03-03")));
        assertField(admin.get("/api/v1/pipeline/forecast?from=2027-01&to=2027-03"), 400, "currency");
        JsonNode usd = ok(admin.get("/api/v1/pipeline/forecast?from=2027-01&to=2027-03&currency=USD"));
        assertMonth(usd.get("months").get(2), "70.00", "700.00", 1);
        YearMonth now = YearMonth.now();
        assertThat(ok(admin.get("/api/v1/pipeline/forecast?from=" + now + "&to=" + now)).get("months").size()).isEqualTo(1);
    }

    @Test
    void anotherTenantsOpportunityIsNotFoundOnEveryEndpoint() {
        String id = created(acme.post("/api/v1/pipeline/opportunities", opportunity("Secret", acmeParty, "5", "EUR", "2027-06-01")));
        String globexStage = ok(globex.get("/api/v1/pipeline/pipelines")).get(0).get("stages").get(1).get("id").asString();
        assertProblem(globex.get("/api/v1/pipeline/opportunities/" + id), 404);
        assertProblem(globex.put("/api/v1/pipeline/opportunities/" + id, opportunity("Mine", globexParty, "5", "EUR", "2027-06-01")), 404);
        assertProblem(globex.post("/api/v1/pipeline/opportunities/" + id + "/stage", "{\"stageId\":\"" + globexStage + "\"}"), 404);
        assertProblem(globex.post("/api/v1/pipeline/opportunities/" + id + "/won", ""), 404);
        assertProblem(globex.post("/api/v1/pipeline/opportunities/" + id + "/lost", "{\"reason\":\"x\"}"), 404);
        assertProblem(globex.get("/api/v1/pipeline/opportunities/" + id + "/history"), 404);
        assertThat(ok(globex.get("/api/v1/pipeline/opportunities?partyId=" + acmeParty)).get("totalElements").asLong()).isZero();
        assertThat(names(ok(globex.get("/api/v1/pipeline/opportunities")))).doesNotContain("Secret");
        assertThat(ok(acme.get("/api/v1/pipeline/opportunities/" + id)).get("status").asString()).isEqualTo("open");
    }

    @Test
    void aMemberWorksWithDealsButOnlyAnAdminConfiguresPipelines() {
        JsonNode created = ok(acme.post("/api/v1/pipeline/pipelines",
                "{\"name\":\"Renewals\",\"stages\":[{\"name\":\"Due\",\"probability\":60},{\"name\":\"Quoted\",\"probability\":85}]}"), 201);
        assertThat(created.get("isDefault").asBoolean()).isFalse();
        assertThat(created.get("stages").findValuesAsString("name")).containsExactly("Due", "Quoted");
        String renewalsStage = created.get("stages").get(1).get("id").asString();
        JsonNode inRenewals = ok(acme.post("/api/v1/pipeline/opportunities", opportunity("Renewal", acmeParty, "10", "EUR", "2027-01-01")
                .replace("}", ",\"stageId\":\"" + renewalsStage + "\"}")), 201);
        assertThat(inRenewals.get("pipelineId").asString()).isEqualTo(created.get("id").asString());
        assertField(acme.post("/api/v1/pipeline/pipelines", "{\"name\":\"renewals\",\"stages\":[{\"name\":\"A\",\"probability\":1}]}"),
                422, "name");

        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "pipe-acme");
        member(acme, "member@pipe-acme.test", PASSWORD);
        ApiClient member = kernel.api("member@pipe-acme.test", PASSWORD);
        assertThat(member.post("/api/v1/pipeline/opportunities", opportunity("By member", acmeParty, "1", "EUR", "2027-01-01")).status())
                .isEqualTo(201);
        assertProblem(member.post("/api/v1/pipeline/pipelines", "{\"name\":\"Mine\",\"stages\":[{\"name\":\"A\",\"probability\":1}]}"), 403);
        assertThat(kernel.countAsSuperuser("select count(*) from pipelines where tenant_id = ?::uuid", tenantId)).isEqualTo(2);
    }

    @Test
    void stagesAreAddedRenamedReorderedAndDeletedWithProbabilitiesFrom0To100() {
        ApiClient admin = kernel.provisionTenant("pipe-stages", PASSWORD);
        enable(admin, "pipeline");
        JsonNode pipeline = ok(admin.get("/api/v1/pipeline/pipelines")).get(0);
        String base = "/api/v1/pipeline/pipelines/" + pipeline.get("id").asString();
        JsonNode added = ok(admin.post(base + "/stages", "{\"name\":\"Contract sent\",\"probability\":95}"), 201);
        assertThat(added.get("position").asInt()).isEqualTo(5);
        String contract = added.get("id").asString();

        JsonNode renamed = ok(admin.put(base + "/stages/" + contract, "{\"name\":\"Signature\",\"probability\":97.5}"));
        assertThat(renamed.get("name").asString()).isEqualTo("Signature");
        assertThat(renamed.get("probability").decimalValue()).isEqualByComparingTo("97.5");

        List<String> ids = new ArrayList<>(ok(admin.get("/api/v1/pipeline/pipelines")).get(0).get("stages").findValuesAsString("id"));
        java.util.Collections.reverse(ids);
        JsonNode reordered = ok(admin.put(base + "/stage-order", "{\"stageIds\":[\"" + String.join("\",\"", ids) + "\"]}"));
        assertThat(reordered.get("stages").findValuesAsString("name"))
                .containsExactly("Signature", "Closing", "Negotiation", "Proposal", "Qualification", "Prospecting");
        assertThat(ok(admin.get("/api/v1/pipeline/pipelines")).get(0).get("stages").findValuesAsString("name").getFirst())
                .isEqualTo("Signature");

        assertThat(admin.delete(base + "/stages/" + contract).status()).isEqualTo(204);
        assertThat(ok(admin.get("/api/v1/pipeline/pipelines")).get(0).get("stages").findValuesAsString("name"))
                .containsExactly("Closing", "Negotiation", "Proposal", "Qualification", "Prospecting");

        // validation: problem+json naming the field, nothing changed
        assertField(admin.post(base + "/stages", "{\"name\":\"Too sure\",\"probability\":101}"), 422, "probability");
        assertField(admin.post(base + "/stages", "{\"name\":\"Negative\",\"probability\":-1}"), 422, "probability");
        assertField(admin.post(base + "/stages", "{\"name\":\" \",\"probability\":10}"), 422, "name");
        assertField(admin.post(base + "/stages", "{\"name\":\"closing\",\"probability\":10}"), 422, "name");
        String closing = ids.get(1);
        assertField(admin.put(base + "/stages/" + closing, "{\"name\":\"Closing\",\"probability\":100.5}"), 422, "probability");
        assertField(admin.put(base + "/stage-order", "{\"stageIds\":[\"" + closing + "\"]}"), 422, "stageIds");
        assertField(admin.put(base + "/stage-order", "{\"stageIds\":[]}"), 422, "stageIds");
        assertThat(ok(admin.get("/api/v1/pipeline/pipelines")).get(0).get("stages").size()).isEqualTo(5);
        assertThat(ok(admin.get("/api/v1/pipeline/pipelines")).get(0).get("stages").get(0).get("probability").decimalValue())
                .isEqualByComparingTo("90");
    }

    @Test
    void aStageWithDealsIsDeletedOnlyByMovingThemAllToAnotherStageWithHistory() {
        ApiClient admin = kernel.provisionTenant("pipe-stage-delete", PASSWORD);
        enable(admin, "pipeline");
        String party = company(admin, "Moving Co");
        JsonNode pipeline = ok(admin.get("/api/v1/pipeline/pipelines")).get(0);
        String base = "/api/v1/pipeline/pipelines/" + pipeline.get("id").asString();
        String prospecting = pipeline.get("stages").get(0).get("id").asString();
        String qualification = pipeline.get("stages").get(1).get("id").asString();
        List<String> deals = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            deals.add(created(admin.post("/api/v1/pipeline/opportunities", opportunity("Mover " + i, party, "10", "EUR", "2027-05-01"))));
        }
        ok(admin.post("/api/v1/pipeline/opportunities/" + deals.get(2) + "/lost", "{\"reason\":\"gone\"}"));

        ApiResponse refused = admin.delete(base + "/stages/" + prospecting);
        assertProblem(refused, 409);
        assertThat(refused.json().get("detail").asString()).contains("Prospecting", "3 opportunities", "moveTo");
        assertField(admin.delete(base + "/stages/" + prospecting + "?moveTo=" + prospecting), 422, "moveTo");
        String otherPipelineStage = ok(admin.post("/api/v1/pipeline/pipelines",
                "{\"name\":\"Other\",\"stages\":[{\"name\":\"Only\",\"probability\":5}]}"), 201).get("stages").get(0).get("id").asString();
        assertField(admin.delete(base + "/stages/" + prospecting + "?moveTo=" + otherPipelineStage), 422, "moveTo");
        assertThat(ok(admin.get("/api/v1/pipeline/opportunities?stageId=" + prospecting)).get("totalElements").asLong())
                .as("nothing moved by the refused deletes").isEqualTo(3);
        assertProblem(admin.delete("/api/v1/pipeline/pipelines/" + ok(admin.get("/api/v1/pipeline/pipelines")).get(1).get("id").asString()
                + "/stages/" + otherPipelineStage), 409);

        assertThat(admin.delete(base + "/stages/" + prospecting + "?moveTo=" + qualification).status()).isEqualTo(204);
        assertThat(ok(admin.get("/api/v1/pipeline/opportunities?stageId=" + qualification)).get("totalElements").asLong()).isEqualTo(3);
        JsonNode history = ok(admin.get("/api/v1/pipeline/opportunities/" + deals.getFirst() + "/history"));
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("fromStageId").asString()).isEqualTo(prospecting);
        assertThat(last.get("toStageId").asString()).isEqualTo(qualification);
        assertThat(ok(admin.get("/api/v1/pipeline/opportunities/" + deals.get(2))).get("status").asString())
                .as("a lost deal moves but stays lost").isEqualTo("lost");
        assertThat(ok(admin.get("/api/v1/pipeline/pipelines")).get(0).get("stages").findValuesAsString("name"))
                .doesNotContain("Prospecting");
    }

    @Test
    void aWonOrLostOpportunityIsReopenedIntoAnOpenStageWithHistory() {
        JsonNode stages = ok(acme.get("/api/v1/pipeline/pipelines")).get(0).get("stages");
        String proposal = stages.get(2).get("id").asString();
        String won = created(acme.post("/api/v1/pipeline/opportunities", opportunity("Reopen me", acmeParty, "100", "EUR", "2027-03-01")));
        ok(acme.post("/api/v1/pipeline/opportunities/" + won + "/won", ""));
        assertProblem(acme.post("/api/v1/pipeline/opportunities/" + won + "/stage", "{\"stageId\":\"" + proposal + "\"}"), 409);

        JsonNode reopened = ok(acme.post("/api/v1/pipeline/opportunities/" + won + "/reopen", "{\"stageId\":\"" + proposal + "\"}"));
        assertThat(reopened.get("status").asString()).isEqualTo("open");
        assertThat(reopened.get("stage").get("id").asString()).isEqualTo(proposal);
        assertThat(reopened.get("closedAt").isNull()).isTrue();
        assertThat(reopened.get("probability").decimalValue()).isEqualByComparingTo("50");
        JsonNode history = ok(acme.get("/api/v1/pipeline/opportunities/" + won + "/history"));
        assertThat(history.findValuesAsString("status")).containsExactly("open", "won", "open");
        assertThat(history.get(2).get("toStageId").asString()).isEqualTo(proposal);

        assertProblem(acme.post("/api/v1/pipeline/opportunities/" + won + "/reopen", "{\"stageId\":\"" + proposal + "\"}"), 409);
        ok(acme.post("/api/v1/pipeline/opportunities/" + won + "/lost", "{\"reason\":\"after all\"}"));
        String globexStage = ok(globex.get("/api/v1/pipeline/pipelines")).get(0).get("stages").get(0).get("id").asString();
        assertField(acme.post("/api/v1/pipeline/opportunities/" + won + "/reopen", "{\"stageId\":\"" + globexStage + "\"}"), 422, "stageId");
        assertField(acme.post("/api/v1/pipeline/opportunities/" + won + "/reopen", "{}"), 422, "stageId");
        JsonNode again = ok(acme.post("/api/v1/pipeline/opportunities/" + won + "/reopen", "{\"stageId\":\"" + proposal + "\"}"));
        assertThat(again.get("lostReason").isNull()).isTrue();
        assertProblem(globex.post("/api/v1/pipeline/opportunities/" + won + "/reopen", "{\"stageId\":\"" + globexStage + "\"}"), 404);
    }

    @Test
    void anotherTenantsPipelineAndStagesAreNotFoundOnEveryStageEndpoint() {
        JsonNode acmePipeline = ok(acme.get("/api/v1/pipeline/pipelines")).get(0);
        String base = "/api/v1/pipeline/pipelines/" + acmePipeline.get("id").asString();
        String stage = acmePipeline.get("stages").get(0).get("id").asString();
        JsonNode globexPipeline = ok(globex.get("/api/v1/pipeline/pipelines")).get(0);
        String globexBase = "/api/v1/pipeline/pipelines/" + globexPipeline.get("id").asString();
        assertProblem(globex.post(base + "/stages", "{\"name\":\"Mine\",\"probability\":10}"), 404);
        assertProblem(globex.put(base + "/stages/" + stage, "{\"name\":\"Mine\",\"probability\":10}"), 404);
        assertProblem(globex.put(base + "/stage-order", "{\"stageIds\":[\"" + stage + "\"]}"), 404);
        assertProblem(globex.delete(base + "/stages/" + stage), 404);
        // acme's stage under globex's own pipeline
        assertProblem(globex.put(globexBase + "/stages/" + stage, "{\"name\":\"Mine\",\"probability\":10}"), 404);
        assertProblem(globex.delete(globexBase + "/stages/" + stage), 404);
        assertThat(ok(acme.get("/api/v1/pipeline/pipelines")).get(0).get("stages").get(0).get("name").asString())
                .isEqualTo(acmePipeline.get("stages").get(0).get("name").asString());
    }

    @Test
    void theOwnerMustBeAnActiveMemberOfTheTenant() {
        String acmeAdmin = kernel.queryAsSuperuser("select id::text from users where email = ?", "admin@pipe-acme.test");
        String globexAdmin = kernel.queryAsSuperuser("select id::text from users where email = ?", "admin@pipe-globex.test");
        JsonNode owned = ok(acme.post("/api/v1/pipeline/opportunities",
                withOwner(opportunity("Owned", acmeParty, "1", "EUR", "2027-01-01"), acmeAdmin)), 201);
        assertThat(owned.get("ownerId").asString()).isEqualTo(acmeAdmin);
        assertField(acme.post("/api/v1/pipeline/opportunities",
                withOwner(opportunity("Stranger", acmeParty, "1", "EUR", "2027-01-01"), java.util.UUID.randomUUID().toString())), 422, "ownerId");
        assertField(acme.post("/api/v1/pipeline/opportunities",
                withOwner(opportunity("Foreign", acmeParty, "1", "EUR", "2027-01-01"), globexAdmin)), 422, "ownerId");
        assertField(acme.put("/api/v1/pipeline/opportunities/" + owned.get("id").asString(),
                withOwner(opportunity("Owned", acmeParty, "1", "EUR", "2027-01-01"), globexAdmin)), 422, "ownerId");
        assertThat(ok(acme.get("/api/v1/pipeline/opportunities/" + owned.get("id").asString())).get("ownerId").asString())
                .isEqualTo(acmeAdmin);
    }

    @Test
    void csvExportStreamsEveryMatchingOpportunityNotOnePage() {
        ApiClient admin = kernel.provisionTenant("pipe-export", PASSWORD);
        enable(admin, "pipeline");
        String party = company(admin, "Export GmbH");
        JsonNode pipeline = ok(admin.get("/api/v1/pipeline/pipelines")).get(0);
        String first = pipeline.get("stages").get(0).get("id").asString();
        String second = pipeline.get("stages").get(1).get("id").asString();
        String tenantId = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", "pipe-export");
        int rows = 1111;
        kernel.queryAsSuperuser("""
                insert into opportunities (tenant_id, id, name, party_id, amount, currency, expected_close_date, pipeline_id,
                                           stage_id, status, created_at, updated_at, version)
                select ?::uuid, gen_random_uuid(), 'Bulk ' || n, ?::uuid, n, 'EUR', date '2027-01-01', ?::uuid,
                       case when n % 10 = 0 then ?::uuid else ?::uuid end, 'OPEN', now(), now(), 0
                from generate_series(1, ?) n returning 'ok'""",
                tenantId, party, pipeline.get("id").asString(), second, first, rows);

        ApiResponse csv = admin.getAs("/api/v1/pipeline/opportunities?stageId=" + first, "text/csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).startsWith("id,name,partyId");
        assertThat(lines).hasSize(rows - rows / 10 + 1);
        assertThat(lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList()).doesNotHaveDuplicates();
        assertThat(admin.getAs("/api/v1/pipeline/opportunities", "text/csv").body().lines().count()).isEqualTo(rows + 1);
        assertThat(ok(admin.get("/api/v1/pipeline/opportunities?stageId=" + first)).get("items").size()).as("JSON stays paged").isEqualTo(20);
    }

    @Test
    void theOpenApiDocumentDescribesStageManagementAndReopen() {
        ApiResponse response = kernel.anonymousApi().get("/v3/api-docs");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        assertThat(paths.get("/api/v1/pipeline/pipelines/{pipelineId}/stages").propertyNames()).contains("post");
        assertThat(paths.get("/api/v1/pipeline/pipelines/{pipelineId}/stages/{stageId}").propertyNames()).contains("put", "delete");
        assertThat(paths.get("/api/v1/pipeline/pipelines/{pipelineId}/stage-order").propertyNames()).contains("put");
        assertThat(paths.get("/api/v1/pipeline/opportunities/{id}/reopen").propertyNames()).contains("post");
        JsonNode listContent = paths.get("/api/v1/pipeline/opportunities").get("get").get("responses").get("200").get("content");
        assertThat(listContent.propertyNames()).as(listContent.toString()).contains("text/csv");
        assertThat(listContent.get("text/csv").get("schema").get("type").asString()).as("CSV is text on the wire").isEqualTo("string");
    }

    // --- helpers

    @Test
    void pagingByCursorReturnsEveryRowExactlyOnceWhileRowsAreInsertedAndDeletedBetweenPages() {
        ApiClient admin = kernel.provisionTenant("pipe-keyset", PASSWORD);
        enable(admin, "pipeline");
        String party = company(admin, "Keyset Ltd");
        List<String> initial = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            initial.add(created(admin.post("/api/v1/pipeline/opportunities", opportunity("Deal " + i, party, "10", "EUR", "2027-01-10"))));
        }
        java.util.Set<String> deletedUnseen = new java.util.HashSet<>();
        java.util.Set<String> inserted = new java.util.HashSet<>();
        List<String> seen = new ArrayList<>();
        JsonNode page = ok(admin.get("/api/v1/pipeline/opportunities?size=4"));
        assertThat(page.get("totalElements").asLong()).isEqualTo(23);
        int round = 0;
        while (true) {
            page.get("items").forEach(item -> seen.add(item.get("id").asString()));
            if (page.get("next").isNull()) {
                break;
            }
            // between pages: a newer row (sorts before the cursor), an unseen older row deleted, a seen row deleted
            inserted.add(created(admin.post("/api/v1/pipeline/opportunities",
                    opportunity("Inserted " + round, party, "10", "EUR", "2027-01-10"))));
            String unseen = initial.get(round);
            if (!seen.contains(unseen)) {
                deleteOpportunity(unseen);
                deletedUnseen.add(unseen);
            }
            deleteOpportunity(seen.get(round));
            round++;
            page = ok(admin.get("/api/v1/pipeline/opportunities?size=4&after=" + page.get("next").asString()));
            assertThat(page.get("totalElements").asLong()).as("a cursor page is not counted").isEqualTo(-1);
        }

        assertThat(seen).as("no row twice").doesNotHaveDuplicates();
        List<String> expected = new ArrayList<>(initial);
        expected.removeAll(deletedUnseen);
        assertThat(seen).as("every row that was there throughout").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(seen).as("newest (greatest UUIDv7) first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(deletedUnseen).isNotEmpty();
        assertThat(seen).doesNotContainAnyElementsOf(inserted);
    }

    @Test
    void aCursorIsCheckedAndExcludesAPageNumber() {
        assertField(acme.get("/api/v1/pipeline/opportunities?after=not-a-cursor"), 400, "after");
        ApiResponse firstResponse = acme.get("/api/v1/pipeline/opportunities?size=1&page=0");
        JsonNode first = ok(firstResponse);
        String next = first.get("next").asString();
        assertThat(firstResponse.headers().firstValue("Link")).as("the next link: same list, cursor instead of page")
                .hasValue("</api/v1/pipeline/opportunities?size=1&after=" + next + ">; rel=\"next\"");
        assertField(acme.get("/api/v1/pipeline/opportunities?page=1&after=" + next), 400, "page");
        assertThat(ok(acme.get("/api/v1/pipeline/opportunities?size=1&after=" + next)).get("items").get(0).get("id").asString())
                .isNotEqualTo(first.get("items").get(0).get("id").asString());
    }

    /** Deletes an opportunity with its history, as superuser (the API has no delete). */
    private static void deleteOpportunity(String id) {
        assertThat(kernel.queryAsSuperuser("""
                with history as (delete from opportunity_stage_history where opportunity_id = ?::uuid)
                delete from opportunities where id = ?::uuid returning id::text""", id, id)).isEqualTo(id);
    }

    static String opportunity(String name, String partyId, String amount, String currency, String close) {
        return "{\"name\":\"" + name + "\",\"partyId\":\"" + partyId + "\",\"amount\":" + amount + ",\"currency\":\""
                + currency + "\",\"expectedCloseDate\":\"" + close + "\"}";
    }

    static List<String> names(JsonNode page) {
        return values(page, "name");
    }

    static String withOwner(String json, String ownerId) {
        return json.replace("}", ",\"ownerId\":\"" + ownerId + "\"}");
    }

    static void assertMonth(JsonNode month, String weighted, String total, long count) {
        assertThat(month.get("weighted").decimalValue()).as(month.toString()).isEqualByComparingTo(new BigDecimal(weighted));
        assertThat(month.get("total").decimalValue()).as(month.toString()).isEqualByComparingTo(new BigDecimal(total));
        assertThat(month.get("count").asLong()).as(month.toString()).isEqualTo(count);
    }
}
