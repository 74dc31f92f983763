package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.accounting.invoicing.PartyAccounts;

/** The accounting card on a party's customer-360 page: open receivable / payable, overdue, open documents. */
class PartyPanelView extends VerticalLayout {

    PartyPanelView(PartyAccounts.Summary summary) {
        setPadding(false);
        if (summary.balances().isEmpty() && summary.documents().isEmpty()) {
            add(new Span(getTranslation("accounting.panel.none")));
            return;
        }
        for (PartyAccounts.Balance b : summary.balances()) {
            Span line = new Span(getTranslation("accounting.panel.balance", b.currency(), b.receivable().toPlainString(),
                    b.overdueReceivable().toPlainString(), b.payable().toPlainString(), b.overduePayable().toPlainString()));
            line.addClassName("accounting-party-balance");
            add(line);
        }
        Grid<PartyAccounts.OpenDocument> documents = new Grid<>();
        documents.addColumn(PartyAccounts.OpenDocument::number).setHeader(getTranslation("accounting.panel.number"));
        documents.addColumn(PartyAccounts.OpenDocument::dueDate).setHeader(getTranslation("accounting.panel.due"));
        documents.addColumn(d -> d.open().toPlainString() + " " + d.currency()).setHeader(getTranslation("accounting.panel.open"));
        documents.addColumn(d -> d.overdue() ? getTranslation("accounting.panel.overdue") : "")
                .setHeader(getTranslation("accounting.panel.state"));
        documents.setItems(summary.documents());
        documents.setAllRowsVisible(true);
        add(documents);
    }
}
