package io.tessera.plugins.accounting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import io.tessera.plugins.accounting.chart.AccountType;
import io.tessera.plugins.accounting.reports.Reports;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reports view: which lines each report lists, its totals, the dates it asks for, drill-down and CSV (browserless). */
@ViewPackages(packages = "io.tessera.plugins.accounting.ui")
class ReportsViewTest extends BrowserlessTest {

    private static final List<Reports.Line> LINES = List.of(
            line("1000", "Cash, on hand", AccountType.ASSET, "1190.00", "200.00"),
            line("2000", "Loan", AccountType.LIABILITY, "0.00", "500.00"),
            line("3000", "=Capital", AccountType.EQUITY, "0.00", "300.00"),
            line("4000", "Sales", AccountType.INCOME, "0.00", "1000.00"),
            line("6000", "Rent", AccountType.EXPENSE, "810.00", "0.00"));

    private final List<LocalDate[]> asked = new ArrayList<>();
    private ReportsView view;

    @BeforeEach
    void open() {
        view = new ReportsView((from, to) -> {
            asked.add(new LocalDate[] {from, to});
            return new Reports.Totals("EUR", LINES);
        });
        UI.getCurrent().add(view);
    }

    @Test
    void trialBalanceListsEveryAccountAndBalances() {
        assertThat(view.table().lines()).hasSize(5);
        assertThat(view.table().debit()).isEqualByComparingTo("2000.00");
        assertThat(view.table().credit()).isEqualByComparingTo("2000.00");
        assertThat(view.table().result()).isEqualByComparingTo("0");
        assertThat(test(view.grid()).size()).isEqualTo(5);
        assertThat(asked.getLast()[0]).isNull();
        assertThat(asked.getLast()[1]).isEqualTo(view.toPicker().getValue());
    }

    @Test
    void profitAndLossAndBalanceSheetListTheirTypesWithTheirBottomLine() {
        test(view.fromPicker()).setValue(LocalDate.of(2026, 1, 1));
        view.kindSelect().setValue(ReportKind.PROFIT_AND_LOSS);
        assertThat(view.kindSelect().getValue()).isEqualTo(ReportKind.PROFIT_AND_LOSS);
        assertThat(view.table().lines()).extracting(Reports.Line::code).containsExactly("4000", "6000");
        assertThat(view.table().result()).isEqualByComparingTo("190.00"); // 1000 income − 810 expenses
        assertThat(asked.getLast()[0]).isEqualTo(LocalDate.of(2026, 1, 1));

        view.kindSelect().setValue(ReportKind.BALANCE_SHEET);
        assertThat(view.table().lines()).extracting(Reports.Line::code).containsExactly("1000", "2000", "3000");
        assertThat(view.table().result()).isEqualByComparingTo("190.00"); // unclosed earnings
        assertThat(asked.getLast()[0]).isNull(); // as of a date: everything up to it
        assertThat(view.fromPicker().isEnabled()).isFalse();
    }

    @Test
    void drillDownOpensTheAccountsLedgerForTheSameDatesAndCsvHasTheLines() {
        view.toPicker().setValue(LocalDate.of(2026, 6, 30));
        view.fromPicker().setValue(LocalDate.of(2026, 1, 1));
        view.refresh();
        assertThat(view.ledgerLocation(LINES.get(3)).getPathWithQueryParameters())
                .isEqualTo("accounting/ledger/4000?from=2026-01-01&to=2026-06-30");
        String csv = new String(view.table().csv(), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(6).startsWith("account,name,type,debit,credit,balance");
        assertThat(csv).contains("1000,\"Cash, on hand\",ASSET,1190.00,200.00,990.00")
                .contains("3000,'=Capital,EQUITY,0.00,300.00,-300.00");
    }

    private static Reports.Line line(String code, String name, AccountType type, String debit, String credit) {
        return new Reports.Line(code, name, type, new BigDecimal(debit), new BigDecimal(credit));
    }
}
