package io.tessera.plugins.sales;

import static io.tessera.plugins.sales.Sales.created;
import static io.tessera.plugins.sales.Sales.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.ui.app.BrowserPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The sales views end to end, in Debian's Chromium against the whole kernel and the Vaadin shell on PostgreSQL with
 * the real catalog, accounting, inventory, pipeline and leads jars: a lead is converted (API) into a company and an
 * opportunity; in the browser a quotation is made from the opportunity's page (price from the price list, live totals), its
 * PDF downloaded, it is confirmed (the opportunity is won), the order delivered in two parts and invoiced; paid through
 * the API, the order is done; the opportunity page shows the quotation and the order, the party page the sales panel,
 * the dashboard the widget, and the form and the order page are usable at 390 px. Screenshots go to {@code target/screenshots/}.
 */
class SalesUiEndToEndIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .plugin(Path.of("../inventory/target/inventory.jar"))
            .plugin(Path.of("../pipeline/target/pipeline.jar"))
            .plugin(Path.of("../leads/target/leads.jar"))
            .build();

    /** Chromium, with a screenshot of what it showed when a step fails. */
    @RegisterExtension
    static final BrowserPage BROWSER = BrowserPage.of(1280, 900);

    @Test
    void aConvertedLeadsDealIsQuotedConfirmedDeliveredInvoicedAndPaidInTheBrowser() throws Exception {
        ApiClient api = Sales.tenant(KERNEL, "sui-shop", true);
        ok(api.put("/api/v1/admin/modules/pipeline", ""));
        ok(api.put("/api/v1/admin/modules/leads", ""));
        String widget = Sales.product(api, "WIDGET-7", "storable", "40.00");
        Sales.stockUp(api, widget, "10");
        String lead = created(api.post("/api/v1/leads", """
                {"name":"Ada Buyer","email":"ada@browser-buyer.test","company":"Browser Buyer GmbH"}"""));
        JsonNode converted = ok(api.post("/api/v1/leads/" + lead + "/convert", """
                {"createOpportunity":true,"opportunityName":"Widgets for Browser Buyer","amount":"400","currency":"EUR"}"""));
        String company = converted.get("companyId").asString();
        String opportunity = converted.get("opportunityId").asString();
        String base = KERNEL.baseUri().toString().replaceAll("/$", "");
        Page page = BROWSER.page();
        BROWSER.signIn(KERNEL.baseUri(), "admin@sui-shop.test", Sales.PASSWORD);

        // a quotation from the opportunity's page: its customer is carried over, the price comes from the price list
        page.navigate(base + "/pipeline/opportunity/" + opportunity);
        page.locator("#sales-opportunity-none").waitFor();
        page.locator("#sales-opportunity-new-quotation").click();
        BROWSER.waitForTitle("New quotation");
        page.locator("#sales-quotation-opportunity").getByText("€400.00").waitFor();
        assertThat(page.locator("#sales-quotation-customer input").inputValue()).isEqualTo("Browser Buyer GmbH");
        page.locator("#sales-line-0-product input").fill("WIDGET-7");
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText("WIDGET-7")).click();
        page.waitForCondition(() -> "unit".equals(page.locator("#sales-line-0-uom input").inputValue()));
        page.locator("#sales-line-0-quantity input").fill("10");
        page.locator("#sales-line-0-quantity input").press("Tab");
        page.locator("#sales-line-0-tax input").fill("19");
        page.locator("#sales-line-0-tax input").press("Tab");
        page.locator("#sales-quotation-totals").getByText("total €476.00").waitFor();
        assertThat(page.locator("#sales-line-0-price input").inputValue()).isEqualTo("40.00");
        assertThat(page.locator("#sales-line-0-net").textContent()).isEqualTo("€400.00");
        BROWSER.shot("sales-01-quotation-form");

        // a refused save marks the field: no quantity on a second line
        page.locator("#sales-quotation-add-line").click();
        page.locator("#sales-line-1-product input").fill("WIDGET-7");
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText("WIDGET-7")).click();
        page.locator("#sales-quotation-save").click();
        page.locator("#sales-line-1-quantity[invalid]").waitFor();
        assertThat(page.locator("#sales-quotation-problem").textContent()).contains("Line 2, Quantity");
        BROWSER.shot("sales-02-field-error");
        page.locator("#sales-line-1-remove").click();
        page.locator("#sales-line-1").waitFor(new Locator.WaitForOptions().setState(
                com.microsoft.playwright.options.WaitForSelectorState.DETACHED));

        page.locator("#sales-quotation-save").click();
        String title = BROWSER.waitForTitle("Quotation SQ-");
        String number = title.substring(title.indexOf("SQ-")).split("\\s")[0];
        page.locator("#sales-quotation-state[data-state=DRAFT]").waitFor();

        Download download = page.waitForDownload(() -> page.locator("#sales-quotation-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(download.suggestedFilename()).isEqualTo(number + ".pdf");

        page.locator("#sales-quotation-confirm").click();
        String orderTitle = BROWSER.waitForTitle("Sales order SO-");
        String orderNumber = orderTitle.substring(orderTitle.indexOf("SO-")).split("\\s")[0];
        page.locator("#sales-order-status[data-status=TO_DELIVER]").waitFor();
        String order = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(ok(api.get("/api/v1/pipeline/opportunities/" + opportunity)).get("status").asString()).isEqualTo("won");
        BROWSER.shot("sales-03-order");

        // delivered in two parts: 4 now, the 6 left are prefilled next
        assertThat(page.locator("#sales-deliver-1 input").inputValue()).isEqualTo("10");
        page.locator("#sales-deliver-1 input").fill("4");
        page.locator("#sales-order-deliver").click();
        page.waitForCondition(() -> "6".equals(page.locator("#sales-deliver-1 input").inputValue()));
        page.locator("#sales-order-deliver").click();
        page.locator("#sales-order-status[data-status=TO_INVOICE]").waitFor();
        assertThat(page.locator(".sales-order-delivery").count()).isEqualTo(2);

        page.locator("#sales-order-post").click();
        page.locator("#sales-order-invoice").click();
        page.locator("#sales-order-status[data-status=FULLY_INVOICED]").waitFor();
        assertThat(page.locator(".sales-order-invoice-link").textContent()).contains("€476.00", "€476.00 open");
        BROWSER.shot("sales-04-invoiced");

        // paid through accounting's API: the order is done
        JsonNode done = Sales.order(api, order);
        String invoice = done.get("invoiceIds").get(0).asString();
        ApiResponse paid = api.post("/api/v1/accounting/payments", """
                {"partyId":"%s","date":"%s","amount":"476.00","allocations":[{"invoiceId":"%s","amount":"476.00"}]}"""
                .formatted(company, LocalDate.now(), invoice));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        page.reload();
        page.locator("#sales-order-status[data-status=DONE]").waitFor();
        assertThat(page.locator(".sales-order-invoice-link").textContent()).contains("paid");
        assertThat(Sales.receivable(KERNEL, company)).isZero();
        assertThat(Sales.unbalancedLedgers(KERNEL)).isEmpty();

        // a second order in another currency (API): the panel and the widget keep currencies apart
        String consulting = Sales.product(api, "CONSULT-1", "service", "100.00");
        String usd = created(api.post(Sales.Q, """
                {"partyId":"%s","currency":"USD","lines":[{"productId":"%s","quantity":"1","unitPrice":"120.00"}]}"""
                .formatted(company, consulting)));
        Sales.confirm(api, usd);

        // the opportunity shows its quotation and its order, done
        page.navigate(base + "/pipeline/opportunity/" + opportunity);
        page.locator("#sales-opportunity-orders").getByText(orderNumber).waitFor();
        assertThat(page.locator("#sales-opportunity-orders").textContent()).contains("Done", "€476.00");
        assertThat(page.locator("#sales-opportunity-quotations").textContent()).contains(number, "Confirmed");
        BROWSER.shot("sales-05-opportunity");

        // the party page shows the sales panel with the order
        page.navigate(base + "/parties/" + company);
        page.locator("#sales-panel-orders").getByText(orderNumber).waitFor();
        assertThat(page.locator("#sales-panel-orders").textContent()).contains("Done", "€476.00", "$120.00");
        assertThat(page.locator("#sales-panel .sales-panel-left").allTextContents())
                .containsExactly("To deliver $120.00 · to invoice $120.00");
        BROWSER.shot("sales-05b-party");

        // the dashboard: this month's orders per currency
        page.navigate(base + "/");
        page.locator("#sales-widget-figures").getByText("1 · €476.00").waitFor();
        assertThat(page.locator("#sales-widget-figures").textContent()).contains("1 · $120.00", "€0.00");
        BROWSER.shot("sales-06-dashboard");

        // the lists: quotations filtered by state, orders
        page.navigate(base + "/sales/quotations");
        BROWSER.waitForTitle("Quotations");
        page.locator("#sales-quotations-grid").getByText(number).waitFor();
        page.locator(".tessera-grid-count").getByText("2 records").waitFor();
        assertThat(page.locator("#sales-quotations-grid").textContent()).contains("Browser Buyer GmbH", "Confirmed", "€476.00",
                "$120.00");
        BROWSER.shot("sales-07-quotations");
        page.locator("#sales-quotations-state").click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("Draft")).click();
        // the count is set when the grid has asked again with the filter: no draft quotation is left
        page.locator(".tessera-grid-count").getByText("No records").waitFor();

        // usable at 390 px: the order page and the quotation form
        page.setViewportSize(390, 844);
        page.navigate(base + "/sales/order/" + order);
        page.locator("#sales-order-status[data-status=DONE]").waitFor();
        BROWSER.shot("sales-08-order-390px");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as("no horizontal scrolling at 390 px").isTrue();
        page.navigate(base + "/sales/quotation/new?party=" + company);
        BROWSER.waitForTitle("New quotation");
        page.locator("#sales-line-0-product").waitFor();
        BROWSER.shot("sales-09-form-390px");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as("no horizontal scrolling at 390 px").isTrue();
    }
}
