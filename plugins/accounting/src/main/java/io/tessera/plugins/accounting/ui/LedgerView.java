package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import io.tessera.plugins.accounting.reports.Reports;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import io.tessera.ui.kit.notify.Notifications;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One account's general ledger with the running balance, paged; opened from a report line
 * ({@code accounting/ledger/<code>?from=&to=}).
 */
public class LedgerView extends VerticalLayout implements HasUrlParameter<String> {

    private final Reports reports;
    private final H2 title = new H2();
    private final Span opening = new Span();
    private final EntityGrid<Reports.LedgerLine> grid;
    private String account;
    private LocalDate from;
    private LocalDate to = LocalDate.now(ZoneOffset.UTC);

    /**
     * The view as the shell creates it.
     *
     * @param reports the reports
     */
    public LedgerView(Reports reports) {
        this.reports = reports;
        grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<Reports.LedgerLine> fetch(EntityQuery query) {
                return account == null ? List.of() : page(query.offset(), query.limit()).lines();
            }

            @Override
            public long count(String filter) {
                return account == null ? 0 : page(0, 1).total();
            }
        });
        grid.getSearchField().setVisible(false);
        grid.addColumn(getTranslation("accounting.ledger.date"), Reports.LedgerLine::date, null);
        grid.addColumn(getTranslation("accounting.ledger.description"), Reports.LedgerLine::description, null);
        grid.addColumn(getTranslation("accounting.reports.debit"), l -> l.debit().toPlainString(), null);
        grid.addColumn(getTranslation("accounting.reports.credit"), l -> l.credit().toPlainString(), null);
        grid.addColumn(getTranslation("accounting.reports.balance"), l -> l.balance().toPlainString(), null);
        grid.getGrid().setId("ledger-grid");
        opening.setId("ledger-opening");
        add(title, opening, grid);
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String code) {
        account = code;
        var params = event.getLocation().getQueryParameters().getParameters();
        try {
            from = params.containsKey("from") ? LocalDate.parse(params.get("from").getFirst()) : null;
            to = params.containsKey("to") ? LocalDate.parse(params.get("to").getFirst()) : LocalDate.now(ZoneOffset.UTC);
        } catch (DateTimeParseException badDate) {
            Notifications.error(new IllegalArgumentException("from/to must be dates such as 2026-12-31", badDate));
            account = null;
        }
        show();
    }

    Reports.LedgerPage page(long offset, int limit) {
        return reports.generalLedger(account, from, to, offset, limit);
    }

    private void show() {
        if (account == null) {
            title.setText(getTranslation("accounting.ledger.title", "—"));
            opening.setText("");
        } else {
            try {
                Reports.LedgerPage first = page(0, 1);
                title.setText(getTranslation("accounting.ledger.title", first.account().code() + " " + first.account().name()));
                opening.setText(getTranslation("accounting.ledger.opening", first.openingBalance().toPlainString(),
                        from == null ? "—" : from.toString(), to.toString()));
            } catch (RuntimeException refused) {
                Notifications.error(refused);
                account = null;
            }
        }
        grid.refresh();
    }
}
