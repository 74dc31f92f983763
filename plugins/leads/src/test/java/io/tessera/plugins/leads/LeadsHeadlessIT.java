package io.tessera.plugins.leads;

import static io.tessera.plugins.leads.LeadsApi.lead;
import static io.tessera.testkit.ApiAssertions.assertStartedWithoutUi;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin's jar in a kernel with no UI on the class path (failsafe's {@code headless} execution leaves out the
 * shell, the UI kit and Vaadin): it starts, registers no views, and its API works.
 */
@Tag("headless")
class LeadsHeadlessIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    @Test
    void theJarLoadsAndItsApiWorksWithoutTheUiKit() {
        assertStartedWithoutUi(KERNEL, "leads");

        ApiClient api = KERNEL.provisionTenant("leads-headless", LeadsApi.PASSWORD);
        enable(api, "leads");
        String id = created(api.post("/api/v1/leads", lead("Ada Lovelace", "ada@engine.test", "Engines Ltd", "web")));
        var lead = ok(api.get("/api/v1/leads/" + id));
        assertThat(lead.get("status").asString()).isEqualTo("new");
        assertThat(lead.get("company").asString()).isEqualTo("Engines Ltd");
        assertThat(ok(api.post("/api/v1/leads/" + id + "/convert", "")).get("opportunityId").isNull())
                .as("pipeline is not installed here").isTrue();
    }
}
