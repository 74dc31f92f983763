package io.tessera.plugins.catalog;

import static io.tessera.testkit.ApiAssertions.enable;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.ui.app.BrowserPage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The catalog views end to end, in Debian's Chromium against the whole kernel and the Vaadin shell on PostgreSQL
 * with the real catalog jar: a tenant admin signs in, creates a product through the form (a refused field first),
 * generates its variants, finds it in the products grid and archives it; then the same pages at phone width
 * (390 px). Screenshots go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogUiEndToEndIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    /** Chromium, with a screenshot of what it showed when a step fails. */
    @RegisterExtension
    static final BrowserPage BROWSER = BrowserPage.of(1280, 900);

    static Page page;
    static String base;
    static String product;

    @BeforeAll
    static void start() {
        ApiClient api = KERNEL.provisionTenant("cue-shop", CatalogIT.PASSWORD);
        enable(api, "catalog");
        base = KERNEL.baseUri().toString().replaceAll("/$", "");
        page = BROWSER.page();
    }

    @Test
    @Order(1)
    void theAdminCreatesAProductThroughTheForm() {
        BROWSER.signIn(KERNEL.baseUri(), "admin@cue-shop.test", CatalogIT.PASSWORD);
        menuEntry("Products").click();
        page.waitForURL("**/catalog/products");
        page.getByText("No products match").first().waitFor();
        shot("cat-01-products-empty");
        page.locator("#products-new").click();
        page.waitForURL("**/catalog/product/new");
        // the title follows the page's content: wait for it rather than read it at once
        PlaywrightAssertions.assertThat(page).hasTitle(Pattern.compile(".*New product.*"));
        page.locator("#product-sku input").fill("TEE 1");
        page.locator("#product-name input").fill("T-shirt");
        page.locator("#product-save").click();
        page.locator("#product-sku[invalid]").waitFor();
        assertThat(page.locator("#product-sku").textContent() + page.locator("#product-sku").getAttribute("error-message"))
                .contains("letters, digits");
        shot("cat-02-form-refused");
        assertThat(page.locator("#product-name input").inputValue()).as("nothing typed is lost").isEqualTo("T-shirt");

        page.locator("#product-sku input").fill("TEE-1");
        page.locator("#product-price input").fill("19.90");
        page.locator("#product-currency input").fill("EUR");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("EUR · Euro")).first().click();
        page.locator("#product-save").click();
        page.locator("#product-title").getByText("TEE-1 · T-shirt").waitFor();
        product = KERNEL.queryAsSuperuser("select id::text from catalog_products where sku = 'TEE-1'");
        page.waitForURL("**/catalog/product/" + product);
        PlaywrightAssertions.assertThat(page).hasTitle(Pattern.compile(".*TEE-1 · T-shirt.*"));
        shot("cat-03-product-created");
    }

    @Test
    @Order(2)
    void itsVariantsAreGenerated() {
        page.locator("#attribute-name-0 input").fill("Size");
        page.locator("#attribute-values-0 input").fill("S, M");
        page.locator("#attribute-name-1 input").fill("Colour");
        page.locator("#attribute-values-1 input").fill("Red, Blue");
        page.locator("#variants-generate").click();
        Locator grid = page.locator("#variants-grid");
        grid.getByText("M, Blue").first().waitFor();
        assertThat(page.locator("#variant-sku-0 input").inputValue()).isEqualTo("TEE-1-M-BLUE");
        assertThat(grid.textContent()).contains("€19.90");
        assertThat(KERNEL.countAsSuperuser("select count(*) from catalog_products where template_id = ?::uuid", product))
                .isEqualTo(4);
        page.locator("#product-variants").scrollIntoViewIfNeeded();
        shot("cat-04-variants");
    }

    @Test
    @Order(3)
    void theProductIsInTheGridAndIsArchived() {
        page.locator("#product-back").click();
        page.waitForURL("**/catalog/products");
        Locator grid = page.locator("#catalog-products");
        grid.getByText("TEE-1-S-RED").first().waitFor();
        assertThat(grid.textContent()).contains("T-shirt (S, Red)").contains("€19.90").contains("Storable");
        shot("cat-05-products-grid");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Archive TEE-1").setExact(true)).click();
        page.getByText("Product TEE-1 archived").first().waitFor();
        assertThat(KERNEL.queryAsSuperuser("select active::text from catalog_products where sku = 'TEE-1'"))
                .isEqualTo("false");
        page.locator("#products-archived").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore TEE-1").setExact(true)).waitFor();
        shot("cat-06-archived");
    }

    @Test
    @Order(4)
    void thePagesWorkAtPhoneWidth() {
        page.setViewportSize(390, 844);
        page.navigate(base + "/catalog/products");
        page.locator("#catalog-products").getByText("TEE-1-S-RED").first().waitFor();
        assertThat(horizontalOverflow()).as("the products page fits 390 px").isFalse();
        shot("cat-07-products-390");
        page.navigate(base + "/catalog/product/" + product);
        page.locator("#product-title").waitFor();
        assertThat(horizontalOverflow()).as("the product page fits 390 px").isFalse();
        shot("cat-08-product-390");
        page.navigate(base + "/catalog/import");
        page.locator("#import-check").waitFor();
        assertThat(horizontalOverflow()).as("the import page fits 390 px").isFalse();
        shot("cat-09-import-390");
        page.setViewportSize(1280, 900);
    }

    private static boolean horizontalOverflow() {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
    }

    private static Locator menuEntry(String label) {
        return page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(label));
    }

    private static void shot(String name) {
        BROWSER.shot(name);
    }
}
