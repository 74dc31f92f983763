package io.tessera.plugins.inventory;

import static io.tessera.plugins.inventory.Stocks.INV;
import static io.tessera.plugins.inventory.Stocks.delivery;
import static io.tessera.plugins.inventory.Stocks.onHand;
import static io.tessera.plugins.inventory.Stocks.product;
import static io.tessera.plugins.inventory.Stocks.stockUp;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testsupport.browserless.KernelViews.button;
import static io.tessera.testsupport.browserless.KernelViews.component;
import static io.tessera.testsupport.browserless.KernelViews.currentView;
import static io.tessera.testsupport.browserless.KernelViews.find;
import static io.tessera.testsupport.browserless.KernelViews.items;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.openDialog;
import static io.tessera.testsupport.browserless.KernelViews.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyPressEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The inventory's forms and reports without a browser (Vaadin browserless-test), created by the running kernel's
 * Spring context from the real inventory, catalog and accounting jars on PostgreSQL, each test in a tenant of its own:
 * the receipt and delivery form (a refusal marks the fields it names and keeps the input), the barcode field and the
 * "no backorder" answer on the transfer page (and the same through the API), count sheets, reorder rules and
 * suggestions, the valuation and reconciliation reports with their CSV, and the dashboard widget.
 */
class InventoryFormsViewsIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar")).build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    @AfterAll
    static void invariantsHold() {
        assertThat(Stocks.invariantViolations(KERNEL)).isEmpty();
    }

    @Test
    void theReceiptFormNamesEveryBadFieldKeepsWhatWasTypedAndSavesTheDraft() {
        ApiClient api = Stocks.tenant(KERNEL, "fv-receipt");
        product(api, "FORM-LOT", "lot");
        product(api, "FORM-SER", "serial");
        VIEWS.as(VIEWS.admin("fv-receipt"), () -> {
            navigate("inventory/new-transfer/receipt");
            assertThat(component(H2.class, "inventory-form-title").getText()).isEqualTo("New receipt");
            ComboBox<?> product = component(ComboBox.class, "inventory-form-product-0");
            pick(product, "form-lot");
            assertThat(component(TextField.class, "inventory-form-lot-0").isVisible()).isTrue();
            assertThat(component(TextArea.class, "inventory-form-serials-0").isVisible()).isFalse();
            BigDecimalField quantity = component(BigDecimalField.class, "inventory-form-quantity-0");
            quantity.setValue(new BigDecimal("-2"));
            button("inventory-form-add-line").click();
            pick(component(ComboBox.class, "inventory-form-product-1"), "FORM-SER");
            assertThat(component(TextArea.class, "inventory-form-serials-1").isVisible()).isTrue();
            component(BigDecimalField.class, "inventory-form-quantity-1").setValue(new BigDecimal("2"));
            component(BigDecimalField.class, "inventory-form-cost-1").setValue(new BigDecimal("7"));
            component(TextArea.class, "inventory-form-serials-1").setValue("SN-1");
            button("inventory-form-save").click();

            assertThat(quantity.isInvalid()).isTrue();
            assertThat(quantity.getErrorMessage()).isEqualTo("must be positive");
            assertThat(component(BigDecimalField.class, "inventory-form-cost-0").getErrorMessage()).isEqualTo("is required");
            assertThat(component(TextField.class, "inventory-form-lot-0").getErrorMessage())
                    .isEqualTo("is required for a lot-tracked product");
            assertThat(component(TextArea.class, "inventory-form-serials-1").getErrorMessage())
                    .isEqualTo("must name one serial per unit: 2 units, 1 serials");
            assertThat(texts()).contains("Please correct the marked fields.", "Line 1, Unit cost: is required")
                    .noneMatch(t -> t.contains("lines["));
            assertThat(product.getValue()).as("nothing typed is lost").isNotNull();
            assertThat(quantity.getValue()).isEqualByComparingTo("-2");

            quantity.setValue(new BigDecimal("5"));
            component(BigDecimalField.class, "inventory-form-cost-0").setValue(new BigDecimal("3.25"));
            component(TextField.class, "inventory-form-lot-0").setValue("L-1");
            component(TextArea.class, "inventory-form-serials-1").setValue("SN-1, SN-2");
            button("inventory-form-save").click();
            assertThat(component(Span.class, "inventory-transfer-state").getText()).isEqualTo("Draft");
        });
        String receipt = ok(api.get(INV + "receipts")).get("items").get(0).get("id").asString();
        JsonNode lines = ok(api.get(INV + "receipts/" + receipt)).get("lines");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("lot").asString()).isEqualTo("L-1");
        assertThat(lines.get(0).get("quantity").decimalValue()).isEqualByComparingTo("5");
        assertThat(lines.get(0).get("unitCost").decimalValue()).isEqualByComparingTo("3.25");
        assertThat(List.of(lines.get(1).get("lot").asString(), lines.get(2).get("lot").asString()))
                .containsExactlyInAnyOrder("SN-1", "SN-2");
    }

    @Test
    void theDeliveryFormOffersTheCustomerAndNoCostAndSavesTheDraft() {
        ApiClient api = Stocks.tenant(KERNEL, "fv-delivery");
        String widget = product(api, "DLV-1");
        VIEWS.as(VIEWS.admin("fv-delivery"), () -> {
            navigate("inventory/transfers");
            button("inventory-transfers-new-delivery").click();
            assertThat(component(H2.class, "inventory-form-title").getText()).isEqualTo("New delivery");
            assertThat(component(ComboBox.class, "inventory-form-party").getLabel()).isEqualTo("Customer");
            assertThat(component(BigDecimalField.class, "inventory-form-cost-0").isVisible()).isFalse();
            button("inventory-form-save").click();
            assertThat(component(ComboBox.class, "inventory-form-product-0").getErrorMessage()).isEqualTo("is required");
            pick(component(ComboBox.class, "inventory-form-product-0"), "DLV");
            component(BigDecimalField.class, "inventory-form-quantity-0").setValue(new BigDecimal("4"));
            button("inventory-form-save").click();
            assertThat(component(Span.class, "inventory-transfer-state").getText()).isEqualTo("Draft");
        });
        JsonNode list = ok(api.get(INV + "deliveries"));
        assertThat(list.get("items")).hasSize(1);
        assertThat(list.get("items").get(0).get("quantity").decimalValue()).isEqualByComparingTo("4");
        assertThat(Stocks.stock(api, widget).get("outgoing").decimalValue()).isEqualByComparingTo("4");
    }

    @Test
    void aLineWithoutAProductIsRefusedNamingItsFieldNotAServerError() {
        ApiClient api = Stocks.tenant(KERNEL, "fv-noproduct");
        for (String kind : new String[] {"receipts", "deliveries"}) {
            io.tessera.testkit.ApiResponse refused = api.post(INV + kind, """
                    {"lines":[{"quantity":"1","unitCost":"1"}]}""");
            assertProblem(refused, 422);
            assertThat(refused.body()).contains("lines[0].productId");
        }
    }

    @Test
    void theBarcodeFieldCountsScansFromZeroAndNoBackorderCancelsTheRest() {
        ApiClient api = Stocks.tenant(KERNEL, "fv-scan");
        String scanned = created(api.post("/api/v1/catalog/products", """
                {"sku":"SCAN-1","name":"Scanned","type":"storable","uom":"unit","salesPrice":"10.00","currency":"EUR",
                 "costMethod":"fifo","tracking":"none","barcode":"4006381333931"}"""));
        String other = product(api, "SCAN-2");
        product(api, "NOT-ON-IT");
        stockUp(api, scanned, "10");
        stockUp(api, other, "10");
        String delivery = created(api.post(INV + "deliveries", """
                {"lines":[{"productId":"%s","quantity":"5"},{"productId":"%s","quantity":"3"}]}""".formatted(scanned, other)));
        VIEWS.as(VIEWS.admin("fv-scan"), () -> {
            navigate("inventory/transfer/" + delivery);
            TextField barcode = component(TextField.class, "inventory-transfer-barcode");
            BigDecimalField first = component(BigDecimalField.class, "inventory-transfer-quantity-0");
            BigDecimalField second = component(BigDecimalField.class, "inventory-transfer-quantity-1");
            assertThat(first.getValue()).isEqualByComparingTo("5");
            scan(barcode, "4006381333931");
            assertThat(first.getValue()).as("the first scan counts from zero").isEqualByComparingTo("1");
            assertThat(second.getValue()).isEqualByComparingTo("0");
            scan(barcode, "4006381333931");
            scan(barcode, "SCAN-2");
            assertThat(first.getValue()).isEqualByComparingTo("2");
            assertThat(second.getValue()).isEqualByComparingTo("1");
            assertThat(first.hasClassName("inventory-scanned")).isFalse();
            assertThat(second.hasClassName("inventory-scanned")).isTrue();
            scan(barcode, "NO-SUCH-CODE");
            assertThat(barcode.isInvalid()).isTrue();
            assertThat(barcode.getErrorMessage()).isEqualTo("No product has the barcode or SKU NO-SUCH-CODE.");
            scan(barcode, "NOT-ON-IT");
            assertThat(barcode.getErrorMessage()).isEqualTo("NOT-ON-IT is not on an open line of this transfer.");
            assertThat(first.getValue()).isEqualByComparingTo("2");

            second.setValue(new BigDecimal("9"));
            button("inventory-transfer-validate").click();
            openDialog();
            button("inventory-backorder-create").click();
            assertThat(second.isInvalid()).as("the refusal is shown on the line's field").isTrue();
            assertThat(second.getErrorMessage()).isEqualTo("exceeds the open quantity 3");
            assertThat(component(Span.class, "inventory-transfer-state").getText()).isEqualTo("Draft");

            second.setValue(BigDecimal.ONE);
            button("inventory-transfer-validate").click();
            assertThat(openDialog().getHeaderTitle()).isEqualTo("Create a backorder?");
            button("inventory-backorder-none").click();
            assertThat(component(Span.class, "inventory-transfer-state").getText()).isEqualTo("Done");
            assertThat(find(com.vaadin.flow.component.button.Button.class)).noneMatch(
                    b -> b.getId().filter("inventory-transfer-backorder"::equals).isPresent());
        });
        assertThat(onHand(api, scanned)).isEqualByComparingTo("8");
        assertThat(onHand(api, other)).isEqualByComparingTo("9");
        assertThat(KERNEL.queryAsSuperuser("select count(*)::text from inv_transfers where backorder_of = ?::uuid", delivery))
                .isEqualTo("0");
        JsonNode lines = ok(api.get(INV + "deliveries/" + delivery)).get("lines");
        assertThat(lines).extracting(l -> l.get("state").asString() + " " + l.get("quantity").decimalValue().stripTrailingZeros()
                .toPlainString()).containsExactlyInAnyOrder("done 2", "cancelled 3", "done 1", "cancelled 2");
        assertThat(Stocks.stock(api, scanned).get("reserved").decimalValue()).isEqualByComparingTo("0");
        assertThat(Stocks.stock(api, scanned).get("outgoing").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void validatingWithoutABackorderThroughTheApiCancelsTheRestAndReleasesItsReservation() {
        ApiClient api = Stocks.tenant(KERNEL, "fv-nobo");
        String widget = product(api, "NOBO-1");
        stockUp(api, widget, "10");
        String delivery = delivery(api, widget, "6");
        ok(api.post(INV + "deliveries/" + delivery + "/reserve", ""));
        assertThat(Stocks.stock(api, widget).get("reserved").decimalValue()).isEqualByComparingTo("6");
        io.tessera.testkit.ApiResponse tooMuch = api.post(INV + "deliveries/" + delivery + "/validate", """
                {"lines":[{"productId":"%s","quantity":"7"}],"backorder":false}""".formatted(widget));
        assertProblem(tooMuch, 422);
        assertThat(tooMuch.body()).contains("lines[0].quantity");
        JsonNode result = ok(api.post(INV + "deliveries/" + delivery + "/validate", """
                {"lines":[{"productId":"%s","quantity":"2"}],"backorder":false}""".formatted(widget)));
        assertThat(result.get("backorderId").isNull()).isTrue();
        assertThat(result.get("transfer").get("state").asString()).isEqualTo("done");
        assertThat(result.get("transfer").get("lines")).extracting(l -> l.get("state").asString())
                .containsExactlyInAnyOrder("done", "cancelled");
        JsonNode stock = Stocks.stock(api, widget);
        assertThat(stock.get("onHand").decimalValue()).isEqualByComparingTo("8");
        assertThat(stock.get("reserved").decimalValue()).as("the cancelled rest keeps no reservation").isEqualByComparingTo("0");
        assertThat(stock.get("outgoing").decimalValue()).isEqualByComparingTo("0");
        // the default is still a backorder
        String second = delivery(api, widget, "3");
        JsonNode withBackorder = ok(api.post(INV + "deliveries/" + second + "/validate", """
                {"lines":[{"productId":"%s","quantity":"1"}]}""".formatted(widget)));
        assertThat(withBackorder.get("backorderId").isNull()).isFalse();
        assertThat(onHand(api, widget)).isEqualByComparingTo("7");
    }

    @Test
    void aCountSheetIsMadeCountedAndValidatedIntoAnAdjustment() {
        ApiClient api = Stocks.tenant(KERNEL, "fv-count");
        String counted = product(api, "CNT-1");
        stockUp(api, counted, "10");
        VIEWS.as(VIEWS.admin("fv-count"), () -> {
            navigate("inventory/counts");
            assertThat(component(Grid.class, "inventory-counts-grid").getEmptyStateText())
                    .isEqualTo("No count sheets yet. Create one for a location to count what it holds.");
            assertThat(component(Select.class, "inventory-counts-location").getValue().toString()).contains("WH/STOCK");
            button("inventory-counts-new").click();
            assertThat(component(Span.class, "inventory-count-state").getText()).isEqualTo("Counting");
            BigDecimalField field = component(BigDecimalField.class, "inventory-count-quantity-0");
            assertThat(field.getLabel()).contains("CNT-1");
            assertThat(field.getHelperText()).isEqualTo("Expected: 10 unit");
            field.setValue(new BigDecimal("-1"));
            button("inventory-count-save").click();
            assertThat(field.isInvalid()).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo("must not be negative");
            field.setValue(new BigDecimal("7"));
            button("inventory-count-save").click();
            BigDecimalField saved = component(BigDecimalField.class, "inventory-count-quantity-0");
            assertThat(saved.isInvalid()).isFalse();
            assertThat(saved.getValue()).isEqualByComparingTo("7");
            button("inventory-count-validate").click();
            assertThat(component(Span.class, "inventory-count-state").getText()).isEqualTo("Validated");
            assertThat(items(component(Grid.class, "inventory-count-lines"))).hasSize(1);
            assertThat(rows("inventory-count-lines").getCellText(0, 4)).isEqualTo("-3");
            navigate("inventory/counts");
            assertThat(rows("inventory-counts-grid").getCellText(0, 2)).isEqualTo("Validated");
            assertThat(rows("inventory-counts-grid").getCellText(0, 3)).isEqualTo("1 of 1 lines");
        });
        assertThat(onHand(api, counted)).isEqualByComparingTo("7");
    }

    @Test
    void reorderRulesAreCreatedChangedAndDeletedAndTheirSuggestionsRun() {
        ApiClient api = Stocks.tenant(KERNEL, "fv-rules");
        String low = product(api, "LOW-1");
        stockUp(api, low, "2");
        VIEWS.as(VIEWS.admin("fv-rules"), () -> {
            navigate("inventory/reorder-rules");
            assertThat(component(Grid.class, "inventory-rules-grid").getEmptyStateText())
                    .isEqualTo("No reorder rules yet. Add one to get replenishment suggestions.");
            assertThat(items(component(Grid.class, "inventory-suggestions-grid"))).isEmpty();
            assertThat(component(Grid.class, "inventory-suggestions-grid").getEmptyStateText())
                    .isEqualTo("Nothing to order: every product is at or above its minimum.");
            button("inventory-rules-new").click();
            openDialog();
            pick(component(ComboBox.class, "inventory-rule-product"), "LOW");
            BigDecimalField min = component(BigDecimalField.class, "inventory-rule-min");
            BigDecimalField max = component(BigDecimalField.class, "inventory-rule-max");
            min.setValue(new BigDecimal("10"));
            max.setValue(new BigDecimal("5"));
            button("inventory-rule-save").click();
            assertThat(max.isInvalid()).isTrue();
            assertThat(max.getErrorMessage()).isEqualTo("must not be less than min (10)");
            assertThat(openDialog()).as("the dialog stays open with the input").isNotNull();
            assertThat(min.getValue()).isEqualByComparingTo("10");
            max.setValue(new BigDecimal("50"));
            component(BigDecimalField.class, "inventory-rule-multiple").setValue(new BigDecimal("5"));
            component(IntegerField.class, "inventory-rule-lead").setValue(3);
            button("inventory-rule-save").click();
            List<Object> rules = items(component(Grid.class, "inventory-rules-grid"));
            assertThat(rules).hasSize(1);
            List<Object> suggestions = items(component(Grid.class, "inventory-suggestions-grid"));
            assertThat(suggestions).hasSize(1);
            assertThat(suggestions.getFirst().toString()).contains("quantity=50");
            button("inventory-suggestions-run").click();
            assertThat(KernelViews.notifications()).contains("1 suggestion published.");
            assertThat(rows("inventory-rules-grid").getCellText(0, 5)).isEqualTo("3 days");

            @SuppressWarnings("unchecked")
            GridTester<Grid<Object>, Object> rows = new GridTester<>(component(Grid.class, "inventory-rules-grid"));
            assertThat(rows.getCellText(0, 0)).isEqualTo("LOW-1 · LOW-1");
            assertThat(rows.getCellText(0, 1)).isEqualTo("WH");
            assertThat(rows.getCellText(0, 2)).isEqualTo("10 unit");
            rows.clickRow(0);
            openDialog();
            component(BigDecimalField.class, "inventory-rule-min").setValue(new BigDecimal("1"));
            button("inventory-rule-save").click();
            assertThat(items(component(Grid.class, "inventory-suggestions-grid"))).as("2 on hand is not below 1").isEmpty();
        });
        JsonNode rules = ok(api.get(INV + "reorder-rules"));
        assertThat(rules).hasSize(1);
        assertThat(rules.get(0).get("min").decimalValue()).isEqualByComparingTo("1");
        assertThat(rules.get(0).get("multiple").decimalValue()).isEqualByComparingTo("5");
        assertThat(rules.get(0).get("leadTimeDays").asInt()).isEqualTo(3);
        VIEWS.as(VIEWS.admin("fv-rules"), () -> {
            navigate("inventory/reorder-rules");
            @SuppressWarnings("unchecked")
            GridTester<Grid<Object>, Object> rows = new GridTester<>(component(Grid.class, "inventory-rules-grid"));
            ((com.vaadin.flow.component.button.Button) rows.getCellComponent(0, 6)).click();
            MockVaadin.clientRoundtrip();
            ConfirmDialog confirm = find(ConfirmDialog.class).getFirst();
            ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
            assertThat(items(component(Grid.class, "inventory-rules-grid"))).isEmpty();
        });
        assertThat(ok(api.get(INV + "reorder-rules"))).isEmpty();
        assertThat(low).isNotNull();
    }

    @Test
    void theValuationAndTheReconciliationShowTheirFiguresHighlightADifferenceAndDownloadAsCsv() {
        ApiClient api = Stocks.tenant(KERNEL, "fv-books");
        ok(api.put("/api/v1/admin/modules/accounting", ""));
        String valued = product(api, "VAL-1");
        stockUp(api, valued, "10");
        VIEWS.as(VIEWS.admin("fv-books"), () -> {
            navigate("inventory/valuation");
            assertThat(texts()).contains("1 product, total value €25.00",
                    "The valuation agrees with the ledger on every stock account.");
            List<Object> lines = items(component(Grid.class, "inventory-valuation-grid"));
            assertThat(lines).hasSize(1);
            assertThat(csv("valuationCsv")).isEqualTo("sku,name,quantity,value\nVAL-1,VAL-1,10,25.00\ntotal,,,25.00\n");
            assertThat(csv("reconciliationCsv")).startsWith("account,layers_value,ledger_balance,difference\n1200,25.00,25.00,0.00\n");
            assertThat(component(Anchor.class, "inventory-valuation-csv").getHref()).isNotBlank();
            assertThat(component(Anchor.class, "inventory-reconciliation-csv").getHref()).isNotBlank();
            component(com.vaadin.flow.component.datepicker.DatePicker.class, "inventory-valuation-asof")
                    .setValue(LocalDate.now().minusYears(1));
            assertThat(items(component(Grid.class, "inventory-valuation-grid"))).isEmpty();
            assertThat(component(Grid.class, "inventory-valuation-grid").getEmptyStateText())
                    .isEqualTo("No stock was valued on or before this date.");
        });
        created(api.post("/api/v1/accounting/journal-entries", """
                {"date":"%s","description":"stray","post":true,"lines":[
                  {"account":"1200","debit":"5.00"},{"account":"1500","credit":"5.00"}]}""".formatted(LocalDate.now())));
        VIEWS.as(VIEWS.admin("fv-books"), () -> {
            navigate("inventory/valuation");
            assertThat(component(Paragraph.class, "inventory-reconciliation-state").getText())
                    .isEqualTo("The valuation differs from the ledger: see the highlighted accounts.");
            assertThat(csv("reconciliationCsv")).contains("1200,25.00,30.00,5.00");
            Span difference = (Span) rows("inventory-reconciliation-grid").getCellComponent(0, 3);
            assertThat(difference.getText()).isEqualTo("€5.00");
            assertThat(difference.getElement().getThemeList()).contains("error");
        });
        Stocks.tenant(KERNEL, "fv-nobooks");
        VIEWS.as(VIEWS.admin("fv-nobooks"), () -> {
            navigate("inventory/valuation");
            assertThat(component(Paragraph.class, "inventory-reconciliation-state").getText()).isEqualTo(
                    "Accounting is not enabled for this organisation, so there is no ledger to reconcile with.");
            assertThat(items(component(Grid.class, "inventory-valuation-grid"))).isEmpty();
        });
    }

    @Test
    void theDashboardWidgetShowsTheValueInTheBaseCurrencyAndTheProductsBelowMinimum() {
        ApiClient api = Stocks.tenant(KERNEL, "fv-widget");
        String low = product(api, "WID-LOW");
        stockUp(api, low, "4");
        created(api.post(INV + "reorder-rules", """
                {"productId":"%s","min":"5","max":"20"}""".formatted(low)));
        VIEWS.as(VIEWS.admin("fv-widget"), () -> {
            navigate("");
            Span value = component(Span.class, "inventory-widget-value");
            assertThat(value.getText()).isEqualTo("Stock value: €10.00");
            assertThat(value.getElement().getAttribute("data-currency")).isEqualTo("EUR");
            Anchor below = component(Anchor.class, "inventory-widget-below");
            assertThat(below.getText()).isEqualTo("Products below minimum: 1");
            assertThat(below.getHref()).isEqualTo("inventory/reorder-rules");
        });
    }

    @SuppressWarnings("unchecked")
    private static GridTester<Grid<Object>, Object> rows(String id) {
        return new GridTester<>(component(Grid.class, id));
    }

    /** The CSV a download of the valuation view holds (the view lives in the plugin's class loader). */
    private static String csv(String method) {
        Object view = currentView();
        try {
            return (String) view.getClass().getMethod(method).invoke(view);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("The valuation view has no " + method, e);
        }
    }

    private static void scan(TextField barcode, String code) {
        barcode.setValue(code);
        ComponentUtil.fireEvent(barcode, new KeyPressEvent(barcode, "Enter"));
    }

    /** Types a filter into a lazy product picker, as a user does, and picks the first product it offers. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void pick(ComboBox<?> combo, String filter) {
        ComboBoxTester tester = new ComboBoxTester((ComboBox) combo);
        tester.setFilter(filter);
        List<Object> offered = tester.getSuggestionItems();
        assertThat(offered).as("the picker offers something for " + filter).isNotEmpty();
        ((ComboBox) combo).setValue(offered.getFirst());
    }
}
