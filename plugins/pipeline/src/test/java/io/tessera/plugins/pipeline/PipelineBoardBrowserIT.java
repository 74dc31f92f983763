package io.tessera.plugins.pipeline;

import static io.tessera.plugins.pipeline.PipelineIT.opportunity;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.ui.app.BrowserPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The pipeline's views in Debian's Chromium (Playwright), against the whole kernel and shell on
 * PostgreSQL with the plugin's real jar: the board shows the open deals by stage; dragging a card to
 * another column moves the deal (seen on the board, through the REST API and in SQL); the list and
 * the detail view with its stage history. Screenshots go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineBoardBrowserIT {

    static final String PASSWORD = "correct-horse-battery-9";

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    /** Chromium, with a screenshot of what it showed when a step fails. */
    @RegisterExtension
    static final BrowserPage BROWSER = BrowserPage.of(1600, 900);

    static Page page;
    static String base;
    static ApiClient api;
    static String dealId;
    static String party;
    static JsonNode stages;

    @BeforeAll
    static void start() {
        api = KERNEL.provisionTenant("board", PASSWORD);
        enable(api, "pipeline");
        stages = ok(api.get("/api/v1/pipeline/pipelines")).get(0).get("stages");
        party = company(api, "Wayne Enterprises");
        dealId = created(api.post("/api/v1/pipeline/opportunities", opportunity("Wayne: 50 seats", party, "12000.50", "EUR",
                "2027-03-31")));
        created(api.post("/api/v1/pipeline/opportunities", opportunity("Wayne: pilot", party, "800", "EUR", "2027-02-28")));
        base = KERNEL.baseUri().toString().replaceAll("/$", "");
        page = BROWSER.page();
    }

    static void shot(String name) {
        BROWSER.shot(name);
    }

    static Locator column(String stage) {
        return page.locator(".tessera-kanban-column").filter(new Locator.FilterOptions().setHas(
                page.getByText(stage + " (", new Page.GetByTextOptions().setExact(false))));
    }

    static Locator card(Locator column, String title) {
        return column.locator(".tessera-kanban-card").filter(new Locator.FilterOptions().setHasText(title));
    }

    @Test
    @Order(1)
    void theBoardShowsTheOpenDealsInTheirStage() {
        BROWSER.signIn(KERNEL.baseUri(), "admin@board.test", PASSWORD);
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Pipeline board")).click();
        page.waitForURL("**/pipeline/board");
        card(column("Prospecting"), "Wayne: 50 seats").waitFor();
        assertThat(card(column("Prospecting"), "Wayne: pilot").count()).isEqualTo(1);
        assertThat(page.locator(".tessera-kanban-column").count()).isEqualTo(5);
        // styled with the active theme's (Aura's) tokens: the card is an opaque, rounded surface on a tinted column
        Locator card = card(column("Prospecting"), "Wayne: 50 seats");
        assertThat(card.evaluate("e => getComputedStyle(e).backgroundColor")).isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(card.evaluate("e => getComputedStyle(e).borderTopLeftRadius")).isNotEqualTo("0px");
        assertThat(column("Proposal").evaluate("e => getComputedStyle(e).backgroundColor")).isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(card.getByText("Closes Mar 31, 2027").count()).isEqualTo(1);
        assertThat(card.getByText("€12,000.50").count()).isEqualTo(1);
        column("Proposal").getByText("Nothing here yet: drop a card here.").waitFor();
        shot("pipeline-01-board");
        BROWSER.assertAccessible("pipeline board");
    }

    @Test
    @Order(2)
    void draggingACardToAnotherStageMovesTheDeal() {
        // drag by hand to see the feedback: the dragged card fades, the column under the pointer is highlighted
        card(column("Prospecting"), "Wayne: 50 seats").hover();
        page.mouse().down();
        Locator heading = column("Proposal").locator("h3");
        com.microsoft.playwright.options.BoundingBox box = heading.boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.locator(".tessera-kanban-column.v-drag-over-target").filter(new Locator.FilterOptions()
                .setHas(page.getByText("Proposal (", new Page.GetByTextOptions().setExact(false)))).waitFor();
        page.locator(".tessera-kanban-card.v-dragged").filter(new Locator.FilterOptions().setHasText("Wayne: 50 seats")).waitFor();
        shot("pipeline-02-dragging");
        page.mouse().up();  // dropped on the column's heading: the whole column is the drop target
        card(column("Proposal"), "Wayne: 50 seats").waitFor();
        page.getByText("Wayne: 50 seats moved to Proposal").waitFor();
        assertThat(card(column("Prospecting"), "Wayne: 50 seats").count()).isZero();
        shot("pipeline-02-dragged");

        JsonNode deal = ok(api.get("/api/v1/pipeline/opportunities/" + dealId));
        assertThat(deal.get("stage").get("name").asString()).isEqualTo("Proposal");
        assertThat(KERNEL.queryAsSuperuser("select s.name from opportunities o join pipeline_stages s on s.id = o.stage_id "
                + "where o.id = ?::uuid", dealId)).isEqualTo("Proposal");
        assertThat(ok(api.get("/api/v1/pipeline/opportunities/" + dealId + "/history")).findValuesAsString("toStageName"))
                .containsExactly("Prospecting", "Proposal");
    }

    @Test
    @Order(3)
    void aMoveTheServiceRefusesReturnsTheCardWithTheReason() {
        String pilot = ok(api.get("/api/v1/pipeline/opportunities?stageId=" + stages.get(0).get("id").asString()))
                .get("items").get(0).get("id").asString();
        assertThat(ok(api.post("/api/v1/pipeline/opportunities/" + pilot + "/won", "")).get("status").asString())
                .isEqualTo("won");
        card(column("Prospecting"), "Wayne: pilot").dragTo(column("Closing"));
        page.getByText("already won", new Page.GetByTextOptions().setExact(false)).first().waitFor();
        assertThat(card(column("Prospecting"), "Wayne: pilot").count()).as("the card stays").isEqualTo(1);
        assertThat(card(column("Closing"), "Wayne: pilot").count()).isZero();
        shot("pipeline-03-refused");
    }

    @Test
    @Order(4)
    void theDetailViewShowsTheStageHistoryAndTheListFiltersByStage() {
        page.navigate(base + "/pipeline/opportunity/" + dealId);
        page.locator("#opportunity-status").getByText("Proposal", new Locator.GetByTextOptions().setExact(false)).waitFor();
        page.locator("#opportunity-history").getByText("Prospecting").first().waitFor();
        shot("pipeline-04-detail");
        BROWSER.assertAccessible("opportunity detail");
        page.navigate(base + "/pipeline/opportunities");
        Locator grid = page.locator("#opportunity-grid");
        grid.getByText("Wayne: pilot").waitFor();
        grid.getByText("Wayne: 50 seats").waitFor();
        shot("pipeline-05-list");
        BROWSER.assertAccessible("opportunity list");
    }

    @Test
    @Order(5)
    void theDashboardWidgetShowsDealsByStageTheWinRateAndTheForecast() {
        // a deal in another currency: one forecast per currency, never an error and never a sum of both
        created(api.post("/api/v1/pipeline/opportunities", opportunity("Wayne: US office", party, "5000", "USD",
                java.time.LocalDate.now().plusMonths(1).toString())));
        page.navigate(base + "/");
        page.locator("#pipeline-win-rate").getByText("Win rate: 100% (1 of 1 closed deals won)").waitFor();
        Locator charts = page.locator("svg[role=img]");
        charts.first().waitFor();
        assertThat(page.locator("svg[role=img][aria-label*='Open deals by stage']").count()).isEqualTo(1);
        page.locator("svg[role=img][aria-label*='Forecast, next six months (USD)']").waitFor();
        assertThat(page.locator("svg[role=img][aria-label*='Forecast, next six months (EUR)']").count()).isEqualTo(1);
        assertThat(page.locator("svg[role=img][aria-label*='Forecast']").count()).isEqualTo(2);
        assertThat(page.getByText("several currencies", new Page.GetByTextOptions().setExact(false)).count()).isZero();
        assertThat(page.locator("h4").allTextContents()).containsExactly("Open deals by stage (Sales)",
                "Forecast, next six months (EUR)", "Forecast, next six months (USD)");
        shot("pipeline-06-dashboard");
        BROWSER.assertAccessible("dashboard");
    }

    @Test
    @Order(6)
    void aDealCreatedInTheFormIsFiledUnderTheCompanyPicked() {
        page.navigate(base + "/pipeline/opportunity/new");
        Locator form = page.locator("#opportunity-form");
        form.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).waitFor();
        BROWSER.assertAccessible("opportunity form");
        form.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Wayne: form deal");
        form.getByLabel("Company", new Locator.GetByLabelOptions().setExact(true)).fill("Wayne");
        // the picker searches the party master's companies; the user picks the suggestion
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Wayne Enterprises")).click();
        form.getByLabel("Amount", new Locator.GetByLabelOptions().setExact(true)).fill("300");
        Locator close = form.getByLabel("Expected close date", new Locator.GetByLabelOptions().setExact(true));
        close.fill("4/30/2027");
        close.press("Enter");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/pipeline/opportunity/[0-9a-f-]{36}$"));
        shot("pipeline-07-form-saved");
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        JsonNode deal = ok(api.get("/api/v1/pipeline/opportunities/" + id));
        assertThat(deal.get("name").asString()).isEqualTo("Wayne: form deal");
        assertThat(deal.get("partyId").asString()).isEqualTo(party);
    }

    @Test
    @Order(7)
    void theSiteHasAFavicon() {
        com.microsoft.playwright.APIResponse icon = page.request().get(base + "/favicon.ico");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.headers().get("content-type")).startsWith("image/");
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }
}
