package io.tessera.plugins.accounting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.router.QueryParameters;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The tax and bank views on the running kernel with the real plugin jar on PostgreSQL (browserless): the invoice form
 * picks a price-included tax code with live totals as the service computes them, the tax report view lists the code,
 * and the bank reconciliation view imports a CAMT.053 file, applies the suggested invoice and shows zero difference.
 */
class TaxBankViewsIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    static final String SLUG = "acc-taxbank-views";
    static final KernelViews VIEWS = new KernelViews(KERNEL);
    static ApiClient api;
    static KernelViews.Member admin;

    @BeforeAll
    static void setUp() {
        api = KERNEL.provisionTenant(SLUG, "correct-horse-battery");
        assertThat(api.put("/api/v1/admin/modules/accounting", "").status()).isEqualTo(200);
        admin = VIEWS.admin(SLUG);
        assertThat(api.post("/api/v1/accounting/tax-codes/seed", "").status()).isEqualTo(200);
        ApiResponse code = api.post("/api/v1/accounting/tax-codes",
                "{\"code\":\"S20I\",\"name\":\"VAT 20 % included\",\"type\":\"sales\",\"rate\":\"20\",\"priceIncluded\":true,\"account\":\"3200\"}");
        assertThat(code.status()).as(code.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Views Customer GmbH\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/accounting/bank-accounts", "{\"name\":\"Views Bank\",\"currency\":\"EUR\"}").status()).isEqualTo(201);
    }

    @Test
    @SuppressWarnings("unchecked")
    void invoiceWithATaxCodeTaxReportAndBankReconciliation() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        asAdmin(() -> {
            UI.getCurrent().navigate("accounting/invoice", QueryParameters.of("kind", "customer"));
            assertThat(find(BigDecimalField.class, "invoice-taxrate-0").isVisible()).isFalse();
            Select<String> taxCode = find(Select.class, "invoice-taxcode-0");
            assertThat(taxCode.isVisible()).isTrue();
            assertThat(taxCode.getListDataView().getItems().toList()).contains("S20I", "VAT20").doesNotContainNull();
            find(TextField.class, "invoice-description-0").setValue("Coffee beans");
            find(BigDecimalField.class, "invoice-quantity-0").setValue(new BigDecimal("3"));
            find(BigDecimalField.class, "invoice-price-0").setValue(new BigDecimal("1.00"));
            taxCode.setValue("S20I");
            // 3.00 gross including 20 %: tax 3.00 x 20 / 120 = 0.50, net 2.50
            assertThat(amount("invoice-gross")).isEqualByComparingTo("3.00");
            assertThat(amount("invoice-tax")).isEqualByComparingTo("0.50");
            new ComboBoxTester<>((ComboBox<Object>) find(ComboBox.class, "invoice-party")).selectItem("Views Customer GmbH");
            new ButtonTester<>(find(Button.class, "invoice-confirm")).click();
            assertThat(find(Span.class, "invoice-status").getElement().getAttribute("data-state")).isEqualTo("POSTED");
            return null;
        });

        asAdmin(() -> {
            UI.getCurrent().navigate("accounting/tax-report");
            // the plugin's classes live in its PF4J class loader: the view is driven through its components only
            GridTester<Grid<Object>, Object> report = new GridTester<>((Grid<Object>) find(Grid.class, "tax-report-grid"));
            assertThat(report.size()).isEqualTo(1);
            assertThat(report.getCellText(0, 1)).isEqualTo("S20I");
            assertThat(report.getCellText(0, 4)).contains("2.50");
            assertThat(report.getCellText(0, 5)).contains("0.50");
            return null;
        });

        String bank = api.get("/api/v1/accounting/bank-accounts").json().get("items").get(0).get("id").asString();
        ApiResponse imported = api.postAs("/api/v1/accounting/bank-accounts/" + bank + "/statements", "application/xml", camt(today));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String statement = imported.json().get("id").asString();
        asAdmin(() -> {
            UI.getCurrent().navigate("accounting/bank");
            GridTester<Grid<Object>, Object> lines = new GridTester<>((Grid<Object>) find(Grid.class, "bank-lines"));
            assertThat(lines.size()).isEqualTo(1);
            // the suggestion column renders its buttons per row, when the row is fetched
            Button apply = lines.getCellComponent(0, 4).getChildren()
                    .filter(c -> c instanceof Button && c.getId().filter("bank-apply-1"::equals).isPresent())
                    .map(Button.class::cast).findFirst().orElseThrow(() -> new AssertionError("No Apply button on line 1"));
            assertThat(apply.getText()).contains("INV-000001");
            new ButtonTester<>(apply).click();
            assertThat(new GridTester<>((Grid<Object>) find(Grid.class, "bank-lines")).size()).isZero();
            return null;
        });
        JsonNode report = api.get("/api/v1/accounting/bank-accounts/" + bank + "/statements/" + statement + "/reconciliation").json();
        assertThat(report.get("difference").decimalValue()).isEqualByComparingTo("0");
        assertThat(report.get("ledgerBalance").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(api.get("/api/v1/accounting/invoices?kind=customer").json().get("items").get(0).get("open").decimalValue())
                .isEqualByComparingTo("0");
    }

    private static String camt(LocalDate day) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>VIEWS-1</Id>
                <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
                <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%1$s</Dt></Dt></Bal>
                <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">3.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%1$s</Dt></Dt></Bal>
                <Ntry><Amt Ccy="EUR">3.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>%1$s</Dt></BookgDt><AcctSvcrRef>V-1</AcctSvcrRef>
                <NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Views Customer GmbH</Nm></Dbtr></RltdPties>
                <RmtInf><Ustrd>INV-000001</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
                </Stmt></BkToCstmrStmt></Document>""".formatted(day);
    }

    private static <T> T asAdmin(Supplier<T> body) {
        return VIEWS.asUser(admin.tenant(), admin.userId(), admin.email(), admin.role(), body);
    }

    private static BigDecimal amount(String id) {
        return new BigDecimal(find(Span.class, id).getElement().getAttribute("data-amount"));
    }

    private static <T extends Component> T find(Class<T> type, String id) {
        Set<Component> found = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(UI.getCurrent()).forEach(c -> collect(c.getElement(), found));
        return found.stream().filter(c -> type.isInstance(c) && c.getId().filter(id::equals).isPresent()).map(type::cast)
                .findFirst().orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " #" + id));
    }

    private static Stream<Component> walk(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(TaxBankViewsIT::walk));
    }

    private static void collect(com.vaadin.flow.dom.Element element, Set<Component> into) {
        element.getComponent().ifPresent(into::add);
        if (!element.isTextNode()) {
            element.getChildren().forEach(child -> collect(child, into));
        }
    }
}
