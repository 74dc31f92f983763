package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import io.tessera.plugins.accounting.invoicing.InvoiceView;
import io.tessera.plugins.accounting.invoicing.Receivables;
import io.tessera.sdk.party.PartySummary;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Invoices, bills and credit notes, newest first, paged lazily; filtered by kind, state, party and overdue. A click
 * opens the document; buttons start a new invoice, bill or payment.
 */
public class InvoicesView extends VerticalLayout {

    /** A listed document with its party's name (names of a page are read in one query). */
    record Row(InvoiceView invoice, String partyName) {
    }

    private final Receivables receivables;
    private final Select<String> kind = new Select<>();
    private final Select<String> state = new Select<>();
    private final ComboBox<PartySummary> party = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();
    private final EntityGrid<Row> grid;

    /**
     * The view as the shell creates it.
     *
     * @param receivables invoices and payments
     */
    public InvoicesView(Receivables receivables) {
        this.receivables = receivables;
        add(new H2(getTranslation("accounting.invoices.title")));
        kind.setLabel(getTranslation("accounting.invoice.kind"));
        kind.setItems("customer", "vendor");
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("accounting.invoices.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("accounting.invoices.all") : getTranslation("accounting.kind." + k));
        kind.setId("invoices-kind");
        state.setLabel(getTranslation("accounting.invoices.state"));
        state.setItems("DRAFT", "POSTED");
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("accounting.invoices.all"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("accounting.invoices.all")
                : getTranslation("accounting.invoice.state." + s.toLowerCase()));
        state.setId("invoices-state");
        party.setLabel(getTranslation("accounting.invoice.party"));
        party.setItems(q -> receivables.parties(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        party.setItemLabelGenerator(PartySummary::name);
        party.setClearButtonVisible(true);
        party.setId("invoices-party");
        overdue.setLabel(getTranslation("accounting.invoices.overdue"));
        overdue.setId("invoices-overdue");
        grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<Row> fetch(EntityQuery query) {
                List<InvoiceView> page = receivables.page(filter(), query.offset(), query.limit());
                Map<UUID, PartySummary> names = receivables.parties(page.stream().map(InvoiceView::partyId).distinct().toList());
                return page.stream().map(i -> new Row(i, names.containsKey(i.partyId()) ? names.get(i.partyId()).name() : ""))
                        .toList();
            }

            @Override
            public long count(String filter) {
                return receivables.count(filter());
            }
        });
        grid.addFilter(kind);
        grid.addFilter(state);
        grid.addFilter(party);
        grid.addFilter(overdue);
        grid.getSearchField().setVisible(false);
        kind.addValueChangeListener(e -> grid.refresh());
        state.addValueChangeListener(e -> grid.refresh());
        party.addValueChangeListener(e -> grid.refresh());
        overdue.addValueChangeListener(e -> grid.refresh());
        grid.addColumn(getTranslation("accounting.invoices.number"), r -> r.invoice().number() == null
                ? getTranslation("accounting.invoice.draftNumber") : r.invoice().number(), null);
        grid.addColumn(getTranslation("accounting.invoice.kind"), r -> getTranslation(r.invoice().creditNote()
                ? "accounting.kind.creditNote" : "accounting.kind." + r.invoice().kind().toLowerCase()), null);
        grid.addColumn(getTranslation("accounting.invoice.party"), Row::partyName, null);
        grid.addColumn(getTranslation("accounting.invoice.date"), r -> r.invoice().date(), null);
        grid.addColumn(getTranslation("accounting.invoice.dueDate"), r -> r.invoice().dueDate(), null);
        grid.addColumn(getTranslation("accounting.invoices.total"), r -> r.invoice().total().toPlainString() + " "
                + r.invoice().currency(), null);
        grid.addColumn(getTranslation("accounting.invoices.open"), r -> r.invoice().open().toPlainString(), null);
        grid.addColumn(getTranslation("accounting.invoices.state"), r -> getTranslation("accounting.invoice.state."
                + r.invoice().state().toLowerCase()), null);
        grid.getGrid().addItemClickListener(e -> UI.getCurrent().navigate(AccountingUi.INVOICE_ROUTE + "/" + e.getItem().invoice().id()));
        grid.getGrid().setId("invoices-grid");
        Button newInvoice = new Button(getTranslation("accounting.invoice.newInvoice"), e -> UI.getCurrent()
                .navigate(AccountingUi.INVOICE_ROUTE, QueryParameters.of("kind", "customer")));
        newInvoice.setId("invoices-new-invoice");
        Button newBill = new Button(getTranslation("accounting.invoice.newBill"), e -> UI.getCurrent()
                .navigate(AccountingUi.INVOICE_ROUTE, QueryParameters.of("kind", "vendor")));
        newBill.setId("invoices-new-bill");
        Button pay = new Button(getTranslation("accounting.nav.payment"), e -> UI.getCurrent().navigate("accounting/payment"));
        pay.setId("invoices-pay");
        add(new HorizontalLayout(newInvoice, newBill, pay), grid);
        setSizeFull();
    }

    private Receivables.Filter filter() {
        return new Receivables.Filter(kind.getValue(), state.getValue(), party.getValue() == null ? null : party.getValue().id(),
                Boolean.TRUE.equals(overdue.getValue()));
    }
}
