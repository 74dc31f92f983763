package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.accounting.dunning.DunningReview;
import io.tessera.plugins.accounting.dunning.Proposal;
import io.tessera.plugins.accounting.invoicing.Receivables;
import io.tessera.sdk.party.PartySummary;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reviews the reminders the daily task proposed: one row per overdue invoice with the proposed level, days overdue,
 * open amount and fee; the selected ones can be sent (by mail, the invoice's PDF attached) or dismissed. "Propose now"
 * runs the daily task's work at once; a double click opens the invoice.
 */
public class DunningView extends VerticalLayout implements HasDynamicTitle {

    private final DunningReview review;
    private final Receivables receivables;
    private final Grid<Proposal> grid = new Grid<>();
    private final Button send = new Button();
    private final Button dismiss = new Button();
    private final Span empty = new Span();
    private final ProblemPanel problem = new ProblemPanel();
    private Map<UUID, String> partyNames = Map.of();

    /**
     * The view as the shell creates it.
     *
     * @param review      dunning proposals
     * @param receivables party names
     */
    public DunningView(DunningReview review, Receivables receivables) {
        this.review = review;
        this.receivables = receivables;
        Button propose = new Button(getTranslation("accounting.dunning.propose"), e -> {
            int proposed = review.run();
            Notifications.success(getTranslation("accounting.dunning.proposed", proposed));
            refresh();
        });
        propose.setId("dunning-propose");
        send.setText(getTranslation("accounting.dunning.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("dunning-send");
        send.addClickListener(e -> act(review::send, "accounting.dunning.sentTo"));
        dismiss.setText(getTranslation("accounting.dunning.dismiss"));
        dismiss.setId("dunning-dismiss");
        dismiss.addClickListener(e -> act(review::dismiss, "accounting.dunning.dismissed"));
        HorizontalLayout bar = new HorizontalLayout(new H2(getTranslation("accounting.dunning.title")), propose, send, dismiss);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        TenantFormat format = TenantFormat.current();
        grid.addColumn(Proposal::invoiceNumber).setHeader(getTranslation("accounting.invoices.number")).setAutoWidth(true);
        grid.addColumn(p -> partyNames.getOrDefault(p.partyId(), "")).setHeader(getTranslation("accounting.invoice.party"))
                .setFlexGrow(1);
        grid.addColumn(p -> format.date(p.dueDate())).setHeader(getTranslation("accounting.invoice.dueDate")).setAutoWidth(true);
        grid.addColumn(p -> format.number(p.daysOverdue())).setHeader(getTranslation("accounting.dunning.daysOverdue"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("accounting.dunning.level", p.level(), p.levelName()))
                .setHeader(getTranslation("accounting.dunning.levelHeader")).setAutoWidth(true);
        grid.addColumn(p -> format.money(p.open(), p.currency())).setHeader(getTranslation("accounting.invoices.open"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(p -> p.fee() == null ? "" : format.money(p.fee(), p.currency()))
                .setHeader(getTranslation("accounting.dunning.fee")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(e -> enableActions());
        grid.addItemDoubleClickListener(e -> UI.getCurrent().navigate(AccountingUi.INVOICE_ROUTE + "/" + e.getItem().invoiceId()));
        grid.setAllRowsVisible(true);
        grid.setId("dunning-grid");
        empty.setText(getTranslation("accounting.dunning.empty"));
        empty.setId("dunning-empty");
        problem.setVisible(false);
        add(bar, problem, empty, grid);
        setSizeFull();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounting.dunning.title");
    }

    private void enableActions() {
        boolean any = !grid.getSelectedItems().isEmpty();
        send.setEnabled(any);
        dismiss.setEnabled(any);
    }

    /** Applies the action to each selected proposal (each in its own transaction); refusals are shown, the rest go on. */
    private void act(java.util.function.Function<UUID, Proposal> action, String messageKey) {
        problem.setVisible(false);
        for (Proposal p : List.copyOf(grid.getSelectedItems())) {
            try {
                Proposal done = action.apply(p.id());
                Notifications.success(getTranslation(messageKey, done.invoiceNumber(), done.recipient() == null ? "" : done.recipient()));
            } catch (RuntimeException refused) {
                Problem shown = Problem.of(refused);
                if (shown.unexpected()) {
                    throw refused; // the shell's error handler logs it and shows a generic message
                }
                problem.show(shown);
                problem.setVisible(true);
            }
        }
        refresh();
    }

    void refresh() {
        List<Proposal> open = review.open();
        partyNames = receivables.parties(open.stream().map(Proposal::partyId).distinct().toList()).values().stream()
                .collect(Collectors.toMap(PartySummary::id, PartySummary::name));
        grid.deselectAll();
        grid.setItems(open);
        enableActions();
        grid.setVisible(!open.isEmpty());
        empty.setVisible(open.isEmpty());
    }
}
