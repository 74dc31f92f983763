package io.tessera.plugins.accounting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import io.tessera.plugins.accounting.reports.TaxReport;
import io.tessera.plugins.accounting.tax.TaxCode;
import io.tessera.plugins.accounting.tax.TaxCodeBody;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The tax codes view (list, empty state, seed, refusals on the fields) and the tax report view (browserless). */
@ViewPackages(packages = "io.tessera.plugins.accounting.ui")
class TaxViewsTest extends BrowserlessTest {

    @Test
    void taxCodesListSeedAndMarkTheFieldsARefusalNames() {
        List<TaxCode> codes = new ArrayList<>();
        List<TaxCodeBody> sent = new ArrayList<>();
        TaxCodesView view = new TaxCodesView(new TaxCodesView.Source() {
            @Override
            public List<TaxCode> codes() {
                return List.copyOf(codes);
            }

            @Override
            public TaxCode create(TaxCodeBody body) {
                sent.add(body);
                if (body.account() == null || body.account().isBlank()) {
                    throw new ApiProblem(422, "The tax code is invalid", List.of(new ApiProblem.FieldError("code", "is required"),
                            new ApiProblem.FieldError("account", "is required")));
                }
                TaxCode code = new TaxCode(UUID.randomUUID(), body.code(), body.name(), body.type().toUpperCase(), body.rate(),
                        body.priceIncluded(), UUID.randomUUID(), body.account(), null, null);
                codes.add(code);
                return code;
            }

            @Override
            public int seed() {
                codes.add(new TaxCode(UUID.randomUUID(), "SALESTAX", "Sales tax", "SALES", null, false, UUID.randomUUID(), "2200",
                        null, LocalDate.of(2026, 12, 31)));
                return 1;
            }
        });
        UI.getCurrent().add(view);
        assertThat(view.getPageTitle()).contains("accounting.tax.title"); // no I18NProvider in a browserless unit test: keys show
        assertThat(test(view.grid()).size()).isZero();
        assertThat(view.grid().getEmptyStateText()).contains("accounting.tax.empty");

        view.seed();
        assertThat(test(view.grid()).size()).isEqualTo(1);
        assertThat(test(view.grid()).getCellText(0, 3)).contains("accounting.tax.noRate");
        assertThat(test(view.grid()).getCellText(0, 6)).isEqualTo("… – Dec 31, 2026");

        test(view.codeField()).setValue("");
        view.addCode();
        assertThat(view.codeField().isInvalid()).isTrue();
        assertThat(view.accountField().isInvalid()).isTrue();
        assertThat(view.accountField().getErrorMessage()).isEqualTo("is required");
        assertThat(view.nameField().isInvalid()).isFalse();

        test(view.codeField()).setValue("VAT7");
        test(view.nameField()).setValue("VAT 7 %");
        test(view.rateField()).setValue(new BigDecimal("7"));
        test(view.accountField()).setValue("3200");
        view.addCode();
        assertThat(sent.getLast().rate()).isEqualByComparingTo("7");
        assertThat(view.accountField().isInvalid()).isFalse();
        assertThat(test(view.grid()).size()).isEqualTo(2);
        assertThat(test(view.grid()).getCellText(1, 3)).isEqualTo("7.00 %");
        assertThat(view.codeField().getValue()).isEmpty();
    }

    @Test
    void taxReportShowsCodesTotalsDocumentsAndCsv() {
        List<LocalDate[]> asked = new ArrayList<>();
        TaxReport.Document doc = new TaxReport.Document(UUID.randomUUID(), "INV-000007", LocalDate.of(2026, 2, 3), UUID.randomUUID(),
                "EUR", new BigDecimal("1000.00"), new BigDecimal("200.00"), new BigDecimal("1000.00"), new BigDecimal("200.00"));
        TaxReport.Result result = new TaxReport.Result(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "EUR", List.of(
                new TaxReport.Line("SALES", "VAT20", "VAT 20 %, standard", new BigDecimal("20"), new BigDecimal("1000.00"),
                        new BigDecimal("200.00"), List.of(doc)),
                new TaxReport.Line("PURCHASE", "VAT20", "Input VAT 20 %", new BigDecimal("20"), new BigDecimal("250.00"),
                        new BigDecimal("50.00"), List.of())),
                new BigDecimal("200.00"), new BigDecimal("50.00"), new BigDecimal("150.00"));
        TaxReportView view = new TaxReportView((from, to) -> {
            asked.add(new LocalDate[] {from, to});
            return result;
        });
        UI.getCurrent().add(view);
        assertThat(view.getPageTitle()).contains("accounting.taxReport.title");
        assertThat(asked).hasSize(1);
        assertThat(asked.getFirst()[0].getDayOfMonth()).isEqualTo(1);
        assertThat((asked.getFirst()[0].getMonthValue() - 1) % 3).isZero(); // the current quarter
        assertThat(test(view.grid()).size()).isEqualTo(2);
        assertThat(test(view.grid()).getCellText(0, 0)).contains("accounting.tax.type.sales");
        assertThat(test(view.grid()).getCellText(0, 5)).isEqualTo("€200.00");
        assertThat(test(view.grid()).getCellText(0, 4)).isEqualTo("€1,000.00");
        assertThat(view.summary().getText()).contains("accounting.taxReport.summary");

        view.drillDown(result.lines().getFirst());
        assertThat(view.documents().isVisible()).isTrue();
        assertThat(test(view.documents()).getCellText(0, 0)).isEqualTo("INV-000007");

        String csv = new String(view.csv(), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).containsExactly("type,code,name,rate,base,tax,documents",
                "sales,VAT20,\"VAT 20 %, standard\",20,1000.00,200.00,1", "purchase,VAT20,Input VAT 20 %,20,250.00,50.00,0");

        view.fromPicker().setValue(LocalDate.of(2026, 4, 1));
        view.toPicker().setValue(LocalDate.of(2026, 3, 1));
        view.refresh();
        assertThat(asked).hasSize(1);
        assertThat(view.summary().getText()).contains("accounting.taxReport.pickPeriod");
    }
}
