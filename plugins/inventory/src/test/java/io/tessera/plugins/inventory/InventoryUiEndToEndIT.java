package io.tessera.plugins.inventory;

import static io.tessera.plugins.inventory.Stocks.INV;
import static io.tessera.plugins.inventory.Stocks.delivery;
import static io.tessera.plugins.inventory.Stocks.onHand;
import static io.tessera.plugins.inventory.Stocks.product;
import static io.tessera.plugins.inventory.Stocks.receipt;
import static io.tessera.plugins.inventory.Stocks.receiptLine;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.ui.app.BrowserPage;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The inventory views end to end, in Debian's Chromium against the whole kernel and the Vaadin shell on PostgreSQL
 * with the real catalog and inventory jars: a tenant admin signs in, validates a receipt (drafted through the API)
 * on the transfer page, finds the stock on the stock-on-hand view, delivers part of an order from the transfer
 * page, answers the backorder prompt and finds the backorder in the list; the product's stock panel and the
 * dashboard widget show the figures. Then, partly at 390 pixels wide: goods received through the new receipt form, a
 * delivery validated in part with the barcode field and no backorder, a count sheet validated, the valuation and a
 * reorder rule with its suggestion. Screenshots go to
 * {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InventoryUiEndToEndIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar")).build();

    /** Chromium, with a screenshot of what it showed when a step fails. */
    @RegisterExtension
    static final BrowserPage BROWSER = BrowserPage.of(1280, 900);

    static ApiClient api;
    static String gadget;
    static String receipt;
    static String delivery;
    static Page page;
    static String base;

    @BeforeAll
    static void start() {
        api = Stocks.tenant(KERNEL, "ivb-shop");
        gadget = product(api, "GADGET-7");
        receipt = receipt(api, receiptLine(gadget, "1200", ""));
        delivery = delivery(api, gadget, "800");
        base = KERNEL.baseUri().toString().replaceAll("/$", "");
        page = BROWSER.page();
    }

    @AfterAll
    static void invariantsHold() {
        assertThat(Stocks.invariantViolations(KERNEL)).isEmpty();
    }

    @Test
    @Order(1)
    void theAdminSignsInAndSeesTheInventoryMenu() {
        page.navigate(base + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Email")).fill("admin@ivb-shop.test");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(Stocks.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        menuEntry("Stock on hand").waitFor();
        assertThat(menuEntry("Receipts and deliveries").count()).isEqualTo(1);
        assertThat(menuEntry("Stock moves").count()).isEqualTo(1);
        shot("inv-01-dashboard");
    }

    @Test
    @Order(2)
    void theReceiptIsValidatedOnItsTransferPage() {
        page.navigate(base + "/inventory/stock");
        page.getByText("No stock yet").first().waitFor();
        shot("inv-02-stock-empty");
        menuEntry("Receipts and deliveries").click();
        page.waitForURL("**/inventory/transfers");
        Locator grid = page.locator("#inventory-transfers-grid");
        grid.getByText("Draft").first().waitFor();
        assertThat(grid.textContent()).contains("1,200");
        shot("inv-03-receipts");
        grid.getByText("Draft").first().click();
        page.waitForURL("**/inventory/transfer/" + receipt);
        page.locator("#inventory-transfer-state").getByText("Draft").waitFor();
        assertThat(BROWSER.waitForTitle("Receipt · ")).contains("Receipt · ");
        assertThat(page.locator("#inventory-transfer-quantity-0 input").inputValue()).isEqualTo("1200");
        assertThat(page.locator("#inventory-transfer-lines").textContent()).contains("GADGET-7").contains("1,200");
        shot("inv-04-receipt-draft");
        page.locator("#inventory-transfer-validate").click();
        page.locator("#inventory-transfer-state").getByText("Done").waitFor();
        assertThat(page.locator("#inventory-transfer-validate").count()).isZero();
        shot("inv-05-receipt-done");
        assertThat(onHand(api, gadget)).isEqualByComparingTo("1200");
    }

    @Test
    @Order(3)
    void theStockIsOnTheStockOnHandView() {
        menuEntry("Stock on hand").click();
        page.waitForURL("**/inventory/stock");
        Locator grid = page.locator("#inventory-stock-grid");
        grid.getByText("GADGET-7").first().waitFor();
        assertThat(BROWSER.waitForTitle("Stock on hand")).contains("Stock on hand");
        assertThat(grid.textContent()).contains("WH/STOCK").contains("1,200");
        shot("inv-06-stock-on-hand");
        grid.getByText("GADGET-7").first().click();
        page.waitForURL("**/inventory/product/" + gadget);
        Locator panel = page.locator("#inventory-product-stock");
        panel.getByText("WH/STOCK").waitFor();
        assertThat(page.locator("#inventory-product-title").textContent()).contains("GADGET-7");
        assertThat(BROWSER.waitForTitle("Stock of GADGET-7")).contains("Stock of GADGET-7");
        assertThat(page.locator("#inventory-product-total").textContent())
                .isEqualTo("In total: 1,200 on hand, 1,200 available, 0 incoming, 800 outgoing (unit)");
        shot("inv-07-product-stock");
    }

    @Test
    @Order(4)
    void partOfTheDeliveryIsValidatedAndTheRestGoesToABackorder() {
        page.navigate(base + "/inventory/transfers");
        page.locator("#inventory-transfers-kind").click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("Delivery")).first().click();
        Locator grid = page.locator("#inventory-transfers-grid");
        grid.getByText("800").first().waitFor();
        grid.getByText("800").first().click();
        page.waitForURL("**/inventory/transfer/" + delivery);
        page.locator("#inventory-transfer-reserve").click();
        page.locator("#inventory-transfer-state").getByText("Ready").waitFor();
        Locator quantity = page.locator("#inventory-transfer-quantity-0 input");
        assertThat(quantity.inputValue()).isEqualTo("800");
        quantity.fill("500");
        quantity.press("Tab");
        shot("inv-08-delivery-partial");
        page.locator("#inventory-transfer-validate").click();
        page.locator("#inventory-backorder-create").waitFor();
        page.getByText("Create a backorder?").first().waitFor();
        shot("inv-09-backorder-prompt");
        page.locator("#inventory-backorder-create").click();
        page.locator("#inventory-transfer-state").getByText("Done").waitFor();
        page.locator("#inventory-transfer-backorder").waitFor();
        shot("inv-10-delivery-done");
        assertThat(onHand(api, gadget)).isEqualByComparingTo("700");

        page.locator("#inventory-transfer-backorder").click();
        page.locator("#inventory-transfer-state").getByText("Waiting").or(page.locator("#inventory-transfer-state")
                .getByText("Draft")).or(page.locator("#inventory-transfer-state").getByText("Ready")).first().waitFor();
        assertThat(page.locator("#inventory-transfer-quantity-0 input").inputValue()).isEqualTo("300");
        shot("inv-11-backorder");

        page.navigate(base + "/inventory/transfers");
        page.locator("#inventory-transfers-kind").click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("Delivery")).first().click();
        grid.getByText("300").first().waitFor();
        assertThat(grid.getByText("Backorder").count()).isGreaterThanOrEqualTo(1);
        shot("inv-12-deliveries-with-backorder");
        String backorder = KERNEL.queryAsSuperuser("select id::text from inv_transfers where backorder_of = ?::uuid", delivery);
        assertThat(ok(api.get(INV + "deliveries/" + backorder)).get("lines").get(0).get("quantity").decimalValue())
                .isEqualByComparingTo("300");
    }

    @Test
    @Order(5)
    void theDashboardShowsTheStockValueAndTheProductsInStock() {
        page.navigate(base + "/");
        Locator value = page.locator("#inventory-widget-value");
        value.waitFor();
        // 1,200 received at 2.50 = 3,000.00, 500 delivered at their FIFO cost of 2.50 = 1,250.00 out
        assertThat(value.getAttribute("data-value")).isEqualTo("1750.00");
        assertThat(value.getAttribute("data-currency")).isEqualTo("EUR");
        assertThat(value.textContent()).isEqualTo("Stock value: €1,750.00");
        assertThat(page.locator("#inventory-widget-products").textContent()).isEqualTo("Products in stock: 1");
        assertThat(page.locator("#inventory-widget-below").textContent()).isEqualTo("Products below minimum: 0");
        shot("inv-13-dashboard-widget");
    }

    @Test
    @Order(6)
    void goodsAreReceivedThroughTheNewReceiptForm() {
        page.navigate(base + "/inventory/transfers");
        page.locator("#inventory-transfers-new-receipt").click();
        page.waitForURL("**/inventory/new-transfer/receipt");
        assertThat(BROWSER.waitForTitle("New receipt")).contains("New receipt");
        page.locator("#inventory-form-save").click();
        page.locator("#inventory-form-problem").getByText("Line 1, Product: is required").waitFor();
        shot("inv-14-receipt-form-refused");
        page.locator("#inventory-form-product-0 input").fill("GADGET");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("GADGET-7")).first().click();
        page.locator("#inventory-form-quantity-0 input").fill("50");
        page.locator("#inventory-form-cost-0 input").fill("3");
        shot("inv-15-receipt-form");
        page.locator("#inventory-form-save").click();
        page.locator("#inventory-transfer-state").getByText("Draft").waitFor();
        assertThat(page.locator("#inventory-transfer-lines").textContent()).contains("GADGET-7").contains("50");
        page.locator("#inventory-transfer-validate").click();
        page.locator("#inventory-transfer-state").getByText("Done").waitFor();
        assertThat(onHand(api, gadget)).isEqualByComparingTo("750");
    }

    @Test
    @Order(7)
    void aDeliveryIsValidatedInPartWithTheBarcodeFieldWithoutABackorderAt390Pixels() {
        String scanned = delivery(api, gadget, "20");
        page.setViewportSize(390, 844);
        page.navigate(base + "/inventory/transfer/" + scanned);
        Locator barcode = page.locator("#inventory-transfer-barcode input");
        barcode.waitFor();
        for (int i = 1; i <= 3; i++) {
            // one scan per round trip: the field is cleared by the server after each scan
            barcode.fill("GADGET-7");
            barcode.press("Enter");
            String expected = String.valueOf(i);
            page.waitForCondition(() -> expected.equals(page.locator("#inventory-transfer-quantity-0 input").inputValue()));
            page.waitForCondition(() -> barcode.inputValue().isEmpty());
        }
        barcode.fill("NOT-A-CODE");
        barcode.press("Enter");
        page.getByText("No product has the barcode or SKU NOT-A-CODE.").waitFor();
        shot("inv-16-barcode-390");
        page.locator("#inventory-transfer-validate").click();
        page.getByText("Create a backorder?").first().waitFor();
        shot("inv-17-backorder-prompt-390");
        page.locator("#inventory-backorder-none").click();
        page.locator("#inventory-transfer-state").getByText("Done").waitFor();
        assertThat(page.locator("#inventory-transfer-backorder").count()).isZero();
        shot("inv-18-no-backorder-390");
        assertThat(onHand(api, gadget)).isEqualByComparingTo("747");
        assertThat(KERNEL.queryAsSuperuser("select count(*)::text from inv_transfers where backorder_of = ?::uuid", scanned))
                .isEqualTo("0");
    }

    @Test
    @Order(8)
    void aCountSheetIsCountedAndValidatedAt390Pixels() {
        page.navigate(base + "/inventory/counts");
        page.getByText("No count sheets yet").first().waitFor();
        shot("inv-19-counts-empty-390");
        page.locator("#inventory-counts-new").click();
        page.locator("#inventory-count-state").getByText("Counting").waitFor();
        Locator counted = page.locator("#inventory-count-quantity-0 input");
        counted.fill("740");
        shot("inv-20-count-sheet-390");
        page.locator("#inventory-count-validate").click();
        page.locator("#inventory-count-state").getByText("Validated").waitFor();
        assertThat(page.locator("#inventory-count-lines").textContent()).contains("-7");
        shot("inv-21-count-validated-390");
        assertThat(onHand(api, gadget)).isEqualByComparingTo("740");
        page.navigate(base + "/inventory/counts");
        page.locator("#inventory-counts-grid").getByText("Validated").waitFor();
    }

    @Test
    @Order(9)
    void theReportsAndReorderRulesAreUsableAt390Pixels() {
        page.navigate(base + "/inventory/valuation");
        page.locator("#inventory-valuation-grid").getByText("GADGET-7").first().waitFor();
        assertThat(page.locator("#inventory-valuation-totals").textContent()).startsWith("1 product, total value €");
        page.getByText("Accounting is not enabled").first().waitFor();
        shot("inv-22-valuation-390");
        page.navigate(base + "/inventory/reorder-rules");
        page.locator("#inventory-rules-new").click();
        page.locator("#inventory-rule-product input").fill("GADGET");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("GADGET-7")).first().click();
        page.locator("#inventory-rule-min input").fill("1000");
        page.locator("#inventory-rule-max input").fill("2000");
        shot("inv-23-rule-dialog-390");
        page.locator("#inventory-rule-save").click();
        page.locator("#inventory-suggestions-grid").getByText("GADGET-7 · GADGET-7").first().waitFor();
        java.math.BigDecimal toOrder = ok(api.get(INV + "replenishment")).get(0).get("quantity").decimalValue();
        assertThat(page.locator("#inventory-suggestions-grid").textContent())
                .contains(java.text.NumberFormat.getNumberInstance(java.util.Locale.US).format(toOrder) + " unit");
        shot("inv-24-rules-and-suggestions-390");
        page.setViewportSize(1280, 900);
        page.navigate(base + "/");
        assertThat(page.locator("#inventory-widget-below").textContent()).isEqualTo("Products below minimum: 1");
    }

    private static Locator menuEntry(String label) {
        return page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(label));
    }

    private static void shot(String name) {
        BROWSER.shot(name);
    }
}
