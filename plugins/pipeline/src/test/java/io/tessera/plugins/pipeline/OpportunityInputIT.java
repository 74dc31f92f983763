package io.tessera.plugins.pipeline;

import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** What an opportunity accepts: ISO 4217 money currencies, ISO dates in range, and PUT as an explicit full replace. */
class OpportunityInputIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin().build();

    static ApiClient api;
    static String party;

    @BeforeAll
    static void tenant() {
        api = kernel.provisionTenant("pipe-input", PASSWORD);
        enable(api, "pipeline");
        party = company(api, "Input Corp");
    }

    static String deal(String currency, String closeDate) {
        return "{\"name\":\"Deal\",\"partyId\":\"" + party + "\",\"amount\":10,\"currency\":" + currency
                + ",\"expectedCloseDate\":" + closeDate + "}";
    }

    @Test
    void nonMoneyCurrenciesAreRefusedNamingTheField() {
        for (String code : new String[] {"BTC", "ZZZ", "XXX", "XTS", "XAU"}) {
            assertField(api.post("/api/v1/pipeline/opportunities", deal("\"" + code + "\"", "\"2026-06-30\"")), 422, "currency");
        }
        assertThat(ok(api.post("/api/v1/pipeline/opportunities", deal("\"JPY\"", "\"2026-06-30\"")), 201)
                .get("currency").asString()).isEqualTo("JPY");
    }

    @Test
    void closeDatesAreIsoStringsWithinTheRange() {
        assertField(api.post("/api/v1/pipeline/opportunities", deal("\"EUR\"", "20260101")), 422, "expectedCloseDate");
        assertField(api.post("/api/v1/pipeline/opportunities", deal("\"EUR\"", "\"+999999999-12-31\"")), 422, "expectedCloseDate");
        assertField(api.post("/api/v1/pipeline/opportunities", deal("\"EUR\"", "\"0000-01-01\"")), 422, "expectedCloseDate");
        assertThat(kernel.countAsSuperuser("select count(*) from opportunities where expected_close_date < date '1900-01-01' "
                + "or expected_close_date > date '2999-12-31'")).isZero();
    }

    @Test
    void putRefusesToMoveTheStageInsteadOfIgnoringIt() {
        JsonNode pipeline = ok(api.get("/api/v1/pipeline/pipelines")).get(0);
        String first = pipeline.get("stages").get(0).get("id").asString();
        String second = pipeline.get("stages").get(1).get("id").asString();
        String id = created(api.post("/api/v1/pipeline/opportunities", deal("\"EUR\"", "\"2026-06-30\"")));

        String moved = "{\"name\":\"Renamed\",\"partyId\":\"" + party + "\",\"amount\":10,\"currency\":\"EUR\","
                + "\"expectedCloseDate\":\"2026-06-30\",\"stageId\":\"" + second + "\"}";
        assertField(api.put("/api/v1/pipeline/opportunities/" + id, moved), 422, "stageId");
        assertField(api.put("/api/v1/pipeline/opportunities/" + id, moved.replace("\"stageId\":\"" + second + "\"",
                "\"pipelineId\":\"" + party + "\"")), 422, "pipelineId");
        JsonNode unchanged = ok(api.get("/api/v1/pipeline/opportunities/" + id));
        assertThat(unchanged.get("name").asString()).isEqualTo("Deal");
        assertThat(unchanged.get("stage").get("id").asString()).isEqualTo(first);

        JsonNode replaced = ok(api.put("/api/v1/pipeline/opportunities/" + id, moved.replace(second, first)));
        assertThat(replaced.get("name").asString()).isEqualTo("Renamed");
    }
}
