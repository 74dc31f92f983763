package io.tessera.plugins.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonTester;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import io.tessera.ui.app.shell.PartyView;
import io.tessera.ui.app.shell.DashboardView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Browserless view tests of the receivables views (Vaadin's browserless-test, no browser): the real views, created
 * by the running kernel's Spring context from the real plugin jar, on PostgreSQL as the application role, as the
 * tenant admin. The views are reached through their routes and driven through their components' ids, as a user
 * would; what they did is checked through the REST API.
 */
class AccountingViewsIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    static final String SLUG = "acc-views";
    static final KernelViews VIEWS = new KernelViews(KERNEL);
    static ApiClient api;
    static KernelViews.Member admin;

    @BeforeAll
    static void setUp() {
        api = Ledgers.tenantWithAccounting(KERNEL, SLUG);
        admin = VIEWS.admin(SLUG);
    }

    @AfterAll
    static void invariantsHold() throws Exception {
        assertThat(Ledgers.invariantViolations(KERNEL)).isEmpty();
    }

    @Test
    void theInvoiceFormComputesTotalsRefusesOnTheFieldsKeepsTheInputSavesConfirmsAndCredits() {
        String customer = party("Form Customer Ltd");
        long before = invoiceCount();
        String invoiceId = asAdmin(() -> {
            UI.getCurrent().navigate("accounting/invoice", QueryParameters.of("kind", "customer"));
            assertThat(currentView()).isEqualTo("InvoiceFormView");
            // live totals, rounded per line half-up like the service: 3 x 19.99 = 59.97, tax 11.994 -> 11.99;
            // 3 x 2.3333 = 6.9999 -> 7.00, tax 1.40
            field(TextField.class, "invoice-description-0").setValue("Consulting");
            field(BigDecimalField.class, "invoice-quantity-0").setValue(new BigDecimal("3"));
            field(BigDecimalField.class, "invoice-price-0").setValue(new BigDecimal("19.99"));
            field(BigDecimalField.class, "invoice-taxrate-0").setValue(new BigDecimal("20"));
            assertThat(amount("invoice-gross")).isEqualByComparingTo("71.96");
            click("invoice-add-line");
            field(TextField.class, "invoice-description-1").setValue("Travel");
            field(BigDecimalField.class, "invoice-quantity-1").setValue(new BigDecimal("3"));
            field(BigDecimalField.class, "invoice-price-1").setValue(new BigDecimal("2.3333"));
            field(BigDecimalField.class, "invoice-taxrate-1").setValue(new BigDecimal("20"));
            assertThat(amount("invoice-net")).isEqualByComparingTo("66.97");
            assertThat(amount("invoice-tax")).isEqualByComparingTo("13.39");
            assertThat(amount("invoice-gross")).isEqualByComparingTo("80.36");

            // no party: refused on the party field, nothing saved, the input kept
            click("invoice-save");
            assertThat(invalid("invoice-party")).isTrue();
            assertThat(field(TextField.class, "invoice-description-1").getValue()).isEqualTo("Travel");
            // a party but a zero quantity on the second line: refused on that line's quantity
            new ComboBoxTester<>(comboBox("invoice-party")).selectItem("Form Customer Ltd");
            field(BigDecimalField.class, "invoice-quantity-1").setValue(BigDecimal.ZERO);
            click("invoice-confirm");
            assertThat(invalid("invoice-party")).isFalse();
            assertThat(invalid("invoice-quantity-1")).isTrue();
            assertThat(invalid("invoice-quantity-0")).isFalse();
            assertThat(invoiceCount()).as("nothing saved while refused").isEqualTo(before);

            field(BigDecimalField.class, "invoice-quantity-1").setValue(new BigDecimal("3"));
            click("invoice-save");
            assertThat(currentView()).isEqualTo("InvoiceFormView");
            assertThat(find(Span.class, "invoice-status").getElement().getAttribute("data-state")).isEqualTo("DRAFT");
            click("invoice-confirm");
            assertThat(find(Span.class, "invoice-status").getElement().getAttribute("data-state")).isEqualTo("POSTED");
            return UI.getCurrent().getInternals().getActiveViewLocation().getSegments().getLast();
        });
        JsonNode invoice = api.get("/api/v1/accounting/invoices/" + invoiceId).json();
        assertThat(invoice.get("state").asString()).isEqualTo("POSTED");
        assertThat(invoice.get("partyId").asString()).isEqualTo(customer);
        assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("80.36");
        assertThat(invoice.get("number").asString()).startsWith("INV-");

        // a credit note against it: lines copied, one removed, the rest confirmed and allocated to the invoice
        asAdmin(() -> {
            UI.getCurrent().navigate("accounting/invoice/" + invoiceId);
            click("invoice-credit");
            assertThat(field(TextField.class, "invoice-description-1").getValue()).isEqualTo("Travel");
            assertThat(comboBox("invoice-party").isReadOnly()).isTrue();
            click("invoice-remove-0");
            assertThat(amount("invoice-gross")).isEqualByComparingTo("8.40");
            click("invoice-confirm");
            assertThat(find(Span.class, "invoice-status").getElement().getAttribute("data-state")).isEqualTo("POSTED");
            return null;
        });
        assertThat(api.get("/api/v1/accounting/invoices/" + invoiceId).json().get("open").decimalValue())
                .isEqualByComparingTo("71.96");
    }

    @Test
    void thePaymentFormAllocatesOldestFirstRefusesOverAllocationReadablyAndThePartyPanelFollows() {
        String payer = party("Paying Customer GmbH");
        String older = confirmedInvoice(payer, "2026-01-10", "2026-02-10", "100.00");
        String newer = confirmedInvoice(payer, "2026-01-20", "2026-02-20", "80.00");
        asAdmin(() -> {
            UI.getCurrent().navigate("accounting/payment");
            assertThat(currentView()).isEqualTo("PaymentView");
            new ComboBoxTester<>(comboBox("payment-party")).selectItem("Paying Customer GmbH");
            @SuppressWarnings("unchecked")
            Grid<Object> documents = find(Grid.class, "payment-documents");
            GridTester<Grid<Object>, Object> rows = new GridTester<>(documents);
            assertThat(rows.size()).isEqualTo(2);
            assertThat(rows.getCellText(0, 3)).isEqualTo("100.00 EUR"); // oldest due first, with its open amount
            BigDecimalField first = (BigDecimalField) rows.getCellComponent(0, 4);
            BigDecimalField second = (BigDecimalField) rows.getCellComponent(1, 4);

            // more allocated than paid: shown as typed, refused readably on recording, nothing lost
            field(BigDecimalField.class, "payment-amount").setValue(new BigDecimal("50.00"));
            first.setValue(new BigDecimal("60.00"));
            assertThat(find(Span.class, "payment-summary").getElement().getAttribute("data-over")).isEqualTo("true");
            click("payment-record");
            assertThat(problemShown()).contains("more than the payment amount");
            assertThat(first.getValue()).isEqualByComparingTo("60.00");
            // more than a document's open amount: refused on that document's field
            field(BigDecimalField.class, "payment-amount").setValue(new BigDecimal("500.00"));
            second.setValue(new BigDecimal("80.01"));
            click("payment-record");
            assertThat(second.isInvalid()).isTrue();
            assertThat(first.isInvalid()).isFalse();
            assertThat(second.getErrorMessage()).contains("open amount");

            // oldest first: 150 settles the older one and 50 of the newer one
            field(BigDecimalField.class, "payment-amount").setValue(new BigDecimal("150.00"));
            click("payment-auto");
            assertThat(first.getValue()).isEqualByComparingTo("100.00");
            assertThat(second.getValue()).isEqualByComparingTo("50.00");
            click("payment-record");
            assertThat(new GridTester<>(documents).size()).as("the settled invoice is no longer open").isEqualTo(1);

            // the party's customer-360 page: balance, overdue part, the open invoice
            UI.getCurrent().navigate(PartyView.class, payer);
            List<String> balances = all().filter(c -> c instanceof Span span && span.getClassNames().contains("accounting-party-balance"))
                    .map(c -> ((Span) c).getText()).toList();
            assertThat(balances).containsExactly("EUR: receivable 30.00 (overdue 30.00) · payable 0.00 (overdue 0.00)");
            @SuppressWarnings({"unchecked", "rawtypes"})
            List<GridTester> panelGrids = all().filter(c -> c instanceof Grid<?> && c.getId().isEmpty())
                    .map(c -> new GridTester((Grid) c)).toList();
            assertThat(panelGrids).anySatisfy(g -> {
                assertThat(g.size()).isEqualTo(1);
                assertThat(g.getCellText(0, 2)).isEqualTo("30.00 EUR");
                assertThat(g.getCellText(0, 3)).isEqualTo("overdue");
            });
            return null;
        });
        assertThat(api.get("/api/v1/accounting/invoices/" + older).json().get("open").decimalValue()).isEqualByComparingTo("0");
        assertThat(api.get("/api/v1/accounting/invoices/" + newer).json().get("open").decimalValue()).isEqualByComparingTo("30.00");
    }

    @Test
    void theAgedViewShowsTheServicesBucketsAndDrillsDownToThePartysOpenInvoices() {
        String late = party("Late Payer AG");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        confirmedInvoice(late, today.minusDays(70).toString(), today.minusDays(45).toString(), "40.00");
        confirmedInvoice(late, today.minusDays(5).toString(), today.plusDays(25).toString(), "15.00");
        JsonNode service = null;
        for (JsonNode line : api.get("/api/v1/accounting/reports/aged-receivables?asOf=" + today).json().get("lines")) {
            if (line.get("partyId").asString().equals(late)) {
                service = line;
            }
        }
        assertThat(service).isNotNull();
        JsonNode expected = service;
        asAdmin(() -> {
            UI.getCurrent().navigate("accounting/aged");
            assertThat(currentView()).isEqualTo("AgedView");
            @SuppressWarnings("unchecked")
            Grid<Object> grid = find(Grid.class, "aged-grid");
            GridTester<Grid<Object>, Object> rows = new GridTester<>(grid);
            int row = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.getCellText(i, 0).equals("Late Payer AG")) {
                    row = i;
                }
            }
            assertThat(row).as("a row for the party").isNotNegative();
            List<String> buckets = List.of("current", "days1to30", "days31to60", "days61to90", "over90", "total");
            for (int b = 0; b < buckets.size(); b++) {
                assertThat(new BigDecimal(rows.getCellText(row, 2 + b))).as(buckets.get(b))
                        .isEqualByComparingTo(expected.get(buckets.get(b)).decimalValue());
            }
            assertThat(new BigDecimal(rows.getCellText(row, 4))).isEqualByComparingTo("40.00");
            assertThat(new BigDecimal(rows.getCellText(row, 2))).isEqualByComparingTo("15.00");
            rows.clickRow(row);
            @SuppressWarnings("unchecked")
            Grid<Object> documents = find(Grid.class, "aged-documents");
            assertThat(documents.isVisible()).isTrue();
            GridTester<Grid<Object>, Object> docs = new GridTester<>(documents);
            assertThat(docs.size()).isEqualTo(2);
            assertThat(new BigDecimal(docs.getCellText(0, 4))).isEqualByComparingTo("40.00");
            // payables: the party has none
            @SuppressWarnings("unchecked")
            Select<String> kind = find(Select.class, "aged-kind");
            kind.setValue("vendor");
            assertThat(new GridTester<>(grid).size()).isZero();
            return null;
        });
    }

    @Test
    void aDraftOpenedFromTheListIsEditedAndSavedAndAConfirmedOneOpensReadOnly() {
        String customer = party("Editable Customer GmbH");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ApiResponse created = api.post("/api/v1/accounting/invoices", invoiceBody("customer", customer, today.toString(),
                today.plusDays(30).toString(), "10.00"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String draftId = created.json().get("id").asString();
        asAdmin(() -> {
            UI.getCurrent().navigate("accounting/invoices");
            new ComboBoxTester<>(comboBox("invoices-party")).selectItem("Editable Customer GmbH");
            assertThat(listedIds()).containsExactly(draftId);
            @SuppressWarnings("unchecked")
            Grid<Object> list = find(Grid.class, "invoices-grid");
            new GridTester<>(list).clickRow(0);
            assertThat(currentView()).isEqualTo("InvoiceFormView");
            assertThat(find(Span.class, "invoice-status").getElement().getAttribute("data-state")).isEqualTo("DRAFT");
            assertThat(field(TextField.class, "invoice-description-0").isReadOnly()).isFalse();
            assertThat(amount("invoice-gross")).isEqualByComparingTo("10.00");
            // change the line, add one: 4 x 10.00 = 40.00 at 20 % = 48.00; 1 x 2.50 = 2.50
            field(BigDecimalField.class, "invoice-quantity-0").setValue(new BigDecimal("4"));
            field(BigDecimalField.class, "invoice-taxrate-0").setValue(new BigDecimal("20"));
            click("invoice-add-line");
            field(TextField.class, "invoice-description-1").setValue("Extra");
            field(BigDecimalField.class, "invoice-price-1").setValue(new BigDecimal("2.50"));
            assertThat(amount("invoice-gross")).isEqualByComparingTo("50.50");
            // an invalid change is refused on its field and saves nothing
            field(BigDecimalField.class, "invoice-quantity-1").setValue(BigDecimal.ZERO);
            click("invoice-save");
            assertThat(invalid("invoice-quantity-1")).isTrue();
            field(BigDecimalField.class, "invoice-quantity-1").setValue(BigDecimal.ONE);
            click("invoice-save");
            assertThat(problemShown()).isBlank();
            assertThat(find(Span.class, "invoice-status").getElement().getAttribute("data-state")).isEqualTo("DRAFT");
            assertThat(amount("invoice-gross")).isEqualByComparingTo("50.50");
            return null;
        });
        JsonNode saved = api.get("/api/v1/accounting/invoices/" + draftId).json();
        assertThat(saved.get("state").asString()).isEqualTo("DRAFT");
        assertThat(saved.get("subtotal").decimalValue()).isEqualByComparingTo("42.50");
        assertThat(saved.get("tax").decimalValue()).isEqualByComparingTo("8.00");
        assertThat(saved.get("total").decimalValue()).isEqualByComparingTo("50.50");
        assertThat(KERNEL.queryAsSuperuser("select string_agg(description || ':' || quantity::numeric(10,2), ',' order by line_no) "
                + "from acc_invoice_lines where invoice_id = ?::uuid", draftId)).isEqualTo("Item:4.00,Extra:1.00");

        // confirmed from the form (saved and posted together), it opens read-only with the credit note action
        asAdmin(() -> {
            UI.getCurrent().navigate("accounting/invoice/" + draftId);
            field(BigDecimalField.class, "invoice-quantity-1").setValue(new BigDecimal("2"));
            click("invoice-confirm");
            assertThat(find(Span.class, "invoice-status").getElement().getAttribute("data-state")).isEqualTo("POSTED");
            UI.getCurrent().navigate("accounting/invoice/" + draftId);
            assertThat(field(TextField.class, "invoice-description-0").isReadOnly()).isTrue();
            assertThat(field(BigDecimalField.class, "invoice-quantity-0").isReadOnly()).isTrue();
            assertThat(find(Button.class, "invoice-save").isVisible()).isFalse();
            assertThat(find(Button.class, "invoice-confirm").isVisible()).isFalse();
            assertThat(find(Button.class, "invoice-delete").isVisible()).isFalse();
            assertThat(find(Button.class, "invoice-credit").isVisible()).isTrue();
            return null;
        });
        JsonNode posted = api.get("/api/v1/accounting/invoices/" + draftId).json();
        assertThat(posted.get("state").asString()).isEqualTo("POSTED");
        assertThat(posted.get("total").decimalValue()).isEqualByComparingTo("53.00");
    }

    @Test
    void theAgedDrillDownListsTheDocumentsOpenAtTheReportDateWithTheirOpenAmountsThen() {
        String party = party("AsOf Payer KG");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate reportDate = today.minusDays(10);
        String old = confirmedInvoice(party, today.minusDays(60).toString(), today.minusDays(30).toString(), "100.00");
        confirmedInvoice(party, today.minusDays(3).toString(), today.plusDays(27).toString(), "15.00");
        // paid in part after the report date: at the report date it was still open in full
        ApiResponse paid = api.post("/api/v1/accounting/payments", """
                {"partyId":"%s","date":"%s","amount":"60.00","allocations":[{"invoiceId":"%s","amount":"60.00"}]}
                """.formatted(party, today.minusDays(5), old));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        asAdmin(() -> {
            UI.getCurrent().navigate("accounting/aged");
            find(com.vaadin.flow.component.datepicker.DatePicker.class, "aged-asof").setValue(reportDate);
            List<String> docs = drillDown("AsOf Payer KG");
            assertThat(docs).containsExactly("100.00");
            find(com.vaadin.flow.component.datepicker.DatePicker.class, "aged-asof").setValue(today);
            assertThat(drillDown("AsOf Payer KG")).containsExactly("40.00", "15.00");
            return null;
        });
    }

    /** Clicks the party's aged row (its total must be the sum of the listed documents) and returns their open amounts. */
    @SuppressWarnings("unchecked")
    private static List<String> drillDown(String partyName) {
        GridTester<Grid<Object>, Object> rows = new GridTester<>(find(Grid.class, "aged-grid"));
        int row = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.getCellText(i, 0).equals(partyName)) {
                row = i;
            }
        }
        assertThat(row).as("a row for the party").isNotNegative();
        BigDecimal total = new BigDecimal(rows.getCellText(row, 7));
        rows.clickRow(row);
        GridTester<Grid<Object>, Object> docs = new GridTester<>(find(Grid.class, "aged-documents"));
        List<String> open = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < docs.size(); i++) {
            open.add(docs.getCellText(i, 4));
            sum = sum.add(new BigDecimal(docs.getCellText(i, 4)));
        }
        assertThat(sum).as("the documents add up to the row").isEqualByComparingTo(total);
        return open;
    }

    @Test
    void theInvoiceListFiltersByKindStatePartyAndOverdueAndTheWidgetShowsTheOpenTotals() {
        String listed = party("Listed Customer SA");
        String supplier = party("Listed Supplier SA");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String overdue = confirmedInvoice(listed, today.minusDays(40).toString(), today.minusDays(10).toString(), "25.00");
        ApiResponse draft = api.post("/api/v1/accounting/invoices", invoiceBody("customer", listed, today.toString(),
                today.plusDays(30).toString(), "5.00"));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        ApiResponse bill = api.post("/api/v1/accounting/invoices", invoiceBody("vendor", supplier, today.toString(),
                today.plusDays(30).toString(), "7.00"));
        assertThat(api.post("/api/v1/accounting/invoices/" + bill.json().get("id").asString() + "/confirm", "").status())
                .isEqualTo(200);
        asAdmin(() -> {
            UI.getCurrent().navigate("accounting/invoices");
            assertThat(currentView()).isEqualTo("InvoicesView");
            new ComboBoxTester<>(comboBox("invoices-party")).selectItem("Listed Customer SA");
            assertThat(listedNumbers()).hasSize(2);
            @SuppressWarnings("unchecked")
            Select<String> state = find(Select.class, "invoices-state");
            state.setValue("DRAFT");
            assertThat(listedNumbers()).containsExactly("(draft)");
            state.setValue(null);
            find(com.vaadin.flow.component.checkbox.Checkbox.class, "invoices-overdue").setValue(true);
            assertThat(listedIds()).containsExactly(overdue);
            comboBox("invoices-party").clear();
            find(com.vaadin.flow.component.checkbox.Checkbox.class, "invoices-overdue").setValue(false);
            @SuppressWarnings("unchecked")
            Select<String> kind = find(Select.class, "invoices-kind");
            kind.setValue("vendor");
            assertThat(listedIds()).containsExactly(bill.json().get("id").asString());
            return null;
        });
        // the widget's figures are the ledger's and the documents' (base currency), whatever other tests added
        JsonNode tb = api.get("/api/v1/accounting/reports/trial-balance?asOf=" + today.plusYears(1)).json();
        BigDecimal receivable = balance(tb, "1300");
        BigDecimal payable = balance(tb, "3100").negate();
        asAdmin(() -> {
            UI.getCurrent().navigate(DashboardView.class);
            Span open = find(Span.class, "finance-open");
            assertThat(new BigDecimal(open.getElement().getAttribute("data-receivable"))).isEqualByComparingTo(receivable);
            assertThat(new BigDecimal(open.getElement().getAttribute("data-payable"))).isEqualByComparingTo(payable);
            assertThat(new BigDecimal(open.getElement().getAttribute("data-overdue-receivable")))
                    .isGreaterThanOrEqualTo(new BigDecimal("25.00"));
            assertThat(open.getText()).contains("EUR");
            return null;
        });
    }

    @Test
    void theDunningReviewProposesAndDismissesAndTheInvoiceOffersItsPdfAndSending() {
        String customer = party("Late Payer AG");
        ApiResponse level = api.put("/api/v1/accounting/dunning/levels/1", """
                {"daysOverdue":10,"name":"First reminder","subject":"Reminder {number}","body":"Invoice {number} is overdue."}""");
        assertThat(level.status()).as(level.body()).isEqualTo(200);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String late = confirmedInvoice(customer, today.minusDays(40).toString(), today.minusDays(20).toString(), "50.00");
        String number = api.get("/api/v1/accounting/invoices/" + late).json().get("number").asString();
        asAdmin(() -> {
            UI.getCurrent().navigate("accounting/dunning");
            assertThat(currentView()).isEqualTo("DunningView");
            click("dunning-propose");
            assertThat(dunningRows()).contains(number);
            assertThat(find(Button.class, "dunning-send").isEnabled()).as("nothing selected").isFalse();
            select(number);
            // this kernel has no mail server: sending is refused with a readable message, the proposal stays
            click("dunning-send");
            assertThat(problemShown()).contains("Mail is not configured");
            assertThat(dunningRows()).contains(number);
            select(number);
            click("dunning-dismiss");
            assertThat(dunningRows()).doesNotContain(number);

            UI.getCurrent().navigate("accounting/invoice/" + late);
            com.vaadin.flow.component.html.Anchor pdf = find(com.vaadin.flow.component.html.Anchor.class, "invoice-pdf");
            assertThat(pdf.isVisible()).isTrue();
            assertThat(pdf.getHref()).isNotBlank();
            assertThat(find(Button.class, "invoice-send").isVisible()).isTrue();
            field(TextField.class, "invoice-send-to").setValue("not-an-address");
            click("invoice-send");
            assertThat(problemShown()).isNotBlank();
            return null;
        });
        JsonNode dismissed = api.get("/api/v1/accounting/dunning/proposals?state=DISMISSED").json().get("items");
        assertThat(dismissed.findValuesAsString("invoiceNumber")).contains(number);
        assertThat(api.get("/api/v1/accounting/invoices/" + late + "/sends").json().get("items")).isEmpty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> dunningRows() {
        Grid grid = find(Grid.class, "dunning-grid");
        if (!grid.isVisible()) {
            return List.of();
        }
        GridTester tester = new GridTester<>(grid);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            numbers.add(tester.getCellText(i, 0));
        }
        return numbers;
    }

    /** Selects the proposal row of an invoice number (rows are records of the plugin's classes: matched by text). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void select(String number) {
        Grid grid = find(Grid.class, "dunning-grid");
        List<Object> items = (List<Object>) grid.getDataCommunicator().getDataProvider().fetch(new Query<>()).toList();
        Object row = items.stream().filter(i -> i.toString().contains("invoiceNumber=" + number + ",")).findFirst().orElseThrow();
        grid.asMultiSelect().select(row);
    }

    // --- fixtures

    private static String party(String name) {
        ApiResponse created = api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String invoiceBody(String kind, String party, String date, String due, String price) {
        return """
                {"kind":"%s","partyId":"%s","date":"%s","dueDate":"%s","lines":[
                  {"description":"Item","quantity":"1","unitPrice":"%s","taxRate":"0"}]}
                """.formatted(kind, party, date, due, price);
    }

    private static String confirmedInvoice(String party, String date, String due, String price) {
        ApiResponse created = api.post("/api/v1/accounting/invoices", invoiceBody("customer", party, date, due, price));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(api.post("/api/v1/accounting/invoices/" + id + "/confirm", "").status()).isEqualTo(200);
        return id;
    }

    private static long invoiceCount() {
        return KERNEL.countAsSuperuser("select count(*) from acc_invoices i join tenants t on t.id = i.tenant_id where t.slug = ?",
                SLUG);
    }

    private static BigDecimal balance(JsonNode tb, String code) {
        for (JsonNode line : tb.get("lines")) {
            if (line.get("account").asString().equals(code)) {
                return line.get("balance").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    // --- driving the views

    private static <T> T asAdmin(Supplier<T> body) {
        return VIEWS.asUser(admin.tenant(), admin.userId(), admin.email(), admin.role(), body);
    }

    private static String currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass().getSimpleName();
    }

    private static BigDecimal amount(String id) {
        return new BigDecimal(find(Span.class, id).getElement().getAttribute("data-amount"));
    }

    private static void click(String id) {
        new ButtonTester<>(find(Button.class, id)).click();
    }

    private static boolean invalid(String id) {
        return ((HasValidation) find(Component.class, id)).isInvalid();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Object> comboBox(String id) {
        return find(ComboBox.class, id);
    }

    private static <T extends Component> T field(Class<T> type, String id) {
        return find(type, id);
    }

    /** The texts of every visible problem panel. */
    private static String problemShown() {
        StringBuilder texts = new StringBuilder();
        all().filter(c -> c.getClass().getSimpleName().equals("ProblemPanel") && c.isVisible())
                .forEach(c -> texts.append(c.getElement().getTextRecursively()).append('\n'));
        return texts.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> listedNumbers() {
        Grid grid = find(Grid.class, "invoices-grid");
        GridTester tester = new GridTester<>(grid);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            numbers.add(tester.getCellText(i, 0));
        }
        return numbers;
    }

    /** The ids of the listed documents, read from the rows (records of the plugin's classes) by reflection-free means. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> listedIds() {
        Grid grid = find(Grid.class, "invoices-grid");
        List<Object> items = (List<Object>) grid.getDataCommunicator().getDataProvider().fetch(new Query<>()).toList();
        return items.stream().map(row -> {
            String text = row.toString(); // Row[invoice=InvoiceView[id=…, …], partyName=…]
            int at = text.indexOf("id=") + 3;
            return text.substring(at, at + 36);
        }).toList();
    }

    private static <T extends Component> T find(Class<T> type, String id) {
        return all().filter(c -> type.isInstance(c) && c.getId().filter(id::equals).isPresent()).map(type::cast)
                .findFirst().orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " #" + id));
    }

    /** Every component under the UI: the component tree (routed content hangs off the UI's wrapper), each one's
     *  element tree, and virtual children (dialogs' headers and footers). */
    private static Stream<Component> all() {
        Set<Component> found = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(UI.getCurrent()).forEach(c -> collect(c.getElement(), found));
        return found.stream();
    }

    private static Stream<Component> walk(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(AccountingViewsIT::walk));
    }

    private static void collect(com.vaadin.flow.dom.Element element, Set<Component> into) {
        element.getComponent().ifPresent(into::add);
        if (!element.isTextNode()) {
            element.getChildren().forEach(child -> collect(child, into));
            element.getNode().getFeatureIfInitialized(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)
                    .ifPresent(list -> list.iterator().forEachRemaining(
                            node -> collect(com.vaadin.flow.dom.Element.get(node), into)));
        }
    }
}
