package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.tessera.plugins.accounting.common.Csv;
import io.tessera.plugins.accounting.reports.TaxReport;
import io.tessera.ui.kit.format.TenantFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tax report of a period: per code, sales then purchases, the taxable base and the tax in the base currency, the tax
 * owed (sales minus purchases); a click on a code lists its documents; CSV of the lines shown.
 */
public class TaxReportView extends VerticalLayout implements HasDynamicTitle {

    /** Where the view reads the report. */
    interface Source {
        TaxReport.Result report(LocalDate from, LocalDate to);
    }

    private final Source source;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<TaxReport.Line> grid = new Grid<>();
    private final Span summary = new Span();
    private final H3 drillTitle = new H3();
    private final Grid<TaxReport.Document> documents = new Grid<>();
    private final Anchor csv = new Anchor();
    private TaxReport.Result result;

    /**
     * The view as the shell creates it.
     *
     * @param report the tax report
     */
    @Autowired
    public TaxReportView(TaxReport report) {
        this(report::forPeriod);
    }

    TaxReportView(Source source) {
        this.source = source;
        TenantFormat format = TenantFormat.current();
        add(new H2(getTranslation("accounting.taxReport.title")));
        LocalDate today = format.today();
        LocalDate quarter = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3);
        from.setLabel(getTranslation("accounting.reports.from"));
        from.setValue(quarter);
        from.setId("tax-report-from");
        to.setLabel(getTranslation("accounting.reports.to"));
        to.setValue(quarter.plusMonths(3).minusDays(1));
        to.setId("tax-report-to");
        Button run = new Button(getTranslation("accounting.reports.run"), e -> refresh());
        run.setId("tax-report-run");
        csv.setText(getTranslation("accounting.reports.csv"));
        csv.setId("tax-report-csv");
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "tax-" + from.getValue() + "-" + to.getValue() + ".csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }));
        FlexLayout bar = new FlexLayout(from, to, run, csv);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--vaadin-gap-s, 0.5rem)");
        grid.addColumn(l -> getTranslation("accounting.tax.type." + l.type().toLowerCase())).setHeader(getTranslation("accounting.tax.type"));
        grid.addColumn(l -> l.code().isEmpty() ? getTranslation("accounting.taxReport.freeRate") : l.code())
                .setHeader(getTranslation("accounting.tax.code"));
        grid.addColumn(TaxReport.Line::name).setHeader(getTranslation("accounting.tax.name")).setFlexGrow(1);
        grid.addColumn(l -> l.rate() == null ? "" : format.number(l.rate(), 2) + " %").setHeader(getTranslation("accounting.tax.rate"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> format.money(l.base(), result.baseCurrency())).setHeader(getTranslation("accounting.taxReport.base"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> format.money(l.tax(), result.baseCurrency())).setHeader(getTranslation("accounting.taxReport.tax"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> format.number(l.documents().size())).setHeader(getTranslation("accounting.taxReport.documents"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setEmptyStateText(getTranslation("accounting.taxReport.empty"));
        grid.addItemClickListener(e -> drillDown(e.getItem()));
        grid.setAllRowsVisible(true);
        grid.setId("tax-report-grid");
        summary.setId("tax-report-summary");
        documents.addColumn(TaxReport.Document::number).setHeader(getTranslation("accounting.invoices.number"));
        documents.addColumn(d -> format.date(d.date())).setHeader(getTranslation("accounting.invoice.date"));
        documents.addColumn(d -> format.money(d.net(), d.currency())).setHeader(getTranslation("accounting.taxReport.base"))
                .setTextAlign(ColumnTextAlign.END);
        documents.addColumn(d -> format.money(d.tax(), d.currency())).setHeader(getTranslation("accounting.taxReport.tax"))
                .setTextAlign(ColumnTextAlign.END);
        documents.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AccountingUi.INVOICE_ROUTE + "/" + e.getItem().invoiceId())));
        documents.setAllRowsVisible(true);
        documents.setVisible(false);
        documents.setId("tax-report-documents");
        add(bar, grid, summary, drillTitle, documents);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounting.taxReport.title");
    }

    Grid<TaxReport.Line> grid() {
        return grid;
    }

    Grid<TaxReport.Document> documents() {
        return documents;
    }

    Span summary() {
        return summary;
    }

    DatePicker fromPicker() {
        return from;
    }

    DatePicker toPicker() {
        return to;
    }

    void refresh() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            summary.setText(getTranslation("accounting.taxReport.pickPeriod"));
            return;
        }
        result = source.report(from.getValue(), to.getValue());
        grid.setItems(result.lines());
        TenantFormat format = TenantFormat.current();
        summary.setText(getTranslation("accounting.taxReport.summary", format.money(result.salesTax(), result.baseCurrency()),
                format.money(result.purchaseTax(), result.baseCurrency()), format.money(result.netTax(), result.baseCurrency())));
        documents.setVisible(false);
        drillTitle.setText("");
    }

    void drillDown(TaxReport.Line line) {
        drillTitle.setText(getTranslation("accounting.taxReport.documentsOf", line.code().isEmpty()
                ? getTranslation("accounting.taxReport.freeRate") : line.code()));
        documents.setItems(line.documents());
        documents.setVisible(true);
    }

    byte[] csv() {
        List<List<Object>> rows = new ArrayList<>();
        if (result != null) {
            result.lines().forEach(l -> rows.add(Arrays.asList(l.type().toLowerCase(), l.code(), l.name(), l.rate(), l.base(), l.tax(),
                    l.documents().size())));
        }
        return Csv.text(List.of("type", "code", "name", "rate", "base", "tax", "documents"), rows).getBytes(StandardCharsets.UTF_8);
    }
}
