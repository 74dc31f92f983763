package io.tessera.plugins.activities;

import static io.tessera.plugins.activities.ActivitiesIT.activity;
import static io.tessera.plugins.activities.ActivitiesIT.subjects;
import static io.tessera.testkit.ApiAssertions.assertStartedWithoutUi;
import static io.tessera.testkit.ApiAssertions.company;
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
class ActivitiesHeadlessIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    @Test
    void theJarLoadsAndItsApiWorksWithoutTheUiKit() {
        assertStartedWithoutUi(KERNEL, "activities");

        ApiClient api = KERNEL.provisionTenant("act-headless", ActivitiesIT.PASSWORD);
        enable(api, "activities");
        String party = company(api, "Headless Ltd");
        String id = created(api.post("/api/v1/activities", activity("call", "Called without a UI", party, null)));
        assertThat(ok(api.get("/api/v1/activities/" + id)).get("subject").asString()).isEqualTo("Called without a UI");
        assertThat(subjects(ok(api.get("/api/v1/activities?partyId=" + party)))).containsExactly("Called without a UI");
    }
}
