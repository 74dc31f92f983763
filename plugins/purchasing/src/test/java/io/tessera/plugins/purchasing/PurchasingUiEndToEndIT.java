package io.tessera.plugins.purchasing;

import static io.tessera.plugins.purchasing.Purchases.confirmed;
import static io.tessera.plugins.purchasing.Purchases.get;
import static io.tessera.plugins.purchasing.Purchases.product;
import static io.tessera.plugins.purchasing.Purchases.supplier;
import static io.tessera.plugins.purchasing.Purchases.supplies;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.ui.app.BrowserPage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The purchasing views end to end, in Debian's Chromium against the whole kernel and the Vaadin shell on PostgreSQL
 * with the real catalog, accounting, inventory and purchasing jars: a tenant admin signs in, finds the confirmed order
 * in the list, receives part of it on its page (the rest stays as backorder), bills what arrived, sees the dashboard
 * widget, and the order page is usable at 390 px. Screenshots go to {@code target/screenshots/}.
 */
class PurchasingUiEndToEndIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .plugin(Path.of("../inventory/target/inventory.jar"))
            .build();

    /** Chromium, with a screenshot of what it showed when a step fails. */
    @RegisterExtension
    static final BrowserPage BROWSER = BrowserPage.of(1280, 900);

    @Test
    void anOrderIsReceivedInPartAndBilledInTheBrowser() {
        ApiClient api = Purchases.tenant(KERNEL, "pub-shop", true);
        String vendor = supplier(api, "Browser Supply");
        String valve = product(api, "VALVE-3", "storable");
        supplies(api, valve, vendor, "7.50", "0", "1", 4);
        String id = confirmed(api, vendor, valve, "10", null);
        String number = get(api, id).get("number").asString();
        String base = KERNEL.baseUri().toString().replaceAll("/$", "");
        Page page = BROWSER.page();

        page.navigate(base + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Email")).fill("admin@pub-shop.test");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(Purchases.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("#purchasing-widget-receive").getByText("Orders to receive: 1").waitFor();
        BROWSER.shot("pur-01-dashboard");

        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Purchase orders")).click();
        page.waitForURL("**/purchasing/orders");
        Locator grid = page.locator("#purchasing-orders-grid");
        grid.getByText(number).waitFor();
        assertThat(grid.textContent()).contains("Browser Supply", "To receive", "€75.00");
        BROWSER.shot("pur-02-orders");
        grid.getByText(number).click();
        page.waitForURL("**/purchasing/order/" + id);
        assertThat(BROWSER.waitForTitle("Purchase order " + number)).isEqualTo("Purchase order " + number);
        assertThat(page.locator("#purchasing-order-lines").textContent()).contains("VALVE-3", "10 unit", "€7.50");
        assertThat(page.locator("#purchasing-receive-1 input").inputValue()).isEqualTo("10");
        BROWSER.shot("pur-03-order");

        page.locator("#purchasing-receive-1 input").fill("6");
        page.locator("#purchasing-order-receive").click();
        page.waitForCondition(() -> "4".equals(page.locator("#purchasing-receive-1 input").inputValue()));
        page.locator("#purchasing-order-bill").click();
        page.getByText("Posted · €45.00").waitFor();
        BROWSER.shot("pur-04-billed");

        page.setViewportSize(390, 844);
        page.reload();
        page.locator("#purchasing-order-status").getByText("To receive").waitFor();
        BROWSER.shot("pur-05-order-390px");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as("no horizontal scrolling at 390 px").isTrue();

        JsonNode order = get(api, id);
        assertThat(order.get("lines").get(0).get("received").decimalValue()).isEqualByComparingTo("6");
        assertThat(order.get("lines").get(0).get("billed").decimalValue()).isEqualByComparingTo("6");
        assertThat(Purchases.balance(api, Purchases.SRNB)).isZero();
    }
}
