package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.tessera.plugins.accounting.documents.DocumentActions;
import io.tessera.plugins.accounting.documents.InvoiceDocuments;
import io.tessera.plugins.accounting.documents.InvoiceMails;
import java.io.ByteArrayInputStream;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.QueryParameters;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An invoice, bill or credit note. New ({@code accounting/invoice?kind=customer|vendor}): party, dates, currency and
 * lines (description, quantity, unit price, tax rate) with live totals computed exactly as the service does; save as
 * draft or confirm (posts). A refusal is shown on the fields it names and the input is kept. Existing
 * ({@code accounting/invoice/<id>}, opened from the list): a draft opens editable — saving replaces it (all its lines,
 * refused if someone changed it meanwhile), confirming saves and posts it, it can be deleted; a confirmed document
 * is read-only, and a confirmed invoice or bill can be credited ({@code ?creditFor=<id>} opens a credit note with its
 * lines).
 */
public class InvoiceFormView extends VerticalLayout implements HasUrlParameter<String> {

    private final Receivables receivables;
    private final String baseCurrency;
    private final H2 title = new H2();
    private final Select<String> kind = new Select<>();
    private final ComboBox<PartySummary> party = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final DatePicker dueDate = new DatePicker();
    private final TextField currency = new TextField();
    private final VerticalLayout lineRows = new VerticalLayout();
    private final List<LineRow> lines = new ArrayList<>();
    private final Button addLine = new Button();
    private final Span net = new Span();
    private final Span tax = new Span();
    private final Span gross = new Span();
    private final Span status = new Span();
    private final ProblemPanel problem = new ProblemPanel();
    private final FieldErrors errors = new FieldErrors();
    private final Button saveDraft = new Button();
    private final Button confirm = new Button();
    private final Button delete = new Button();
    private final Button creditNote = new Button();
    private final Anchor pdf = new Anchor();
    private final TextField sendTo = new TextField();
    private final Button send = new Button();
    private final DocumentActions documents;
    private InvoiceView shown;
    private UUID credited;
    /** The tenant's tax codes; when there are any, lines pick a code instead of typing a rate. */
    private final List<io.tessera.plugins.accounting.tax.TaxCode> taxCodes;

    /**
     * The view as the shell creates it.
     *
     * @param receivables invoices and payments
     * @param documents   PDFs and mailing
     */
    public InvoiceFormView(Receivables receivables, DocumentActions documents) {
        this.receivables = receivables;
        this.documents = documents;
        this.baseCurrency = receivables.baseCurrency();
        this.taxCodes = receivables.taxCodes();
        title.setId("invoice-title");
        kind.setLabel(getTranslation("accounting.invoice.kind"));
        kind.setItems("customer", "vendor");
        kind.setItemLabelGenerator(k -> getTranslation("accounting.kind." + k));
        kind.setValue("customer");
        kind.setId("invoice-kind");
        party.setLabel(getTranslation("accounting.invoice.party"));
        party.setItems(q -> receivables.parties(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        party.setItemLabelGenerator(PartySummary::name);
        party.setRequired(true);
        party.setWidth("20em");
        party.setId("invoice-party");
        date.setLabel(getTranslation("accounting.invoice.date"));
        date.setValue(LocalDate.now(ZoneOffset.UTC));
        date.setId("invoice-date");
        dueDate.setLabel(getTranslation("accounting.invoice.dueDate"));
        dueDate.setValue(LocalDate.now(ZoneOffset.UTC).plusDays(30));
        dueDate.setId("invoice-due");
        currency.setLabel(getTranslation("accounting.invoice.currency"));
        currency.setValue(baseCurrency);
        currency.setMaxLength(3);
        currency.setWidth("6em");
        currency.setValueChangeMode(ValueChangeMode.EAGER);
        currency.addValueChangeListener(e -> refreshTotals());
        currency.setId("invoice-currency");
        errors.bind("kind", kind);
        errors.bind("partyId", party);
        errors.bind("date", date);
        errors.bind("dueDate", dueDate);
        errors.bind("currency", currency);
        lineRows.setPadding(false);
        lineRows.setId("invoice-lines");
        addLine.setText(getTranslation("accounting.invoice.addLine"));
        addLine.addClickListener(e -> addLine());
        kind.addValueChangeListener(e -> {
            lines.forEach(LineRow::offerCodes);
            refreshTotals();
        });
        addLine.setId("invoice-add-line");
        net.setId("invoice-net");
        tax.setId("invoice-tax");
        gross.setId("invoice-gross");
        status.setId("invoice-status");
        saveDraft.setText(getTranslation("accounting.invoice.saveDraft"));
        saveDraft.setId("invoice-save");
        saveDraft.addClickListener(e -> submit(false));
        confirm.setText(getTranslation("accounting.invoice.confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("invoice-confirm");
        confirm.addClickListener(e -> submit(true));
        delete.setText(getTranslation("accounting.invoice.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.setId("invoice-delete");
        delete.addClickListener(e -> {
            try {
                receivables.deleteDraft(shown.id());
                Notifications.success(getTranslation("accounting.invoice.deleted"));
                UI.getCurrent().navigate("accounting/invoices");
            } catch (RuntimeException refused) {
                showProblem(refused);
            }
        });
        creditNote.setText(getTranslation("accounting.invoice.creditNote"));
        creditNote.setId("invoice-credit");
        creditNote.addClickListener(e -> UI.getCurrent().navigate(AccountingUi.INVOICE_ROUTE,
                QueryParameters.of("creditFor", shown.id().toString())));
        pdf.setText(getTranslation("accounting.invoice.pdf"));
        pdf.setId("invoice-pdf");
        pdf.setHref(DownloadHandler.fromInputStream(event -> {
            InvoiceDocuments.Pdf file = documents.pdf(shown.id());
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), "application/pdf", file.bytes().length);
        }));
        sendTo.setLabel(getTranslation("accounting.invoice.sendTo"));
        sendTo.setPlaceholder(getTranslation("accounting.invoice.sendToDefault"));
        sendTo.setId("invoice-send-to");
        sendTo.setWidth("18em");
        errors.bind("to", sendTo);
        send.setText(getTranslation("accounting.invoice.send"));
        send.setId("invoice-send");
        send.addClickListener(e -> {
            problem.setVisible(false);
            errors.clear();
            try {
                InvoiceMails.Send queued = documents.send(shown.id(), sendTo.getValue().isBlank() ? null : sendTo.getValue());
                Notifications.success(getTranslation("accounting.invoice.sent", queued.to()));
                sendTo.clear();
            } catch (RuntimeException refused) {
                showProblem(refused);
            }
        });
        problem.setVisible(false);
        HorizontalLayout header = new HorizontalLayout(kind, party, date, dueDate, currency);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout totals = new HorizontalLayout(net, tax, gross);
        add(title, status, header, lineRows, addLine, totals, problem, new HorizontalLayout(saveDraft, confirm, delete, creditNote),
                sendRow());
        startNew("customer");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        if (parameter != null) {
            InvoiceView invoice = parseId(parameter) == null ? null : receivables.find(parseId(parameter));
            if (invoice == null) {
                showProblem(new Problem(404, getTranslation("accounting.invoice.notFound"), parameter, List.of(), false));
                setEditable(false);
                return;
            }
            show(invoice);
        } else if (query.containsKey("creditFor")) {
            UUID id = parseId(query.get("creditFor").getFirst());
            InvoiceView original = id == null ? null : receivables.find(id);
            if (original == null) {
                showProblem(new Problem(404, getTranslation("accounting.invoice.notFound"), String.valueOf(id), List.of(), false));
                return;
            }
            startCreditNote(original);
        } else {
            startNew(query.getOrDefault("kind", List.of("customer")).getFirst().equals("vendor") ? "vendor" : "customer");
        }
    }

    private void startNew(String documentKind) {
        shown = null;
        credited = null;
        title.setText(getTranslation(documentKind.equals("vendor") ? "accounting.invoice.newBill" : "accounting.invoice.newInvoice"));
        kind.setValue(documentKind);
        status.setText("");
        status.getElement().setAttribute("data-state", "NEW");
        clearLines();
        addLine();
        setEditable(true);
        refreshTotals();
    }

    private void startCreditNote(InvoiceView original) {
        shown = null;
        credited = original.id();
        status.getElement().setAttribute("data-state", "NEW");
        title.setText(getTranslation("accounting.invoice.newCreditNote", original.number()));
        kind.setValue(original.kind().toLowerCase());
        party.setValue(partyOf(original.partyId()));
        currency.setValue(original.currency());
        date.setValue(LocalDate.now(ZoneOffset.UTC));
        dueDate.setValue(LocalDate.now(ZoneOffset.UTC));
        clearLines();
        InvoiceView full = receivables.find(original.id());
        for (InvoiceView.Line l : full.lines()) {
            LineRow row = addLine();
            row.description.setValue(l.description());
            row.quantity.setValue(l.quantity());
            row.unitPrice.setValue(l.unitPrice());
            row.taxRate.setValue(l.taxRate());
            row.taxCode.setValue(l.taxCode());
        }
        setEditable(true);
        kind.setReadOnly(true);
        party.setReadOnly(true);
        currency.setReadOnly(true);
        status.setText(getTranslation("accounting.invoice.creditNoteHint", original.number(), original.open().toPlainString(),
                original.currency()));
        refreshTotals();
    }

    private void show(InvoiceView invoice) {
        shown = invoice;
        credited = invoice.creditedInvoiceId();
        String number = invoice.number() == null ? getTranslation("accounting.invoice.draftNumber") : invoice.number();
        title.setText(getTranslation(invoice.creditNote() ? "accounting.invoice.creditNoteTitle"
                : "CUSTOMER".equals(invoice.kind()) ? "accounting.invoice.invoiceTitle" : "accounting.invoice.billTitle", number));
        kind.setValue(invoice.kind().toLowerCase());
        party.setValue(partyOf(invoice.partyId()));
        date.setValue(invoice.date());
        dueDate.setValue(invoice.dueDate());
        currency.setValue(invoice.currency());
        clearLines();
        for (InvoiceView.Line l : invoice.lines()) {
            LineRow row = addLine();
            row.description.setValue(l.description());
            row.quantity.setValue(l.quantity());
            row.unitPrice.setValue(l.unitPrice());
            row.taxRate.setValue(l.taxRate());
            row.taxCode.setValue(l.taxCode());
            row.account = l.account();
        }
        status.setText(getTranslation("accounting.invoice.status", getTranslation("accounting.invoice.state."
                + invoice.state().toLowerCase()), invoice.open().toPlainString(), invoice.currency()));
        status.getElement().setAttribute("data-state", invoice.state());
        boolean draft = "DRAFT".equals(invoice.state());
        setEditable(draft);
        if (draft && credited != null) {
            // a credit note's kind, party and currency follow the invoice it credits
            kind.setReadOnly(true);
            party.setReadOnly(true);
            currency.setReadOnly(true);
        }
        delete.setVisible(draft);
        creditNote.setVisible(!draft && !invoice.creditNote());
        pdf.setVisible(true);
        sendTo.setVisible(!draft);
        send.setVisible(!draft);
        refreshTotals();
    }

    private HorizontalLayout sendRow() {
        HorizontalLayout row = new HorizontalLayout(pdf, sendTo, send);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private PartySummary partyOf(UUID id) {
        PartySummary found = receivables.parties(List.of(id)).get(id);
        return found != null ? found : new PartySummary(id, "company", id.toString(), null, null, null);
    }

    private void setEditable(boolean editable) {
        kind.setReadOnly(!editable);
        party.setReadOnly(!editable);
        date.setReadOnly(!editable);
        dueDate.setReadOnly(!editable);
        currency.setReadOnly(!editable);
        lines.forEach(l -> l.setReadOnly(!editable));
        addLine.setVisible(editable);
        saveDraft.setVisible(editable);
        confirm.setVisible(editable);
        delete.setVisible(false);
        creditNote.setVisible(false);
        pdf.setVisible(false);
        sendTo.setVisible(false);
        send.setVisible(false);
    }

    LineRow addLine() {
        LineRow row = new LineRow();
        lines.add(row);
        lineRows.add(row.layout);
        rebindLines();
        return row;
    }

    private void removeLine(LineRow row) {
        lines.remove(row);
        lineRows.remove(row.layout);
        rebindLines();
        refreshTotals();
    }

    private void clearLines() {
        new ArrayList<>(lines).forEach(l -> lineRows.remove(l.layout));
        lines.clear();
        rebindLines();
    }

    /** Line fields are named (error binding and ids) by their position, as the service names them. */
    private void rebindLines() {
        errors.unbindPrefix("lines[");
        for (int i = 0; i < lines.size(); i++) {
            LineRow row = lines.get(i);
            row.description.setId("invoice-description-" + i);
            row.quantity.setId("invoice-quantity-" + i);
            row.unitPrice.setId("invoice-price-" + i);
            row.taxRate.setId("invoice-taxrate-" + i);
            row.taxCode.setId("invoice-taxcode-" + i);
            row.remove.setId("invoice-remove-" + i);
            errors.bind("lines[" + i + "].description", row.description);
            errors.bind("lines[" + i + "].quantity", row.quantity);
            errors.bind("lines[" + i + "].unitPrice", row.unitPrice);
            errors.bind("lines[" + i + "].taxRate", row.taxRate);
            errors.bind("lines[" + i + "].taxCode", row.taxCode);
        }
    }

    private List<Receivables.DraftLine> typedLines() {
        boolean coded = !taxCodes.isEmpty();
        return lines.stream().map(l -> new Receivables.DraftLine(l.description.getValue(), l.quantity.getValue(),
                l.unitPrice.getValue(), coded ? null : l.taxRate.getValue(), l.account, coded ? l.taxCode.getValue() : null)).toList();
    }

    private void refreshTotals() {
        String c = currency.getValue() == null ? "" : currency.getValue().strip().toUpperCase();
        Receivables.Totals totals;
        try {
            totals = Receivables.totals(typedLines(), c.isEmpty() ? baseCurrency : c, codesOfKind());
        } catch (RuntimeException unknownCurrency) {
            totals = Receivables.totals(typedLines(), baseCurrency, codesOfKind());
        }
        net.setText(getTranslation("accounting.invoice.net", totals.net().toPlainString()));
        tax.setText(getTranslation("accounting.invoice.tax", totals.tax().toPlainString()));
        gross.setText(getTranslation("accounting.invoice.gross", totals.gross().toPlainString(), c));
        net.getElement().setAttribute("data-amount", totals.net().toPlainString());
        tax.getElement().setAttribute("data-amount", totals.tax().toPlainString());
        gross.getElement().setAttribute("data-amount", totals.gross().toPlainString());
    }

    private void submit(boolean confirming) {
        errors.clear();
        PartySummary chosen = party.getValue();
        String c = currency.getValue() == null || currency.getValue().isBlank() ? null : currency.getValue().strip().toUpperCase();
        Receivables.Draft draft = new Receivables.Draft(kind.getValue(), credited, chosen == null ? null : chosen.id(),
                date.getValue(), dueDate.getValue(), c, typedLines());
        InvoiceView editing = shown;
        act(() -> editing == null ? receivables.save(draft, confirming)
                : receivables.update(editing.id(), editing.version(), draft, confirming),
                confirming ? "accounting.invoice.confirmed" : "accounting.invoice.saved");
    }

    private void act(java.util.function.Supplier<InvoiceView> call, String done) {
        try {
            InvoiceView saved = call.get();
            problem.setVisible(false);
            Notifications.success(getTranslation(done, saved.number() == null ? "" : saved.number()));
            if (shown != null && shown.id().equals(saved.id())) {
                show(receivables.find(saved.id())); // already at its address: show the stored document again
            } else {
                UI.getCurrent().navigate(AccountingUi.INVOICE_ROUTE + "/" + saved.id());
            }
        } catch (RuntimeException refused) {
            showProblem(refused);
        }
    }

    private void showProblem(RuntimeException refused) {
        Problem shownProblem = Problem.of(refused);
        if (shownProblem.unexpected()) {
            throw refused; // the shell's error handler logs it and shows a generic message
        }
        showProblem(shownProblem);
    }

    private void showProblem(Problem p) {
        errors.show(p);
        problem.show(p);
        problem.setVisible(true);
    }

    private static UUID parseId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** The tax codes a line of the current kind may pick: sales codes for invoices, purchase codes for bills. */
    private List<io.tessera.plugins.accounting.tax.TaxCode> codesOfKind() {
        String type = "vendor".equals(kind.getValue()) ? "PURCHASE" : "SALES";
        return taxCodes.stream().filter(c -> c.type().equals(type)).toList();
    }

    /** One line of the form. */
    final class LineRow {
        final TextField description = new TextField();
        final BigDecimalField quantity = new BigDecimalField();
        final BigDecimalField unitPrice = new BigDecimalField();
        final BigDecimalField taxRate = new BigDecimalField();
        final com.vaadin.flow.component.select.Select<String> taxCode = new com.vaadin.flow.component.select.Select<>();
        final Button remove;
        final HorizontalLayout layout;
        /** The line's account code as stored (not edited here), kept when a draft is saved again. */
        String account;

        LineRow() {
            description.setPlaceholder(getTranslation("accounting.invoice.description"));
            description.setWidth("20em");
            quantity.setPlaceholder(getTranslation("accounting.invoice.quantity"));
            unitPrice.setPlaceholder(getTranslation("accounting.invoice.unitPrice"));
            taxRate.setPlaceholder(getTranslation("accounting.invoice.taxRate"));
            quantity.setValue(BigDecimal.ONE);
            taxRate.setValue(BigDecimal.ZERO);
            for (BigDecimalField f : List.of(quantity, unitPrice, taxRate)) {
                f.setValueChangeMode(ValueChangeMode.EAGER);
                f.addValueChangeListener(e -> refreshTotals());
            }
            taxCode.setPlaceholder(getTranslation("accounting.invoice.taxCode"));
            taxCode.setEmptySelectionAllowed(true);
            taxCode.setEmptySelectionCaption(getTranslation("accounting.invoice.taxCodeDefault"));
            taxCode.addValueChangeListener(e -> refreshTotals());
            offerCodes();
            taxRate.setVisible(taxCodes.isEmpty());
            taxCode.setVisible(!taxCodes.isEmpty());
            remove = new Button(getTranslation("accounting.invoice.removeLine"), e -> removeLine(this));
            layout = new HorizontalLayout(description, quantity, unitPrice, taxRate, taxCode, remove);
            layout.setAlignItems(Alignment.BASELINE);
        }

        /** Offers the codes of the document's kind, each shown with its name and rate; a code of the other kind is dropped. */
        void offerCodes() {
            String kept = taxCode.getValue();
            List<io.tessera.plugins.accounting.tax.TaxCode> offered = codesOfKind();
            taxCode.setItems(offered.stream().map(io.tessera.plugins.accounting.tax.TaxCode::code).toList());
            taxCode.setItemLabelGenerator(code -> code == null ? getTranslation("accounting.invoice.taxCodeDefault")
                    : offered.stream().filter(c -> c.code().equals(code)).findFirst().map(c -> c.code() + " · " + c.name()).orElse(code));
            if (kept != null && offered.stream().anyMatch(c -> c.code().equals(kept))) {
                taxCode.setValue(kept);
            }
        }

        void setReadOnly(boolean readOnly) {
            description.setReadOnly(readOnly);
            quantity.setReadOnly(readOnly);
            unitPrice.setReadOnly(readOnly);
            taxRate.setReadOnly(readOnly);
            taxCode.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }
    }
}
