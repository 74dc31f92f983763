package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.ChartOfAccounts;
import io.tessera.plugins.accounting.ledger.EntryView;
import io.tessera.plugins.accounting.ledger.Journal;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A journal entry: date, description, lines (account, debit, credit) and the live balance of debits against
 * credits. "Post" stays disabled until the entry balances; a refusal of the server is shown on the form and
 * the input is kept.
 */
public class EntryFormView extends VerticalLayout {

    /** Where the form sends an entry. */
    interface Sink {
        EntryView create(LocalDate date, String description, List<Journal.NewLine> lines, boolean post);
    }

    private final Sink sink;
    private final List<Account> accounts;
    private final DatePicker date = new DatePicker();
    private final TextField description = new TextField();
    private final VerticalLayout lineRows = new VerticalLayout();
    private final List<LineRow> lines = new ArrayList<>();
    private final Span balance = new Span();
    private final Button post = new Button();
    private final Button draft = new Button();
    private final ProblemPanel problem = new ProblemPanel();
    private int rowsCreated;

    /**
     * The view as the shell creates it.
     *
     * @param chart   the chart of accounts (active accounts are offered)
     * @param journal where entries go
     */
    @Autowired
    public EntryFormView(ChartOfAccounts chart, Journal journal) {
        this(chart::all, journal::create);
    }

    EntryFormView(Supplier<List<Account>> accounts, Sink sink) {
        this.sink = sink;
        this.accounts = accounts.get().stream().filter(Account::active).toList();
        add(new H2(getTranslation("accounting.entry.title")));
        date.setLabel(getTranslation("accounting.entry.date"));
        date.setValue(LocalDate.now(ZoneOffset.UTC));
        date.setRequired(true);
        date.setId("entry-date");
        description.setLabel(getTranslation("accounting.entry.description"));
        description.setWidthFull();
        description.setMaxLength(500);
        description.setId("entry-description");
        lineRows.setPadding(false);
        lineRows.setId("entry-lines");
        Button addLine = new Button(getTranslation("accounting.entry.addLine"), e -> addLine());
        addLine.setId("entry-add-line");
        balance.setId("entry-balance");
        post.setText(getTranslation("accounting.entry.post"));
        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.setId("entry-post");
        post.addClickListener(e -> submit(true));
        draft.setText(getTranslation("accounting.entry.saveDraft"));
        draft.setId("entry-draft");
        draft.addClickListener(e -> submit(false));
        problem.setVisible(false);
        add(new HorizontalLayout(date, description), lineRows, addLine, balance, problem, new HorizontalLayout(post, draft));
        addLine();
        addLine();
        refreshBalance();
    }

    /** The current balance of the lines as typed. */
    EntryBalance currentBalance() {
        return EntryBalance.of(lines.stream().map(l -> new EntryBalance.Amounts(l.debit.getValue(), l.credit.getValue())).toList());
    }

    List<LineRow> lineRows() {
        return List.copyOf(lines);
    }

    Button postButton() {
        return post;
    }

    Button draftButton() {
        return draft;
    }

    Span balanceText() {
        return balance;
    }

    ProblemPanel problemPanel() {
        return problem;
    }

    TextField descriptionField() {
        return description;
    }

    LineRow addLine() {
        LineRow row = new LineRow(rowsCreated++);
        lines.add(row);
        lineRows.add(row.layout);
        return row;
    }

    private void removeLine(LineRow row) {
        lines.remove(row);
        lineRows.remove(row.layout);
        refreshBalance();
    }

    private void refreshBalance() {
        EntryBalance b = currentBalance();
        String text = getTranslation("accounting.entry.balance", b.debit().toPlainString(), b.credit().toPlainString(),
                b.difference().toPlainString());
        balance.setText(text + " — " + getTranslation(b.balanced() ? "accounting.entry.balanced" : "accounting.entry.unbalanced"));
        balance.getElement().setAttribute("data-balanced", Boolean.toString(b.balanced()));
        balance.getStyle().set("color", b.balanced() ? "var(--aura-green-text, #1e7e34)" : "var(--aura-red-text, #c5221f)");
        post.setEnabled(b.balanced());
    }

    private void submit(boolean posting) {
        List<Journal.NewLine> entered = new ArrayList<>();
        for (LineRow row : lines) {
            if (row.account.getValue() == null && row.debit.getValue() == null && row.credit.getValue() == null) {
                continue;
            }
            entered.add(new Journal.NewLine(row.account.getValue() == null ? null : row.account.getValue().code(),
                    row.debit.getValue(), row.credit.getValue()));
        }
        try {
            EntryView entry = sink.create(date.getValue(), description.getValue(), entered, posting);
            problem.setVisible(false);
            Notifications.success(getTranslation(posting ? "accounting.entry.posted" : "accounting.entry.saved",
                    entry.date().toString()));
            reset();
        } catch (RuntimeException refused) {
            Problem shown = Problem.of(refused);
            if (shown.unexpected()) {
                throw refused; // the shell's error handler logs it and shows a generic message
            }
            problem.show(shown);
            problem.setVisible(true);
        }
    }

    private void reset() {
        description.clear();
        new ArrayList<>(lines).forEach(this::removeLine);
        addLine();
        addLine();
        refreshBalance();
    }

    /** One line of the form. */
    final class LineRow {
        final ComboBox<Account> account = new ComboBox<>();
        final BigDecimalField debit = new BigDecimalField();
        final BigDecimalField credit = new BigDecimalField();
        final Button remove;
        final HorizontalLayout layout;

        LineRow(int index) {
            account.setItems(accounts);
            account.setItemLabelGenerator(a -> a.code() + " " + a.name());
            account.setPlaceholder(getTranslation("accounting.entry.account"));
            account.setWidth("22em");
            debit.setPlaceholder(getTranslation("accounting.entry.debit"));
            credit.setPlaceholder(getTranslation("accounting.entry.credit"));
            debit.setValueChangeMode(ValueChangeMode.EAGER);
            credit.setValueChangeMode(ValueChangeMode.EAGER);
            debit.addValueChangeListener(e -> refreshBalance());
            credit.addValueChangeListener(e -> refreshBalance());
            account.setId("entry-account-" + index);
            debit.setId("entry-debit-" + index);
            credit.setId("entry-credit-" + index);
            remove = new Button(getTranslation("accounting.entry.removeLine"), e -> removeLine(this));
            layout = new HorizontalLayout(account, debit, credit, remove);
            layout.setAlignItems(Alignment.BASELINE);
        }
    }
}
