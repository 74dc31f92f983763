package io.tessera.plugins.leads;

import static io.tessera.plugins.leads.LeadsApi.activity;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testkit.ApiAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.ui.app.BrowserPage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The CRM views of activities, leads and pipeline together in Debian's Chromium (Playwright), against
 * the kernel and shell on PostgreSQL with the three real plugin jars: the customer-360 page shows a
 * panel from each module and logs a call through the timeline's quick form; "My activities" marks an
 * overdue task done; a lead is converted from its detail view, which shows the result. Every UI action
 * is checked through the REST API. Screenshots go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrmViewsBrowserIT {

    static final String PASSWORD = "correct-horse-battery-9";

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../pipeline/target/pipeline.jar"), Path.of("../activities/target/activities.jar"))
            .build();

    /** Chromium, with a screenshot of what it showed when a step fails. */
    @RegisterExtension
    static final BrowserPage BROWSER = BrowserPage.of(1400, 1000);

    static Page page;
    static String base;
    static ApiClient api;
    static String partyId;
    static String leadId;
    static String taskId;

    @BeforeAll
    static void start() {
        api = KERNEL.provisionTenant("crm", PASSWORD);
        enable(api, "pipeline", "leads", "activities");
        partyId = company(api, "Wayne Enterprises");
        created(api.post("/api/v1/pipeline/opportunities", "{\"name\":\"Wayne: 50 seats\",\"partyId\":\"" + partyId
                + "\",\"amount\":12000,\"currency\":\"EUR\",\"expectedCloseDate\":\"2027-03-31\"}"));
        leadId = created(api.post("/api/v1/leads", "{\"name\":\"Bruce Wayne\",\"email\":\"bruce@wayne.test\","
                + "\"company\":\"Wayne Enterprises\",\"source\":\"web\"}"));
        taskId = created(api.post("/api/v1/activities", activity("task", "Send the offer", partyId,
                Instant.now().minus(Duration.ofDays(1)))));
        base = KERNEL.baseUri().toString().replaceAll("/$", "");
        page = BROWSER.page();
        BROWSER.signIn(KERNEL.baseUri(), "admin@crm.test", PASSWORD);
    }

    static void shot(String name) {
        BROWSER.shot(name);
    }

    @Test
    @Order(1)
    void thePartyPageShowsEachModulesPanelAndLogsACallFromTheTimeline() {
        page.navigate(base + "/parties/" + partyId);
        page.getByText("Wayne: 50 seats").waitFor();
        page.locator(".leads-party-leads").getByText("Bruce Wayne").waitFor();
        page.locator("#party-timeline").getByText("Send the offer").waitFor();
        shot("crm-01-party");
        BROWSER.assertAccessible("party page");

        page.locator("#activity-subject input").fill("Called about the renewal");
        page.locator("#log-activity").click();
        page.locator("#party-timeline").getByText("Called about the renewal").waitFor();
        shot("crm-02-logged");
        assertThat(values(ok(api.get("/api/v1/activities?partyId=" + partyId)), "subject")).contains("Called about the renewal");
    }

    @Test
    @Order(2)
    void myActivitiesShowsTheOverdueTaskAndMarksItDone() {
        page.navigate(base + "/activities/mine");
        Locator grid = page.locator("#my-activities");
        grid.getByText("Send the offer").waitFor();
        grid.getByText("Overdue").first().waitFor();
        shot("crm-03-my-activities");
        BROWSER.assertAccessible("my activities");
        grid.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark done – Send the offer")).click();
        page.getByText("Send the offer is done").waitFor();
        assertThat(ok(api.get("/api/v1/activities/" + taskId)).get("done").asBoolean()).isTrue();
    }

    @Test
    @Order(3)
    void aLeadIsConvertedFromItsDetailViewWhichShowsTheResult() {
        page.navigate(base + "/leads/lead/" + leadId);
        page.locator("#lead-score").waitFor();
        page.locator("#lead-status").getByText("New").waitFor();
        BROWSER.assertAccessible("lead detail");
        page.locator("#lead-convert").click();
        page.locator("#lead-result").getByText("Open the new opportunity").waitFor();
        page.locator("#lead-result").getByText("Linked to the existing company.").waitFor();
        page.locator("#lead-status").getByText("Converted").waitFor();
        shot("crm-04-lead-converted");
        assertThat(ok(api.get("/api/v1/leads/" + leadId)).get("status").asString()).isEqualTo("converted");
        assertThat(ok(api.get("/api/v1/leads/" + leadId)).get("companyId").asString()).isEqualTo(partyId);
    }

    @Test
    @Order(4)
    void theLeadListAndTheNotificationsPassAxe() {
        page.navigate(base + "/leads/list");
        page.locator("#lead-grid").getByText("Bruce Wayne").waitFor();
        BROWSER.assertAccessible("lead list");
        page.navigate(base + "/activities/notifications");
        page.locator("#notifications").waitFor();
        BROWSER.waitForTitle("Notifications");
        BROWSER.assertAccessible("notifications");
    }
}
