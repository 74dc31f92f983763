package io.tessera.plugins.pipeline;

import static io.tessera.plugins.pipeline.PipelineIT.opportunity;
import static io.tessera.testkit.ApiAssertions.assertStartedWithoutUi;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testkit.ApiAssertions.values;
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
class PipelineHeadlessIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    @Test
    void theJarLoadsAndItsApiWorksWithoutTheUiKit() {
        assertStartedWithoutUi(KERNEL, "pipeline");

        ApiClient api = KERNEL.provisionTenant("pipe-headless", PipelineIT.PASSWORD);
        enable(api, "pipeline");
        String party = company(api, "Headless Ltd");
        String id = created(api.post("/api/v1/pipeline/opportunities", opportunity("No UI", party, "10", "EUR", "2027-01-31")));
        assertThat(ok(api.get("/api/v1/pipeline/opportunities/" + id)).get("stage").get("name").asString())
                .isEqualTo("Prospecting");
        assertThat(values(ok(api.get("/api/v1/pipeline/opportunities")), "name")).containsExactly("No UI");
    }
}
