package io.tessera.plugins.leads;

import static io.tessera.plugins.leads.LeadsApi.PASSWORD;
import static io.tessera.plugins.leads.LeadsApi.lead;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Leads on a server where the optional pipeline and activities plugins are not installed at all. */
class LeadsWithoutPipelineIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin().build();

    @Test
    void leadsStartsScoresAndConvertsWithoutAnOpportunityWhenPipelineAndActivitiesAreNotInstalled() {
        JsonNode modules = ok(kernel.platformApi().get("/api/v1/platform/modules"));
        assertThat(modules.size()).isEqualTo(1);
        assertThat(modules.get(0).get("id").asString()).isEqualTo("leads");
        assertThat(modules.get(0).get("state").asString()).isEqualTo("STARTED");

        ApiClient admin = kernel.provisionTenant("leads-alone", PASSWORD);
        enable(admin, "leads");
        // activities is not installed either: activity rules are accepted and simply count nothing
        ok(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"activity\",\"value\":\"any\",\"points\":5}"), 201);
        JsonNode captured = ok(admin.post("/api/v1/leads", lead("Ada Lovelace", "ada@engines.test", "Analytical Engines", "web")), 201);
        assertThat(captured.get("score").asInt()).as("no activities to count").isZero();
        String id = captured.get("id").asString();
        JsonNode conversion = ok(admin.post("/api/v1/leads/" + id + "/convert", ""));
        assertThat(conversion.get("opportunityId").isNull()).isTrue();
        JsonNode person = ok(admin.get("/api/v1/parties/" + conversion.get("personId").asString()));
        assertThat(person.get("email").asString()).isEqualTo("ada@engines.test");
        assertThat(person.get("organizationId").asString()).isEqualTo(conversion.get("companyId").asString());
        assertThat(ok(admin.get("/api/v1/leads/" + id)).get("status").asString()).isEqualTo("converted");
    }
}
