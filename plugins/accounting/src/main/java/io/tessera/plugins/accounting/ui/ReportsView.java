package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.tessera.plugins.accounting.reports.Reports;
import io.tessera.ui.kit.notify.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TreeMap;
import java.util.Map;

/**
 * Trial balance, profit and loss and balance sheet for a period or as of a date, in the base currency. A click
 * on a line opens that account's general ledger for the same dates; "CSV" downloads the lines shown.
 */
public class ReportsView extends VerticalLayout {

    /** Where the view reads the period's account totals. */
    interface TotalsSource {
        Reports.Totals totals(LocalDate from, LocalDate to);

        /** The totals a profit and loss shows: without year-end closing entries. */
        default Reports.Totals beforeClosing(LocalDate from, LocalDate to) {
            return totals(from, to);
        }
    }

    private final TotalsSource reports;
    private final Select<ReportKind> kind = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<Reports.Line> grid = new Grid<>();
    private final Span summary = new Span();
    private final Anchor csv = new Anchor();
    private ReportTable table;

    /**
     * The view as the shell creates it.
     *
     * @param reports the reports
     */
    @Autowired
    public ReportsView(Reports reports) {
        this(new TotalsSource() {
            @Override
            public Reports.Totals totals(LocalDate from, LocalDate to) {
                return reports.totals(from, to);
            }

            @Override
            public Reports.Totals beforeClosing(LocalDate from, LocalDate to) {
                return reports.totalsBeforeClosing(from, to);
            }
        });
    }

    ReportsView(TotalsSource reports) {
        this.reports = reports;
        add(new H2(getTranslation("accounting.reports.title")));
        kind.setLabel(getTranslation("accounting.reports.kind"));
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.key()));
        kind.setValue(ReportKind.TRIAL_BALANCE);
        kind.setId("report-kind");
        from.setLabel(getTranslation("accounting.reports.from"));
        from.setId("report-from");
        from.setClearButtonVisible(true);
        to.setLabel(getTranslation("accounting.reports.to"));
        to.setValue(LocalDate.now(ZoneOffset.UTC));
        to.setId("report-to");
        Button run = new Button(getTranslation("accounting.reports.run"), e -> refresh());
        run.setId("report-run");
        csv.setText(getTranslation("accounting.reports.csv"));
        csv.setId("report-csv");
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = table == null ? new byte[0] : table.csv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(), "text/csv;charset=UTF-8", bytes.length);
        }));
        kind.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(kind, from, to, run, csv);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.addColumn(Reports.Line::code).setHeader(getTranslation("accounting.reports.account")).setAutoWidth(true);
        grid.addColumn(Reports.Line::name).setHeader(getTranslation("accounting.reports.name")).setFlexGrow(1);
        grid.addColumn(l -> getTranslation("accounting.type." + l.type().name().toLowerCase()))
                .setHeader(getTranslation("accounting.reports.type"));
        grid.addColumn(l -> l.debit().toPlainString()).setHeader(getTranslation("accounting.reports.debit"));
        grid.addColumn(l -> l.credit().toPlainString()).setHeader(getTranslation("accounting.reports.credit"));
        grid.addColumn(l -> l.balance().toPlainString()).setHeader(getTranslation("accounting.reports.balance"));
        grid.addItemClickListener(e -> drillDown(e.getItem()));
        grid.setId("report-grid");
        summary.setId("report-summary");
        add(bar, grid, summary);
        setSizeFull();
        refresh();
    }

    ReportTable table() {
        return table;
    }

    Grid<Reports.Line> grid() {
        return grid;
    }

    Span summary() {
        return summary;
    }

    Select<ReportKind> kindSelect() {
        return kind;
    }

    DatePicker toPicker() {
        return to;
    }

    void refresh() {
        ReportKind k = kind.getValue();
        from.setEnabled(k.period());
        LocalDate start = k.period() ? from.getValue() : null;
        try {
            Reports.Totals totals = k == ReportKind.PROFIT_AND_LOSS ? reports.beforeClosing(start, to.getValue())
                    : reports.totals(start, to.getValue());
            table = ReportTable.of(k, totals.lines());
            grid.setItems(table.lines());
            String result = getTranslation("accounting.reports.result." + k.key().substring("accounting.report.".length()),
                    table.result().toPlainString(), totals.baseCurrency());
            summary.setText(getTranslation("accounting.reports.totals", table.debit().toPlainString(),
                    table.credit().toPlainString()) + " · " + result);
        } catch (RuntimeException refused) {
            Notifications.error(refused);
        }
    }

    private void drillDown(Reports.Line line) {
        Location target = ledgerLocation(line);
        getUI().ifPresent(ui -> ui.navigate(target.getPath(), target.getQueryParameters()));
    }

    /** The general ledger of a line's account for the report's dates. */
    Location ledgerLocation(Reports.Line line) {
        Map<String, String> params = new TreeMap<>();
        if (kind.getValue().period() && from.getValue() != null) {
            params.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            params.put("to", to.getValue().toString());
        }
        return new Location("accounting/ledger/" + line.code(), QueryParameters.simple(params));
    }

    DatePicker fromPicker() {
        return from;
    }

    private String fileName() {
        ReportKind k = table == null ? kind.getValue() : table.kind();
        return k.key().substring("accounting.report.".length()) + "-" + to.getValue() + ".csv";
    }
}
