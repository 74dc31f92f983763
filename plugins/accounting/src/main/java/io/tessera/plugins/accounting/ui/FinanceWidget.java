package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.accounting.chart.AccountType;
import io.tessera.plugins.accounting.common.Money;
import io.tessera.plugins.accounting.invoicing.Balances;
import io.tessera.plugins.accounting.invoicing.Receivables;
import io.tessera.plugins.accounting.reports.Reports;
import io.tessera.ui.kit.chart.BarChart;
import io.tessera.ui.kit.chart.Series;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The finance dashboard card: this year's income, expenses and net profit, with a bar chart of the three, and the
 * open receivables and payables with their overdue parts, all in the base currency.
 */
class FinanceWidget extends VerticalLayout {

    FinanceWidget(Reports reports, Receivables receivables) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Reports.Totals totals = reports.totalsBeforeClosing(today.withDayOfYear(1), today);
        int digits = Money.digits(totals.baseCurrency());
        BigDecimal income = sum(totals, AccountType.INCOME).negate().setScale(digits);
        BigDecimal expenses = sum(totals, AccountType.EXPENSE).setScale(digits);
        BigDecimal net = income.subtract(expenses);
        Span figures = new Span(getTranslation("accounting.widget.figures", income.toPlainString(), expenses.toPlainString(),
                net.toPlainString(), totals.baseCurrency()));
        figures.setId("finance-figures");
        BarChart chart = new BarChart(getTranslation("accounting.widget.chart", String.valueOf(today.getYear())));
        chart.setData(List.of(getTranslation("accounting.widget.income"), getTranslation("accounting.widget.expenses"),
                getTranslation("accounting.widget.net")), List.of(new Series(totals.baseCurrency(), List.of(income, expenses, net))));
        Balances.BaseTotals open = receivables.baseTotals();
        Span openFigures = new Span(getTranslation("accounting.widget.open", open.receivable().toPlainString(),
                open.overdueReceivable().toPlainString(), open.payable().toPlainString(), open.overduePayable().toPlainString(),
                open.baseCurrency()));
        openFigures.setId("finance-open");
        openFigures.getElement().setAttribute("data-receivable", open.receivable().toPlainString());
        openFigures.getElement().setAttribute("data-payable", open.payable().toPlainString());
        openFigures.getElement().setAttribute("data-overdue-receivable", open.overdueReceivable().toPlainString());
        openFigures.getElement().setAttribute("data-overdue-payable", open.overduePayable().toPlainString());
        setPadding(false);
        add(figures, openFigures, chart);
    }

    private static BigDecimal sum(Reports.Totals totals, AccountType type) {
        return totals.lines().stream().filter(l -> l.type() == type).map(Reports.Line::balance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
