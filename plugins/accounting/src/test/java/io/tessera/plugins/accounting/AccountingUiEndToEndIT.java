package io.tessera.plugins.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tessera.ui.app.BrowserPage;
import com.microsoft.playwright.options.AriaRole;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The accounting views end to end, in Debian's Chromium against the whole kernel and the Vaadin shell on
 * PostgreSQL with the real plugin jar: a tenant admin with accounting enabled signs in, enters a journal entry
 * whose balance the form checks as it is typed, posts it, and finds it in the trial balance and, drilling down,
 * in the account's general ledger. Screenshots are written to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountingUiEndToEndIT {


    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    static ApiClient admin;
    /** Chromium, with a screenshot of what it showed when a step fails. */
    @RegisterExtension
    static final BrowserPage BROWSER = BrowserPage.of(1280, 900);

    static Page page;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        admin = Ledgers.tenantWithAccounting(KERNEL, "books");
        assertThat(admin.get("/api/v1/accounting/accounts/1500").status()).isEqualTo(200);
        base = KERNEL.baseUri().toString().replaceAll("/$", "");
        page = BROWSER.page();
    }

    @Test
    @Order(1)
    void theAdminSignsInAndSeesTheAccountingMenu() {
        page.navigate(base + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Email")).fill("admin@books.test");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(Ledgers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        menuEntry("New journal entry").waitFor();
        assertThat(menuEntry("Financial reports").count()).isEqualTo(1);
        assertThat(menuEntry("Chart of accounts").count()).isEqualTo(1);
        shot("acc-01-dashboard");
    }

    @Test
    @Order(2)
    void aBalancedEntryIsPostedThroughTheForm() {
        menuEntry("New journal entry").click();
        page.waitForURL("**/accounting/entry");
        page.locator("#entry-description input").fill("Bank loan received");
        chooseAccount(0, "1500");
        page.locator("#entry-debit-0 input").fill("2500.00");
        Locator balance = page.locator("#entry-balance");
        page.locator("#entry-balance[data-balanced='false']").waitFor();
        assertThat(page.locator("#entry-post").isDisabled()).isTrue();
        chooseAccount(1, "3000");
        page.locator("#entry-credit-1 input").fill("2500.00");
        page.locator("#entry-balance[data-balanced='true']").waitFor();
        assertThat(balance.textContent()).contains("balanced").contains("2500");
        assertThat(page.locator("#entry-post").isEnabled()).isTrue();
        shot("acc-02-entry-balanced");
        page.locator("#entry-post").click();
        page.getByText("posted").first().waitFor();
        page.locator("#entry-balance[data-balanced='false']").waitFor(); // the form is cleared for the next entry
        shot("acc-03-entry-posted");
    }

    @Test
    @Order(3)
    void theEntryIsInTheTrialBalanceAndTheLedger() {
        menuEntry("Financial reports").click();
        page.waitForURL("**/accounting/reports");
        Locator grid = page.locator("#report-grid");
        grid.getByText("Cash and cash equivalents").waitFor();
        assertThat(page.locator("#report-summary").textContent())
                .contains("Total debits 2500.00").contains("total credits 2500.00").contains("difference 0.00");
        shot("acc-04-trial-balance");
        grid.getByText("Cash and cash equivalents").click();
        page.waitForURL("**/accounting/ledger/1500**");
        page.locator("#ledger-grid").getByText("Bank loan received").waitFor();
        shot("acc-05-general-ledger");
    }

    @Test
    @Order(4)
    void theDashboardShowsTheFinanceWidget() {
        page.navigate(base + "/");
        Locator figures = page.locator("#finance-figures");
        figures.waitFor();
        assertThat(figures.textContent()).contains("Income 0.00").contains("net profit 0.00 EUR"); // a loan is no income
        assertThat(page.locator("svg[role='img']").count()).isGreaterThanOrEqualTo(1);
        shot("acc-06-dashboard-widget");
    }

    @Test
    @Order(5)
    void theEntryIsReversedFromTheJournal() {
        page.navigate(base + "/accounting/journal");
        Locator grid = page.locator("#journal-grid");
        grid.getByText("Bank loan received").waitFor();
        grid.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Reverse")).first().click();
        page.getByText("Reversing entry of").first().waitFor();
        shot("acc-07-reversed");
        page.navigate(base + "/accounting/reports");
        page.locator("#report-summary").getByText("Total debits 5000.00").waitFor();
        assertThat(page.locator("#report-summary").textContent()).contains("total credits 5000.00").contains("difference 0.00");
    }

    @Test
    @Order(6)
    void anAccountIsAddedToTheChart() {
        page.navigate(base + "/accounting/chart");
        page.locator("#chart-tree").getByText("Cash and cash equivalents").waitFor();
        page.locator("#chart-code input").fill("1510");
        page.locator("#chart-name input").fill("Petty cash");
        page.locator("#chart-type").click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("Asset")).first().click();
        page.locator("#chart-parent input").fill("11");
        page.locator("#chart-add").click();
        page.locator("#chart-tree").getByText("Petty cash").waitFor();
        shot("acc-08-chart");
        assertThat(admin.get("/api/v1/accounting/accounts/1510").body())
                .contains("\"parentCode\":\"11\"").contains("\"active\":true");
    }

    @Test
    @Order(7)
    void anInvoiceIsConfirmedPaidInPartAndTheRestShowsInTheAgedReceivables() {
        assertThat(admin.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Chromium Customer\"}").status()).isEqualTo(201);
        page.navigate(base + "/accounting/invoices");
        page.locator("#invoices-new-invoice").click();
        page.waitForURL("**/accounting/invoice?kind=customer");
        choose("#invoice-party", "Chromium", "Chromium Customer");
        page.locator("#invoice-description-0 input").fill("Design work");
        page.locator("#invoice-quantity-0 input").fill("2");
        page.locator("#invoice-price-0 input").fill("60.00");
        page.locator("#invoice-taxrate-0 input").fill("20");
        page.locator("#invoice-gross[data-amount='144.00']").waitFor(); // 2 x 60.00 = 120.00 + 20 % tax, as typed
        shot("acc-09-invoice-form");
        page.locator("#invoice-confirm").click();
        page.locator("#invoice-status[data-state='POSTED']").waitFor();
        String number = page.locator("#invoice-title").textContent().replace("Invoice ", "").strip();
        assertThat(number).startsWith("INV-");
        shot("acc-10-invoice-confirmed");

        page.navigate(base + "/accounting/payment");
        choose("#payment-party", "Chromium", "Chromium Customer");
        page.locator("#payment-documents").getByText("144.00 EUR").waitFor();
        page.locator("#payment-amount input").fill("100.00");
        page.locator("#payment-auto").click();
        page.locator("#payment-summary").getByText("Allocated 100.00 of 100.00").waitFor();
        shot("acc-11-payment-allocated");
        page.locator("#payment-record").click();
        page.getByText("Payment of 100.00 EUR recorded").first().waitFor();

        page.navigate(base + "/accounting/aged");
        Locator aged = page.locator("#aged-grid");
        aged.getByText("Chromium Customer").waitFor();
        aged.getByText("Chromium Customer").click();
        page.locator("#aged-documents").getByText(number).waitFor();
        assertThat(page.locator("#aged-drill-title").textContent()).contains("Chromium Customer");
        shot("acc-12-aged-receivables");
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#aged-csv").click());
        assertThat(download.suggestedFilename()).startsWith("aged-receivables-").endsWith(".csv");
        String csv;
        try {
            csv = Files.readString(download.path());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(csv).startsWith("partyId,partyName,currency,current,days1to30,days31to60,days61to90,over90,total\r\n")
                .contains(",Chromium Customer,EUR,44.00,0.00,0.00,0.00,0.00,44.00\r\n");
        String invoiceId = admin.get("/api/v1/accounting/invoices?kind=customer").json().get("items").get(0).get("id").asString();
        assertThat(admin.get("/api/v1/accounting/invoices/" + invoiceId).json().get("open").decimalValue())
                .isEqualByComparingTo("44.00");
    }

    private static void choose(String comboBox, String typed, String item) {
        Locator input = page.locator(comboBox + " input");
        input.click();
        input.fill(typed);
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }

    private static void chooseAccount(int row, String code) {
        Locator input = page.locator("#entry-account-" + row + " input");
        input.click();
        input.fill(code);
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(code + " ")).first().click();
    }

    private static Locator menuEntry(String label) {
        return page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(label));
    }

    private static void shot(String name) {
        BROWSER.shot(name);
    }
}
