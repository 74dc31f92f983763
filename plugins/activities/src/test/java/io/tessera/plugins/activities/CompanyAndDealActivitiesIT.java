package io.tessera.plugins.activities;

import static io.tessera.plugins.activities.ActivitiesIT.activity;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testkit.ApiAssertions.values;
import static io.tessera.testsupport.browserless.KernelViews.button;
import static io.tessera.testsupport.browserless.KernelViews.byId;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * A company's history with its people's activities (API and customer-360 panel, keyset paged), and an opportunity's
 * linked activities on pipeline's deal page, with the real activities and pipeline jars on PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompanyAndDealActivitiesIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../pipeline/target/pipeline.jar")).build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    static ApiClient api;
    static KernelViews.Member acme;
    static String wayne;
    static String bruce;
    static String other;
    static String deal;

    @BeforeAll
    static void tenant() {
        api = KERNEL.provisionTenant("ca-acme", ActivitiesIT.PASSWORD);
        enable(api, "activities", "pipeline");
        acme = VIEWS.admin("ca-acme");
        wayne = company(api, "Wayne Enterprises");
        other = company(api, "Stark Industries");
        bruce = created(api.post("/api/v1/parties", "{\"kind\":\"person\",\"givenName\":\"Bruce\",\"familyName\":\"Wayne\","
                + "\"name\":\"Bruce Wayne\",\"organizationId\":\"" + wayne + "\"}"));
        Instant base = Instant.parse("2027-01-10T10:00:00Z");
        created(api.post("/api/v1/activities", activity("call", "Company call", wayne, base)));
        created(api.post("/api/v1/activities", activity("meeting", "Lunch with Bruce", bruce, base.plus(Duration.ofDays(1)))));
        created(api.post("/api/v1/activities", activity("note", "Bruce's note", bruce, base.plus(Duration.ofDays(2)))));
        created(api.post("/api/v1/activities", activity("call", "Stark call", other, base.plus(Duration.ofDays(3)))));
        deal = created(api.post("/api/v1/pipeline/opportunities", "{\"name\":\"Wayne: batsuits\",\"partyId\":\"" + wayne
                + "\",\"amount\":100,\"currency\":\"EUR\",\"expectedCloseDate\":\"2027-04-30\"}"));
        created(api.post("/api/v1/activities", "{\"type\":\"task\",\"subject\":\"Send the batsuit offer\",\"partyId\":\""
                + wayne + "\",\"moduleId\":\"pipeline\",\"recordId\":\"" + deal + "\",\"dueAt\":\"2027-01-05T09:00:00Z\"}"));
    }

    @Test
    @Order(1) // before the deal page's test logs another activity with the company
    void aCompanysHistoryIncludesItsPeoplesActivitiesOnlyWhenAskedAndPagesByCursor() {
        assertThat(values(ok(api.get("/api/v1/activities?partyId=" + wayne)), "subject"))
                .containsExactly("Company call", "Send the batsuit offer");
        assertThat(values(ok(api.get("/api/v1/activities?partyId=" + wayne + "&includePeople=true")), "subject"))
                .containsExactly("Bruce's note", "Lunch with Bruce", "Company call", "Send the batsuit offer");
        assertThat(values(ok(api.get("/api/v1/activities?partyId=" + bruce + "&includePeople=true")), "subject"))
                .as("a person has no people").containsExactly("Bruce's note", "Lunch with Bruce");

        List<String> walked = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = ok(api.get("/api/v1/activities?partyId=" + wayne + "&includePeople=true&size=1"
                    + (after == null ? "" : "&after=" + after)));
            walked.addAll(values(page, "subject"));
            after = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.get("next").asString();
        } while (after != null && walked.size() < 10);
        assertThat(walked).as("the cursor walks the whole history once")
                .containsExactly("Bruce's note", "Lunch with Bruce", "Company call", "Send the batsuit offer");
    }

    @Test
    @Order(2)
    void theCompanysTimelineShowsItsPeoplesActivitiesWithTheirNames() {
        VIEWS.as(acme, () -> {
            navigate("parties/" + wayne);
            List<String> lines = entries("party-timeline");
            assertThat(lines).anyMatch(t -> t.contains("Lunch with Bruce") && t.contains("Bruce Wayne"))
                    .anyMatch(t -> t.contains("Company call") && !t.contains("Bruce Wayne"))
                    .noneMatch(t -> t.contains("Stark call"));
        });
    }

    @Test
    @Order(3)
    void theDealsPageListsItsActivitiesAndLogsNewOnesLinkedToIt() {
        VIEWS.as(acme, () -> {
            navigate("pipeline/opportunity/" + deal);
            assertThat(entries("record-timeline")).anyMatch(t -> t.contains("Send the batsuit offer"))
                    .noneMatch(t -> t.contains("Company call") || t.contains("Lunch with Bruce"));

            byId(TextField.class, "activity-subject").orElseThrow().setValue("Called about the batsuits");
            button("log-activity").click();
            assertThat(KERNEL.queryAsSuperuser("select module_id || ' ' || record_id::text || ' ' || party_id::text "
                    + "from activities where subject = ?", "Called about the batsuits"))
                    .isEqualTo("pipeline " + deal + " " + wayne);
            assertThat(entries("record-timeline"))
                    .anyMatch(t -> t.contains("Called about the batsuits"));
        });
    }

    /** The timeline's entries, one text per activity. */
    static List<String> entries(String timelineId) {
        Div timeline = byId(Div.class, timelineId).orElseThrow();
        return timeline.getElement().getChildren().filter(e -> "ul".equals(e.getTag()))
                .flatMap(com.vaadin.flow.dom.Element::getChildren).map(com.vaadin.flow.dom.Element::getTextRecursively)
                .toList();
    }
}
