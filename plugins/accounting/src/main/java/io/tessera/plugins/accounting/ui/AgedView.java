package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.tessera.plugins.accounting.common.Csv;
import io.tessera.plugins.accounting.invoicing.Balances;
import io.tessera.plugins.accounting.invoicing.InvoiceView;
import io.tessera.plugins.accounting.invoicing.Receivables;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/**
 * Aged receivables or payables as of a date: per party and currency the open amounts in the buckets the service
 * computes (current, 1–30, 31–60, 61–90, over 90 days past due). A click on a party lists the documents its row adds
 * up: those open at the report date, with their open amounts at that date (a click on one opens it); CSV export of
 * the rows shown.
 */
public class AgedView extends VerticalLayout {

    private final Receivables receivables;
    private final Select<String> kind = new Select<>();
    private final DatePicker asOf = new DatePicker();
    private final Grid<Balances.AgedRow> grid = new Grid<>();
    private final H3 drillTitle = new H3();
    private final Grid<InvoiceView> documents = new Grid<>();
    private final Anchor csv = new Anchor();
    private List<Balances.AgedRow> rows = List.of();

    /**
     * The view as the shell creates it.
     *
     * @param receivables invoices and payments
     */
    public AgedView(Receivables receivables) {
        this.receivables = receivables;
        add(new H2(getTranslation("accounting.aged.title")));
        kind.setLabel(getTranslation("accounting.aged.kind"));
        kind.setItems("customer", "vendor");
        kind.setItemLabelGenerator(k -> getTranslation("accounting.aged." + k));
        kind.setValue("customer");
        kind.setId("aged-kind");
        asOf.setLabel(getTranslation("accounting.aged.asOf"));
        asOf.setValue(LocalDate.now(ZoneOffset.UTC));
        asOf.setId("aged-asof");
        csv.setText(getTranslation("accounting.reports.csv"));
        csv.setId("aged-csv");
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(), "text/csv;charset=UTF-8", bytes.length);
        }));
        HorizontalLayout bar = new HorizontalLayout(kind, asOf, csv);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.addColumn(r -> r.partyName() == null ? r.partyId().toString() : r.partyName())
                .setHeader(getTranslation("accounting.invoice.party")).setFlexGrow(1);
        grid.addColumn(Balances.AgedRow::currency).setHeader(getTranslation("accounting.invoice.currency"));
        amount("accounting.aged.current", Balances.AgedRow::current);
        amount("accounting.aged.days1to30", Balances.AgedRow::days1to30);
        amount("accounting.aged.days31to60", Balances.AgedRow::days31to60);
        amount("accounting.aged.days61to90", Balances.AgedRow::days61to90);
        amount("accounting.aged.over90", Balances.AgedRow::over90);
        amount("accounting.aged.total", Balances.AgedRow::total);
        grid.addItemClickListener(e -> drillDown(e.getItem()));
        grid.setAllRowsVisible(true);
        grid.setId("aged-grid");
        drillTitle.setId("aged-drill-title");
        documents.addColumn(InvoiceView::number).setHeader(getTranslation("accounting.invoices.number"));
        documents.addColumn(InvoiceView::date).setHeader(getTranslation("accounting.invoice.date"));
        documents.addColumn(InvoiceView::dueDate).setHeader(getTranslation("accounting.invoice.dueDate"));
        documents.addColumn(d -> d.total().toPlainString()).setHeader(getTranslation("accounting.invoices.total"));
        documents.addColumn(d -> d.open().toPlainString()).setHeader(getTranslation("accounting.invoices.open"));
        documents.addItemClickListener(e -> UI.getCurrent().navigate(AccountingUi.INVOICE_ROUTE + "/" + e.getItem().id()));
        documents.setAllRowsVisible(true);
        documents.setId("aged-documents");
        documents.setVisible(false);
        kind.addValueChangeListener(e -> refresh());
        asOf.addValueChangeListener(e -> refresh());
        add(bar, grid, drillTitle, documents);
        setSizeFull();
        refresh();
    }

    private void amount(String key, Function<Balances.AgedRow, BigDecimal> value) {
        grid.addColumn(r -> value.apply(r).toPlainString()).setHeader(getTranslation(key));
    }

    private void refresh() {
        rows = asOf.getValue() == null ? List.of() : receivables.aged(kind.getValue(), asOf.getValue());
        grid.setItems(rows);
        documents.setVisible(false);
        drillTitle.setText("");
    }

    /** The party's documents of this kind and currency open at the report date, with their open amounts then. */
    private void drillDown(Balances.AgedRow row) {
        List<InvoiceView> open = asOf.getValue() == null ? List.of()
                : receivables.openAsOf(kind.getValue(), row.partyId(), row.currency(), asOf.getValue());
        drillTitle.setText(getTranslation("accounting.aged.documentsOf", row.partyName() == null ? "" : row.partyName(),
                row.currency()));
        documents.setItems(open);
        documents.setVisible(true);
    }

    byte[] csv() {
        return Csv.text(Balances.AGED_CSV_HEADER, Balances.agedCsvRows(rows)).getBytes(StandardCharsets.UTF_8);
    }

    private String fileName() {
        return ("customer".equals(kind.getValue()) ? "aged-receivables-" : "aged-payables-") + asOf.getValue() + ".csv";
    }
}
