package io.tessera.plugins.mrp;

import static io.tessera.plugins.mrp.Mrp.MRP;
import static io.tessera.plugins.mrp.Mrp.stockUp;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.ui.app.BrowserPage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The MRP views end to end, in Debian's Chromium against the whole kernel and the Vaadin shell on PostgreSQL with
 * the real catalog, inventory and accounting jars: a tenant admin signs in and sees the dashboard card, opens a
 * two-level BOM as a tree with its cost rolled up, creates a manufacturing order in the form, confirms it, produces
 * part of it and follows the link to the backorder; then, at 390 pixels wide, starts an MRP run, watches it finish
 * and confirms its planned orders, and the dashboard card reports the late order. Screenshots go to
 * {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MrpUiEndToEndIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = Mrp.kernel();

    /** Chromium, with a screenshot of what it showed when a step fails. */
    @RegisterExtension
    static final BrowserPage BROWSER = BrowserPage.of(1280, 900);

    static ApiClient api;
    static String table;
    static Page page;
    static String base;

    @BeforeAll
    static void start() {
        api = Mrp.tenant(KERNEL, "mrp-ui");
        // TABLE = 4 LEG + 1 TOP along 30 min per table at 60 an hour; LEG = 1 WOOD; standard costs WOOD 2, TOP 10
        table = product("TABLE", null);
        String leg = product("LEG", null);
        String top = product("TOP", "10.00");
        String wood = product("WOOD", "2.00");
        String center = created(api.post(MRP + "work-centers", "{\"code\":\"UI-WC\",\"name\":\"Bench\",\"costPerHour\":\"60\"}"));
        String routing = created(api.post(MRP + "routings", """
                {"name":"Assemble","operations":[{"name":"Assemble","workCenterId":"%s","runMinutes":"30"}]}"""
                .formatted(center)));
        created(api.post(MRP + "boms", """
                {"productId":"%s","quantity":"1","routingId":"%s","components":[{"productId":"%s","quantity":"4"},
                 {"productId":"%s","quantity":"1"}]}""".formatted(table, routing, leg, top)));
        created(Mrp.bom(api, leg, "1", wood, "1"));
        stockUp(api, leg, "20", "2.00");
        stockUp(api, top, "10", "10.00");
        stockUp(api, wood, "100", "2.00");
        base = KERNEL.baseUri().toString().replaceAll("/$", "");
        page = BROWSER.page();
    }

    static String product(String sku, String standardCost) {
        return created(api.post("/api/v1/catalog/products", """
                {"sku":"%s","name":"%s","type":"storable","uom":"unit","salesPrice":"10.00","currency":"EUR",
                 "costMethod":"fifo"%s}""".formatted(sku, sku.charAt(0) + sku.substring(1).toLowerCase(),
                standardCost == null ? "" : ",\"standardCost\":\"" + standardCost + "\"")));
    }

    @Test
    @Order(1)
    void theAdminSignsInAndTheDashboardShowsTheManufacturingCard() {
        page.navigate(base + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Email")).fill("admin@mrp-ui.test");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(Mrp.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("#mrp-widget-late").waitFor();
        assertThat(page.locator("#mrp-widget-late").textContent()).isEqualTo("0 late manufacturing orders");
        assertThat(page.locator("#mrp-widget-no-shortage").textContent()).isEqualTo("No component shortages.");
        assertThat(menuEntry("Bills of materials").count()).isEqualTo(1);
        shot("mrp-01-dashboard");
    }

    @Test
    @Order(2)
    void theBomTreeShowsEveryLevelWithTheCostRolledUp() {
        menuEntry("Bills of materials").click();
        page.waitForURL("**/mrp/boms");
        assertThat(BROWSER.waitForTitle("Bills of materials")).isEqualTo("Bills of materials");
        page.locator("#mrp-boms-product input").fill("TABLE");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("TABLE · Table")).first().click();
        Locator tree = page.locator("#mrp-boms-tree");
        tree.getByText("WOOD · Wood").first().waitFor();
        // LEG 1 × 2.00 = 2.00; TABLE 4 × 2.00 + 1 × 10.00 + 30.00 of operations = 48.00
        String text = tree.textContent();
        assertThat(text).contains("TABLE · Table").contains("LEG · Leg").contains("TOP · Top").contains("€48.00")
                .contains("€30.00").contains("€8.00").contains("€2.00");
        shot("mrp-02-bom-tree");
    }

    @Test
    @Order(3)
    void anOrderIsCreatedConfirmedAndProducedInPartLeavingABackorder() {
        menuEntry("Manufacturing orders").click();
        page.waitForURL("**/mrp/orders");
        page.getByText("No manufacturing orders yet").first().waitFor();
        shot("mrp-03-orders-empty");
        page.locator("#mrp-orders-new").click();
        page.locator("#mrp-form-product input").fill("TABLE");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("TABLE · Table")).first().click();
        page.locator("#mrp-form-bom input").waitFor();
        page.locator("#mrp-form-create").click();
        page.locator("#mrp-form-quantity[invalid]").waitFor();
        assertThat(page.locator("#mrp-form-quantity [slot=error-message]").textContent()).isEqualTo("must be positive");
        page.locator("#mrp-form-quantity input").fill("5");
        shot("mrp-04-order-form");
        page.locator("#mrp-form-create").click();
        page.waitForURL("**/mrp/order/*");
        page.locator("#mrp-order-state").getByText("Draft").waitFor();
        assertThat(BROWSER.waitForTitle("Manufacturing order · ")).contains("TABLE · Table");
        assertThat(page.locator("#mrp-order-lines").textContent()).contains("LEG · Leg").contains("20 unit");
        page.locator("#mrp-order-confirm").click();
        page.locator("#mrp-order-state").getByText("Confirmed").waitFor();
        shot("mrp-05-order-confirmed");
        page.locator("#mrp-order-produce-quantity input").fill("2");
        page.locator("#mrp-order-produce").click();
        page.locator("#mrp-order-state").getByText("Done").waitFor();
        page.locator("#mrp-order-backorder").waitFor();
        shot("mrp-06-order-done-with-backorder");
        page.locator("#mrp-order-backorder").click();
        page.locator("#mrp-order-original").waitFor();
        page.locator("#mrp-order-state").getByText("Confirmed").waitFor();
        assertThat(page.locator("#mrp-order-lines").textContent()).as("4 × 3 legs left").contains("12 unit");
        shot("mrp-07-backorder");
        List<JsonNode> orders = ok(api.get(MRP + "manufacturing-orders")).valueStream().toList();
        assertThat(orders.stream().map(o -> o.get("state").asString() + " " + o.get("quantity").decimalValue().toPlainString()))
                .containsExactlyInAnyOrder("done 2", "confirmed 3");
    }

    @Test
    @Order(4)
    void anMrpRunIsStartedWatchedAndItsPlannedOrdersConfirmedAt390Pixels() {
        ok(api.post(MRP + "forecasts", """
                {"productId":"%s","date":"%s","quantity":"20"}""".formatted(table, LocalDate.now().plusDays(10))), 201);
        page.setViewportSize(390, 844);
        page.navigate(base + "/mrp/planning");
        page.getByText("No run yet.").first().waitFor();
        assertThat(BROWSER.waitForTitle("MRP run")).isEqualTo("MRP run");
        shot("mrp-08-planning-empty-390");
        page.locator("#mrp-run-start").click();
        page.locator("#mrp-run-status").getByText("Done").waitFor();
        Locator grid = page.locator("#mrp-planned-grid");
        grid.getByText("Make").first().waitFor();
        assertNoSidewaysScrolling("#mrp-planned-grid");
        shot("mrp-09-planned-orders-390");
        grid.locator("vaadin-checkbox").first().click();
        page.locator("#mrp-planned-confirm").click();
        page.getByText("planned orders confirmed").first().waitFor();
        grid.getByText("Confirmed").first().waitFor();
        shot("mrp-10-planned-confirmed-390");
        List<JsonNode> planned = ok(api.get(MRP + "planned-orders")).valueStream().toList();
        assertThat(planned).isNotEmpty().allSatisfy(p -> assertThat(p.get("state").asString()).isEqualTo("confirmed"));
        assertThat(planned.stream().filter(p -> p.get("kind").asString().equals("make")).map(p -> p.get("orderId")))
                .as("a make order became a manufacturing order").allSatisfy(id -> assertThat(id.isNull()).isFalse());
    }

    @Test
    @Order(5)
    void theDashboardCardReportsALateOrderAndTheShortage() {
        ok(api.post(MRP + "manufacturing-orders/" + created(api.post(MRP + "manufacturing-orders", """
                {"productId":"%s","quantity":"40","due":"%s"}""".formatted(table, LocalDate.now().minusDays(1))))
                + "/confirm", ""));
        page.navigate(base + "/");
        page.locator("#mrp-widget-late").waitFor();
        assertThat(page.locator("#mrp-widget-late").textContent()).isEqualTo("1 late manufacturing order");
        assertThat(page.locator(".mrp-widget-shortage").first().textContent()).contains("short");
        shot("mrp-11-dashboard-late-390");
        page.setViewportSize(1280, 900);
    }

    @Test
    @Order(6)
    void aBomIsEditedInTheTreeARefusalIsMarkedOnItsFieldsAndTheCostRollsUpAgain() {
        page.navigate(base + "/mrp/boms");
        assertThat(BROWSER.waitForTitle("Bills of materials")).isEqualTo("Bills of materials");
        page.locator("#mrp-boms-product input").fill("TABLE");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("TABLE · Table")).first().click();
        Locator tree = page.locator("#mrp-boms-tree");
        tree.getByText("€48.00").first().waitFor();
        page.locator("#mrp-boms-edit").click();
        // the lines are LEG (0) and TOP (1); an empty third line and a TOP quantity of 0 are refused, each on its field
        page.locator("#mrp-bom-line-1-quantity input").waitFor();
        assertThat(page.locator("#mrp-bom-line-1-quantity input").inputValue()).isEqualTo("1");
        page.locator("#mrp-bom-add").click();
        page.locator("#mrp-bom-line-2-product input").waitFor();
        page.locator("#mrp-bom-line-1-quantity input").fill("0");
        page.locator("#mrp-bom-save").click();
        page.locator("#mrp-bom-line-1-quantity[invalid]").waitFor();
        assertThat(page.locator("#mrp-bom-line-1-quantity [slot=error-message]").textContent()).isEqualTo("must be positive");
        page.locator("#mrp-bom-line-2-product[invalid]").waitFor();
        assertThat(page.locator("#mrp-bom-line-2-product [slot=error-message]").textContent()).isEqualTo("is required");
        assertThat(page.locator("#mrp-bom-problem").textContent()).contains("Component quantity").contains("Component");
        shot("mrp-12-bom-editor-refused");
        assertThat(ok(api.get(MRP + "boms?productId=" + table)).valueStream().toList()).as("nothing saved").hasSize(1);
        // remove the empty line, add WOOD × 3 instead, TOP × 2: 4 × 2.00 + 2 × 10.00 + 3 × 2.00 + 30.00 = 64.00
        page.locator("#mrp-bom-line-2-remove").click();
        page.locator("#mrp-bom-line-2-product").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        page.locator("#mrp-bom-add").click();
        page.locator("#mrp-bom-line-2-product input").fill("WOOD");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("WOOD · Wood")).first().click();
        page.locator("#mrp-bom-line-2-quantity input").fill("3");
        page.locator("#mrp-bom-line-1-quantity input").fill("2");
        shot("mrp-13-bom-editor-filled");
        page.locator("#mrp-bom-save").click();
        page.locator("#mrp-bom-save").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        tree.getByText("€64.00").first().waitFor();
        assertThat(tree.textContent()).doesNotContain("€48.00").contains("€20.00").contains("€6.00");
        shot("mrp-14-bom-edited-tree");
        List<JsonNode> versions = ok(api.get(MRP + "boms?productId=" + table)).valueStream().toList();
        assertThat(versions).as("a new active version; the old one kept, inactive").hasSize(2);
        JsonNode active = versions.stream().filter(b -> b.get("active").asBoolean()).findFirst().orElseThrow();
        assertThat(active.get("components").valueStream().map(c -> c.get("quantity").decimalValue().stripTrailingZeros()
                .toPlainString()).toList()).containsExactly("4", "2", "3");
        assertThat(active.get("routingId").isNull()).as("the routing is carried over").isFalse();
    }

    /** Neither the page nor the element scrolls sideways (the element's own scroller is a Vaadin grid's table). */
    private static void assertNoSidewaysScrolling(String selector) {
        Object widths = page.evaluate("s => { const g = document.querySelector(s); const t = (g.$ && g.$.table) || g; "
                + "return [t.scrollWidth, t.clientWidth, document.documentElement.scrollWidth, window.innerWidth]; }",
                selector);
        Boolean fits = (Boolean) page.evaluate("s => { const g = document.querySelector(s); const t = (g.$ && g.$.table) "
                + "|| g; return t.scrollWidth <= t.clientWidth + 1 "
                + "&& document.documentElement.scrollWidth <= window.innerWidth + 1; }", selector);
        assertThat(fits).as(selector + " at 390 px: its scrollWidth, clientWidth, the page's scrollWidth, innerWidth = "
                + widths).isTrue();
    }

    private static Locator menuEntry(String label) {
        return page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(label));
    }

    private static void shot(String name) {
        BROWSER.shot(name);
    }
}
