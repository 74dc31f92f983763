package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.UploadHandler;
import io.tessera.plugins.accounting.banking.BankAccount;
import io.tessera.plugins.accounting.banking.Banking;
import io.tessera.plugins.accounting.banking.Statements;
import io.tessera.plugins.accounting.invoicing.Settlements;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bank accounts, statement import and reconciliation: pick (or add) a bank account, upload a CAMT.053, OFX or CSV file
 * (CSV with the column names typed), pick a statement; its unreconciled lines are listed with the suggested documents —
 * "Apply" reconciles a line with a suggestion, "Book" posts it to an account (bank fees) — and the reconciliation
 * summary compares the statement's closing balance with the ledger's balance.
 */
public class BankingView extends VerticalLayout implements HasDynamicTitle {

    /** Where the view reads and writes. */
    interface Source {
        List<BankAccount> accounts();

        BankAccount create(String name, String currency);

        List<Statements.Statement> statements(UUID bankAccountId);

        Statements.Statement importFile(UUID bankAccountId, Banking.Format format, String content, Map<String, String> mapping);

        List<Banking.OpenLine> openLines(UUID statementId, int limit);

        UUID reconcile(UUID lineId, List<Settlements.Match> matches, String account);

        UUID reconcileByRule(UUID lineId, UUID ruleId);

        Banking.RulesApplied applyRules(UUID bankAccountId, UUID statementId);

        Statements.Reconciliation report(UUID bankAccountId, UUID statementId);
    }

    private static final int SHOWN = 200;

    private final Source source;
    private final Select<BankAccount> bank = new Select<>();
    private final TextField newName = new TextField();
    private final TextField newCurrency = new TextField();
    private final Select<Statements.Statement> statement = new Select<>();
    private final Map<String, TextField> mapping = new LinkedHashMap<>();
    private final Grid<Banking.OpenLine> lines = new Grid<>();
    private final TextField bookAccount = new TextField();
    private final Button applyRules = new Button();
    private final Span summary = new Span();
    private Statements.Reconciliation report;

    /**
     * The view as the shell creates it.
     *
     * @param banking bank accounts and statements
     */
    @Autowired
    public BankingView(Banking banking) {
        this(new Source() {
            @Override
            public List<BankAccount> accounts() {
                return banking.accounts();
            }

            @Override
            public BankAccount create(String name, String currency) {
                return banking.create(name, currency);
            }

            @Override
            public List<Statements.Statement> statements(UUID bankAccountId) {
                return banking.statements(bankAccountId);
            }

            @Override
            public Statements.Statement importFile(UUID id, Banking.Format format, String content, Map<String, String> map) {
                return banking.importFile(id, format, content, map);
            }

            @Override
            public List<Banking.OpenLine> openLines(UUID statementId, int limit) {
                return banking.openLines(statementId, limit);
            }

            @Override
            public UUID reconcile(UUID lineId, List<Settlements.Match> matches, String account) {
                return banking.reconcile(lineId, matches, account);
            }

            @Override
            public UUID reconcileByRule(UUID lineId, UUID ruleId) {
                return banking.reconcileByRule(lineId, ruleId);
            }

            @Override
            public Banking.RulesApplied applyRules(UUID bankAccountId, UUID statementId) {
                return banking.applyRules(bankAccountId, statementId);
            }

            @Override
            public Statements.Reconciliation report(UUID bankAccountId, UUID statementId) {
                return banking.report(bankAccountId, statementId);
            }
        });
    }

    BankingView(Source source) {
        this.source = source;
        TenantFormat format = TenantFormat.current();
        add(new H2(getTranslation("accounting.bank.title")));
        bank.setLabel(getTranslation("accounting.bank.account"));
        bank.setItemLabelGenerator(b -> b.name() + " · " + b.currency() + " · " + b.account());
        bank.setEmptySelectionAllowed(false);
        bank.setId("bank-account");
        bank.addValueChangeListener(e -> loadStatements());
        newName.setLabel(getTranslation("accounting.bank.newName"));
        newName.setId("bank-new-name");
        newCurrency.setLabel(getTranslation("accounting.invoice.currency"));
        newCurrency.setValue(format.baseCurrency().map(c -> c.getCurrencyCode()).orElse("EUR"));
        newCurrency.setWidth("6em");
        newCurrency.setId("bank-new-currency");
        Button create = new Button(getTranslation("accounting.bank.create"), e -> createAccount());
        create.setId("bank-create");
        add(row(bank, newName, newCurrency, create));

        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            String name = metadata.fileName();
            if (ui != null) {
                ui.access(() -> importFile(name, data));
            } else {
                importFile(name, data);
            }
        }));
        upload.setAcceptedFileTypes(".xml", ".ofx", ".qfx", ".csv", "application/xml", "text/csv");
        upload.setId("bank-upload");
        for (String field : List.of("date", "amount", "reference", "counterparty")) {
            TextField column = new TextField(getTranslation("accounting.bank.column." + field));
            column.setValue(field);
            column.setWidth("9em");
            column.setId("bank-map-" + field);
            mapping.put(field, column);
        }
        Span csvHelp = new Span(getTranslation("accounting.bank.csvHelp"));
        add(new H3(getTranslation("accounting.bank.import")), upload, csvHelp,
                row(mapping.values().toArray(new TextField[0])));

        statement.setLabel(getTranslation("accounting.bank.statement"));
        statement.setItemLabelGenerator(s -> format.date(s.from()) + " – " + format.date(s.to()) + " · "
                + getTranslation("accounting.bank.format." + s.format().toLowerCase(Locale.ROOT)) + " · "
                + getTranslation("accounting.bank.open", format.number(s.unreconciled()), format.number(s.lines())));
        statement.setId("bank-statement");
        statement.addValueChangeListener(e -> loadLines());
        bookAccount.setLabel(getTranslation("accounting.bank.bookAccount"));
        bookAccount.setHelperText(getTranslation("accounting.bank.bookHelp"));
        bookAccount.setId("bank-book-account");
        summary.setId("bank-summary");
        applyRules.setText(getTranslation("accounting.bank.applyRules"));
        applyRules.setTooltipText(getTranslation("accounting.bank.applyRulesHelp"));
        applyRules.setId("bank-apply-rules");
        applyRules.addClickListener(e -> applyRules());
        add(new H3(getTranslation("accounting.bank.reconcile")), row(statement, bookAccount, applyRules), summary);

        lines.addColumn(l -> format.date(l.line().date())).setHeader(getTranslation("accounting.invoice.date")).setAutoWidth(true);
        lines.addColumn(l -> l.line().counterparty() == null ? "" : l.line().counterparty())
                .setHeader(getTranslation("accounting.bank.counterparty"));
        lines.addColumn(l -> l.line().reference() == null ? "" : l.line().reference())
                .setHeader(getTranslation("accounting.bank.reference")).setFlexGrow(1);
        lines.addColumn(l -> format.money(l.line().amount(), l.line().currency())).setHeader(getTranslation("accounting.payment.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addComponentColumn(this::actions).setHeader(getTranslation("accounting.bank.suggestion")).setFlexGrow(1);
        lines.setEmptyStateText(getTranslation("accounting.bank.empty"));
        lines.setAllRowsVisible(true);
        lines.setId("bank-lines");
        add(lines);
        reloadAccounts();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounting.bank.title");
    }

    Select<BankAccount> bankSelect() {
        return bank;
    }

    Select<Statements.Statement> statementSelect() {
        return statement;
    }

    Grid<Banking.OpenLine> linesGrid() {
        return lines;
    }

    Span summary() {
        return summary;
    }

    /** The reconciliation summary shown: closing balance, ledger balance, difference, unreconciled lines. */
    Statements.Reconciliation report() {
        return report;
    }

    TextField newNameField() {
        return newName;
    }

    Button applyRulesButton() {
        return applyRules;
    }

    TextField bookAccountField() {
        return bookAccount;
    }

    void createAccount() {
        try {
            BankAccount created = source.create(newName.getValue(), newCurrency.getValue());
            newName.clear();
            reloadAccounts();
            bank.setValue(bank.getListDataView().getItems().filter(b -> b.id().equals(created.id())).findFirst().orElse(null));
            Notifications.success(getTranslation("accounting.bank.created", created.name(), created.account()));
        } catch (RuntimeException refused) {
            Notifications.error(refused);
        }
    }

    /** Imports an uploaded file into the selected bank account: CAMT.053 (.xml), OFX (.ofx/.qfx or its header) or CSV. */
    void importFile(String fileName, byte[] data) {
        if (bank.getValue() == null) {
            Notifications.error(getTranslation("accounting.bank.pickAccount"));
            return;
        }
        String content = new String(data, StandardCharsets.UTF_8);
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        Banking.Format fmt = lower.endsWith(".ofx") || lower.endsWith(".qfx") || content.contains("OFXHEADER") || content.contains("<OFX>")
                ? Banking.Format.OFX : lower.endsWith(".csv") ? Banking.Format.CSV : Banking.Format.CAMT053;
        Map<String, String> map = new LinkedHashMap<>();
        mapping.forEach((field, column) -> {
            if (!column.getValue().isBlank()) {
                map.put(field, column.getValue().strip());
            }
        });
        try {
            Statements.Statement imported = source.importFile(bank.getValue().id(), fmt, content, map);
            Notifications.success(getTranslation("accounting.bank.imported", TenantFormat.current().number(imported.lines())));
            loadStatements();
            statement.setValue(statement.getListDataView().getItems().filter(s -> s.id().equals(imported.id())).findFirst().orElse(null));
        } catch (RuntimeException refused) {
            Notifications.error(refused);
        }
    }

    void apply(Banking.OpenLine line, Banking.Proposal proposal) {
        reconcile(line, proposal.matches(), null);
    }

    void book(Banking.OpenLine line) {
        reconcile(line, null, bookAccount.getValue());
    }

    void bookByRule(Banking.OpenLine line, Banking.RuleProposal rule) {
        try {
            source.reconcileByRule(line.line().id(), rule.ruleId());
            Notifications.success(getTranslation("accounting.bank.reconciled", line.line().lineNo()));
            reloadStatement();
        } catch (RuntimeException refused) {
            Notifications.error(refused);
        }
    }

    /** Books every open line of the selected statement that exactly one stored rule meets. */
    void applyRules() {
        if (statement.getValue() == null || bank.getValue() == null) {
            Notifications.error(getTranslation("accounting.bank.noStatement"));
            return;
        }
        try {
            Banking.RulesApplied done = source.applyRules(bank.getValue().id(), statement.getValue().id());
            TenantFormat format = TenantFormat.current();
            Notifications.success(getTranslation("accounting.bank.rulesApplied", format.number(done.applied()),
                    format.number(done.ambiguous())));
            reloadStatement();
        } catch (RuntimeException refused) {
            Notifications.error(refused);
        }
    }

    private void reconcile(Banking.OpenLine line, List<Settlements.Match> matches, String account) {
        try {
            source.reconcile(line.line().id(), matches, account);
            Notifications.success(getTranslation("accounting.bank.reconciled", line.line().lineNo()));
            reloadStatement();
        } catch (RuntimeException refused) {
            Notifications.error(refused);
        }
    }

    private void reloadStatement() {
        UUID selected = statement.getValue().id();
        loadStatements();
        statement.setValue(statement.getListDataView().getItems().filter(s -> s.id().equals(selected)).findFirst().orElse(null));
    }

    private FlexLayout actions(Banking.OpenLine line) {
        FlexLayout cell = new FlexLayout();
        cell.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cell.setAlignItems(FlexComponent.Alignment.BASELINE);
        cell.getStyle().set("gap", "0.25rem");
        if (!line.suggestions().isEmpty()) {
            Banking.Proposal best = line.suggestions().getFirst();
            BigDecimal total = best.matches().stream().map(Settlements.Match::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            Button apply = new Button(getTranslation("accounting.bank.apply", String.join(", ", best.numbers()),
                    TenantFormat.current().money(total, line.line().currency())), e -> apply(line, best));
            apply.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            apply.setId("bank-apply-" + line.line().lineNo());
            cell.add(apply);
        }
        for (Banking.RuleProposal rule : line.rules()) {
            Button byRule = new Button(getTranslation("accounting.bank.byRule", rule.name(), rule.account()), e -> bookByRule(line, rule));
            byRule.addThemeVariants(ButtonVariant.SMALL, line.rules().size() == 1 && line.suggestions().isEmpty()
                    ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
            cell.add(byRule);
        }
        Button book = new Button(getTranslation("accounting.bank.book"), e -> book(line));
        book.addThemeVariants(ButtonVariant.SMALL);
        book.setId("bank-book-" + line.line().lineNo());
        cell.add(book);
        return cell;
    }

    private void reloadAccounts() {
        List<BankAccount> all = source.accounts();
        bank.setItems(all);
        if (!all.isEmpty()) {
            bank.setValue(all.getFirst());
        } else {
            loadStatements();
        }
    }

    private void loadStatements() {
        List<Statements.Statement> all = bank.getValue() == null ? List.of() : source.statements(bank.getValue().id());
        statement.setItems(all);
        if (!all.isEmpty()) {
            statement.setValue(all.getFirst());
        } else {
            loadLines();
        }
    }

    private void loadLines() {
        Statements.Statement s = statement.getValue();
        if (s == null || bank.getValue() == null) {
            lines.setItems(List.of());
            summary.setText(getTranslation("accounting.bank.noStatement"));
            report = null;
            return;
        }
        lines.setItems(source.openLines(s.id(), SHOWN));
        report = source.report(bank.getValue().id(), s.id());
        TenantFormat format = TenantFormat.current();
        String currency = report.currency();
        summary.setText(getTranslation("accounting.bank.summary", format.money(report.closingBalance(), currency),
                format.money(report.ledgerBalance(), currency), format.money(report.difference(), currency),
                format.number(report.unreconciledLines())));
    }

    private static FlexLayout row(com.vaadin.flow.component.Component... components) {
        FlexLayout row = new FlexLayout(components);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "0.5rem");
        return row;
    }
}
