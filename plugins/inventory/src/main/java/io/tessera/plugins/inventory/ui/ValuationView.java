package io.tessera.plugins.inventory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.tessera.plugins.inventory.valuation.ValuationReport;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The stock valuation as of a date (per product quantity and value, more on demand by keyset; the totals over all
 * products) and its reconciliation with the ledger (per stock account the layers' value against the account's
 * balance, a difference highlighted), each downloadable as CSV.
 */
public class ValuationView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 100;

    private final ValuationReport report;
    private final TenantJdbc db;
    private final DatePicker asOf = new DatePicker();
    private final Grid<ValuationReport.Line> lines = new Grid<>();
    private final Grid<ValuationReport.AccountLine> accounts = new Grid<>();
    private final Span totals = new Span();
    private final Paragraph reconciliationState = new Paragraph();
    private final Button more = new Button();
    private final List<ValuationReport.Line> shown = new ArrayList<>();
    private final int digits;
    private Anchor reconciliationCsv;
    private ValuationReport.Page last;

    /**
     * The view as the shell creates it.
     *
     * @param report the valuation report
     * @param db     database access
     */
    public ValuationView(ValuationReport report, TenantJdbc db) {
        this.report = report;
        this.db = db;
        TenantFormat format = TenantFormat.current();
        digits = format.baseCurrency().map(java.util.Currency::getDefaultFractionDigits).filter(d -> d >= 0).orElse(2);
        asOf.setLabel(getTranslation("inventory.valuation.asOf"));
        asOf.setLocale(format.locale());
        asOf.setValue(format.today());
        asOf.setId("inventory-valuation-asof");
        asOf.addValueChangeListener(e -> refresh());
        Anchor csv = download("inventory-valuation-csv", "inventory.valuation.csv", () -> "stock-valuation-" + asOf.getValue() + ".csv",
                this::valuationCsv);
        HorizontalLayout bar = new HorizontalLayout(asOf, csv);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        lines.addColumn(ValuationReport.Line::sku).setHeader(getTranslation("inventory.valuation.sku")).setAutoWidth(true);
        lines.addColumn(ValuationReport.Line::name).setHeader(getTranslation("inventory.valuation.name")).setFlexGrow(1);
        lines.addColumn(l -> format.number(l.quantity())).setHeader(getTranslation("inventory.moves.quantity"))
                .setTextAlign(ColumnTextAlign.END);
        lines.addColumn(l -> format.money(l.value())).setHeader(getTranslation("inventory.valuation.value"))
                .setTextAlign(ColumnTextAlign.END);
        lines.setEmptyStateText(getTranslation("inventory.valuation.empty"));
        lines.setAllRowsVisible(true);
        lines.setId("inventory-valuation-grid");
        totals.setId("inventory-valuation-totals");
        more.setText(getTranslation("inventory.list.more"));
        more.setId("inventory-valuation-more");
        more.addClickListener(e -> loadMore());

        reconciliationCsv = download("inventory-reconciliation-csv", "inventory.reconciliation.csv",
                () -> "stock-reconciliation-" + asOf.getValue() + ".csv", this::reconciliationCsv);
        accounts.addColumn(ValuationReport.AccountLine::account).setHeader(getTranslation("inventory.reconciliation.account"))
                .setAutoWidth(true);
        accounts.addColumn(a -> format.money(a.layersValue())).setHeader(getTranslation("inventory.reconciliation.layers"))
                .setTextAlign(ColumnTextAlign.END);
        accounts.addColumn(a -> format.money(a.ledgerBalance())).setHeader(getTranslation("inventory.reconciliation.ledger"))
                .setTextAlign(ColumnTextAlign.END);
        accounts.addComponentColumn(a -> {
            Span difference = new Span(format.money(a.difference()));
            if (a.difference().signum() != 0) {
                difference.getElement().getThemeList().add("badge error");
                difference.getStyle().set("color", "var(--vaadin-text-color-error, #c5221f)").set("font-weight", "600");
            }
            return difference;
        }).setHeader(getTranslation("inventory.reconciliation.difference")).setTextAlign(ColumnTextAlign.END);
        accounts.setPartNameGenerator(a -> a.difference().signum() != 0 ? "inventory-differs" : null);
        accounts.setAllRowsVisible(true);
        accounts.setEmptyStateText(getTranslation("inventory.reconciliation.empty"));
        accounts.setId("inventory-reconciliation-grid");
        reconciliationState.setId("inventory-reconciliation-state");
        add(new H2(getTranslation("inventory.valuation.title")), bar, totals, lines, more,
                new H3(getTranslation("inventory.reconciliation.title")), reconciliationCsv, reconciliationState, accounts);
        setWidthFull();
        refresh();
    }

    private Anchor download(String id, String label, java.util.function.Supplier<String> fileName,
                            java.util.function.Supplier<String> content) {
        Anchor anchor = new Anchor();
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation(label)));
        anchor.setId(id);
        anchor.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.get(), "text/csv;charset=UTF-8", bytes.length);
        }));
        return anchor;
    }

    private void refresh() {
        shown.clear();
        last = null;
        loadMore();
        TenantFormat format = TenantFormat.current();
        try {
            ValuationReport.Reconciliation r = db.tx().read(() -> report.reconciliation(date()));
            accounts.setItems(r.accounts());
            accounts.setVisible(true);
            reconciliationCsv.setVisible(true);
            String state = getTranslation(r.agree() ? "inventory.reconciliation.agree" : "inventory.reconciliation.differ");
            if (r.unpostedValue().signum() != 0) {
                state += " " + getTranslation("inventory.reconciliation.unposted", format.money(r.unpostedValue()));
            }
            reconciliationState.setText(state);
            reconciliationState.getStyle().set("color", r.agree() ? null : "var(--vaadin-text-color-error, #c5221f)");
        } catch (ApiProblem refused) {
            accounts.setItems(List.of());
            accounts.setVisible(false);
            reconciliationCsv.setVisible(false);
            reconciliationState.setText(getTranslation("inventory.reconciliation.noAccounting"));
        }
    }

    private void loadMore() {
        LocalDate date = date();
        last = db.tx().read(() -> report.valuation(date, shown.isEmpty() ? null : shown.getLast().productId(), PAGE));
        shown.addAll(last.lines());
        lines.setItems(shown);
        more.setVisible(last.next() != null);
        TenantFormat format = TenantFormat.current();
        totals.setText(getTranslation("inventory.valuation.totals", last.products(), format.money(last.totalValue())));
    }

    private LocalDate date() {
        return asOf.getValue() == null ? TenantFormat.current().today() : asOf.getValue();
    }

    /**
     * What the valuation download holds: every product of the valuation as of the date shown (all pages), then the
     * total.
     *
     * @return the CSV text
     */
    public String valuationCsv() {
        LocalDate date = date();
        StringBuilder csv = new StringBuilder("sku,name,quantity,value\n");
        ValuationReport.Page page = null;
        do {
            java.util.UUID after = page == null ? null : page.next();
            page = db.tx().read(() -> report.valuation(date, after, 500));
            for (ValuationReport.Line l : page.lines()) {
                csv.append(cell(l.sku())).append(',').append(cell(l.name())).append(',')
                        .append(l.quantity().stripTrailingZeros().toPlainString()).append(',')
                        .append(money(l.value())).append('\n');
            }
        } while (page.next() != null);
        csv.append("total,,,").append(money(page.totalValue())).append('\n');
        return csv.toString();
    }

    /**
     * What the reconciliation download holds: per stock account the layers' value, the ledger balance and the
     * difference, then the unposted value; a line saying why when accounting is not enabled.
     *
     * @return the CSV text
     */
    public String reconciliationCsv() {
        StringBuilder csv = new StringBuilder("account,layers_value,ledger_balance,difference\n");
        try {
            ValuationReport.Reconciliation r = db.tx().read(() -> report.reconciliation(date()));
            for (ValuationReport.AccountLine a : r.accounts()) {
                csv.append(cell(a.account())).append(',').append(money(a.layersValue())).append(',')
                        .append(money(a.ledgerBalance())).append(',').append(money(a.difference())).append('\n');
            }
            csv.append("unposted,").append(money(r.unpostedValue())).append(",,\n");
        } catch (ApiProblem refused) {
            csv.append(cell(refused.getMessage())).append(",,,\n");
        }
        return csv.toString();
    }

    /** An amount with the base currency's minor units, e.g. {@code 25.00}. */
    private String money(java.math.BigDecimal amount) {
        return amount.setScale(digits, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** A CSV cell: quoted when it holds a comma, quote or line break; a leading formula character neutralised. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inventory.valuation.title");
    }
}
