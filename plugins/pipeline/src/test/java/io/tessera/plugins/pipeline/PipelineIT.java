package io.tessera.plugins.pipeline;

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
        String owner = "0190a4c8-0000-7000-8000-000000000001";
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
        String alice = "0190a4c8-0000-7000-8000-00000000a11c";
        String bob = "0190a4c8-0000-7000-8000-000000000b0b";
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
        ok(acme.post("/api/v1/admin/users", "{\"email\":\"member@pipe-acme.test\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"member\"]}"), 201);
        ApiClient member = kernel.api("member@pipe-acme.test", PASSWORD);
        assertThat(member.post("/api/v1/pipeline/opportunities", opportunity("By member", acmeParty, "1", "EUR", "2027-01-01")).status())
                .isEqualTo(201);
        assertProblem(member.post("/api/v1/pipeline/pipelines", "{\"name\":\"Mine\",\"stages\":[{\"name\":\"A\",\"probability\":1}]}"), 403);
        assertThat(kernel.countAsSuperuser("select count(*) from pipelines where tenant_id = ?::uuid", tenantId)).isEqualTo(2);
    }

    // --- helpers

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
