package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.tessera.plugins.accounting.invoicing.InvoiceView;
import io.tessera.plugins.accounting.invoicing.Receivables;
import io.tessera.sdk.party.PartySummary;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records a payment for a party: its open invoices and bills with their open amounts, an amount to allocate to each
 * (or "oldest first"), the allocated and unallocated sums as you type. The service refuses allocations above the
 * payment or a document's open amount; the refusal is shown on the field and nothing is lost.
 */
public class PaymentView extends VerticalLayout {

    private final Receivables receivables;
    private final ComboBox<PartySummary> party = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final BigDecimalField amount = new BigDecimalField();
    private final TextField currency = new TextField();
    private final Grid<InvoiceView> documents = new Grid<>();
    private final Map<UUID, BigDecimalField> allocations = new LinkedHashMap<>();
    private final Span summary = new Span();
    private final ProblemPanel problem = new ProblemPanel();
    private final FieldErrors errors = new FieldErrors();
    private List<InvoiceView> open = List.of();

    /**
     * The view as the shell creates it.
     *
     * @param receivables invoices and payments
     */
    public PaymentView(Receivables receivables) {
        this.receivables = receivables;
        add(new H2(getTranslation("accounting.payment.title")));
        party.setLabel(getTranslation("accounting.invoice.party"));
        party.setItems(q -> receivables.parties(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        party.setItemLabelGenerator(PartySummary::name);
        party.setWidth("20em");
        party.setId("payment-party");
        party.addValueChangeListener(e -> loadDocuments());
        date.setLabel(getTranslation("accounting.invoice.date"));
        date.setValue(LocalDate.now(ZoneOffset.UTC));
        date.setId("payment-date");
        amount.setLabel(getTranslation("accounting.payment.amount"));
        amount.setValueChangeMode(ValueChangeMode.EAGER);
        amount.addValueChangeListener(e -> refreshSummary());
        amount.setId("payment-amount");
        currency.setLabel(getTranslation("accounting.invoice.currency"));
        currency.setValue(receivables.baseCurrency());
        currency.setWidth("6em");
        currency.setId("payment-currency");
        errors.bind("partyId", party);
        errors.bind("date", date);
        errors.bind("amount", amount);
        errors.bind("currency", currency);
        documents.addColumn(d -> d.number()).setHeader(getTranslation("accounting.invoices.number"));
        documents.addColumn(d -> getTranslation(d.creditNote() ? "accounting.kind.creditNote"
                : "accounting.kind." + d.kind().toLowerCase())).setHeader(getTranslation("accounting.invoice.kind"));
        documents.addColumn(InvoiceView::dueDate).setHeader(getTranslation("accounting.invoice.dueDate"));
        documents.addColumn(d -> d.open().toPlainString() + " " + d.currency()).setHeader(getTranslation("accounting.invoices.open"));
        documents.addComponentColumn(d -> allocations.get(d.id())).setHeader(getTranslation("accounting.payment.allocate"));
        documents.setAllRowsVisible(true);
        documents.setId("payment-documents");
        summary.setId("payment-summary");
        Button auto = new Button(getTranslation("accounting.payment.oldestFirst"), e -> allocateOldestFirst());
        auto.setId("payment-auto");
        Button record = new Button(getTranslation("accounting.payment.record"), e -> record());
        record.addThemeVariants(ButtonVariant.PRIMARY);
        record.setId("payment-record");
        problem.setVisible(false);
        HorizontalLayout header = new HorizontalLayout(party, date, amount, currency);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(header, documents, summary, problem, new HorizontalLayout(auto, record));
        refreshSummary();
    }

    private void loadDocuments() {
        allocations.clear();
        open = party.getValue() == null ? List.of() : receivables.open(party.getValue().id());
        for (InvoiceView d : open) {
            BigDecimalField field = new BigDecimalField();
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.addValueChangeListener(e -> refreshSummary());
            field.setId("payment-allocate-" + d.number());
            field.setWidth("9em");
            allocations.put(d.id(), field);
        }
        documents.setItems(open);
        if (!open.isEmpty()) {
            currency.setValue(open.getFirst().currency());
        }
        refreshSummary();
    }

    private void allocateOldestFirst() {
        BigDecimal paid = amount.getValue() == null ? BigDecimal.ZERO : amount.getValue();
        allocations.values().forEach(f -> f.setValue(null));
        for (Receivables.Allocation a : Receivables.oldestFirst(paid, open)) {
            allocations.get(a.invoiceId()).setValue(a.amount());
        }
        refreshSummary();
    }

    private BigDecimal allocated() {
        return allocations.values().stream().map(BigDecimalField::getValue).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void refreshSummary() {
        BigDecimal paid = amount.getValue() == null ? BigDecimal.ZERO : amount.getValue();
        BigDecimal allocated = allocated();
        boolean over = allocated.compareTo(paid) > 0;
        summary.setText(getTranslation(over ? "accounting.payment.over" : "accounting.payment.summary",
                allocated.toPlainString(), paid.toPlainString(), paid.subtract(allocated).toPlainString()));
        summary.getElement().setAttribute("data-over", Boolean.toString(over));
        summary.getStyle().set("color", over ? "var(--aura-red-text, #c5221f)" : "");
    }

    private void record() {
        errors.clear();
        errors.unbindPrefix("allocations[");
        List<Receivables.Allocation> sent = new ArrayList<>();
        allocations.forEach((invoiceId, field) -> {
            if (field.getValue() != null && field.getValue().signum() != 0) {
                errors.bind("allocations[" + sent.size() + "].amount", field);
                errors.bind("allocations[" + sent.size() + "].invoiceId", field);
                sent.add(new Receivables.Allocation(invoiceId, field.getValue()));
            }
        });
        try {
            String c = currency.getValue() == null || currency.getValue().isBlank() ? null : currency.getValue().strip().toUpperCase();
            receivables.pay(party.getValue() == null ? null : party.getValue().id(), date.getValue(), amount.getValue(), c, sent);
            problem.setVisible(false);
            Notifications.success(getTranslation("accounting.payment.recorded", amount.getValue().toPlainString(), c == null ? "" : c));
            amount.clear();
            loadDocuments();
        } catch (RuntimeException refused) {
            Problem shown = Problem.of(refused);
            if (shown.unexpected()) {
                throw refused; // the shell's error handler logs it and shows a generic message
            }
            errors.show(shown);
            problem.show(shown);
            problem.setVisible(true);
        }
    }
}
