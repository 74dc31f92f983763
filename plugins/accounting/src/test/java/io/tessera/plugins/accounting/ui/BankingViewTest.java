package io.tessera.plugins.accounting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import io.tessera.plugins.accounting.banking.BankAccount;
import io.tessera.plugins.accounting.banking.Banking;
import io.tessera.plugins.accounting.banking.Statements;
import io.tessera.plugins.accounting.invoicing.Settlements;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bank reconciliation view against an in-memory bank: add an account, import, apply a suggestion, book a fee (browserless). */
@ViewPackages(packages = "io.tessera.plugins.accounting.ui")
class BankingViewTest extends BrowserlessTest {

    /** A bank in memory: what the view sent, and lines that disappear once reconciled. */
    private static final class Memory implements BankingView.Source {
        final List<BankAccount> accounts = new ArrayList<>();
        final List<Statements.Statement> statements = new ArrayList<>();
        final List<Banking.OpenLine> open = new ArrayList<>();
        final List<Object[]> imports = new ArrayList<>();
        final List<Object[]> reconciled = new ArrayList<>();

        @Override
        public List<BankAccount> accounts() {
            return List.copyOf(accounts);
        }

        @Override
        public BankAccount create(String name, String currency) {
            BankAccount b = new BankAccount(UUID.randomUUID(), name, currency, UUID.randomUUID(), "1501", name);
            accounts.add(b);
            return b;
        }

        @Override
        public List<Statements.Statement> statements(UUID bankAccountId) {
            return statements.stream().filter(s -> s.bankAccountId().equals(bankAccountId)).toList();
        }

        @Override
        public Statements.Statement importFile(UUID bankAccountId, Banking.Format format, String content, Map<String, String> mapping) {
            imports.add(new Object[] {format, content, mapping});
            Statements.Statement s = new Statements.Statement(UUID.randomUUID(), bankAccountId, "S1", format.name(), LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 4, 30), BigDecimal.ZERO, new BigDecimal("344.50"), 2, 2, OffsetDateTime.now());
            statements.add(s);
            Statements.Line pay = line(s, 1, "357.00", "INV-000001, INV-000002", "Acme Trading GmbH");
            Statements.Line fee = line(s, 2, "-12.50", "Fee", null);
            open.clear(); // the view shows the statement just imported
            UUID a = UUID.randomUUID();
            UUID b = UUID.randomUUID();
            open.add(new Banking.OpenLine(pay, List.of(new Banking.Proposal(110, List.of("reference", "party", "amount"),
                    List.of("INV-000001", "INV-000002"), List.of(new Settlements.Match(a, new BigDecimal("119.00")),
                    new Settlements.Match(b, new BigDecimal("238.00")))))));
            open.add(new Banking.OpenLine(fee, List.of()));
            return s;
        }

        @Override
        public List<Banking.OpenLine> openLines(UUID statementId, int limit) {
            return List.copyOf(open);
        }

        @Override
        public UUID reconcile(UUID lineId, List<Settlements.Match> matches, String account) {
            reconciled.add(new Object[] {lineId, matches, account});
            open.removeIf(l -> l.line().id().equals(lineId));
            return UUID.randomUUID();
        }

        @Override
        public UUID reconcileByRule(UUID lineId, UUID ruleId) {
            reconciled.add(new Object[] {lineId, null, null, ruleId});
            open.removeIf(l -> l.line().id().equals(lineId));
            return UUID.randomUUID();
        }

        @Override
        public Banking.RulesApplied applyRules(UUID bankAccountId, UUID statementId) {
            List<Banking.OpenLine> single = open.stream().filter(l -> l.rules().size() == 1).toList();
            single.forEach(l -> reconcileByRule(l.line().id(), l.rules().getFirst().ruleId()));
            int ambiguous = (int) open.stream().filter(l -> l.rules().size() > 1).count();
            return new Banking.RulesApplied(single.size(), ambiguous, open.size() - ambiguous);
        }

        @Override
        public Statements.Reconciliation report(UUID bankAccountId, UUID statementId) {
            BigDecimal ledger = open.isEmpty() ? new BigDecimal("344.50") : new BigDecimal("0.00");
            return new Statements.Reconciliation(statementId, bankAccountId, "1501", "EUR", LocalDate.of(2026, 4, 30), BigDecimal.ZERO,
                    new BigDecimal("344.50"), ledger, new BigDecimal("344.50").subtract(ledger), open.size(), BigDecimal.ZERO);
        }

        private static Statements.Line line(Statements.Statement s, int no, String amount, String reference, String counterparty) {
            return new Statements.Line(UUID.randomUUID(), s.id(), no, LocalDate.of(2026, 4, 10), new BigDecimal(amount), "EUR",
                    reference, counterparty, "tx-" + no, false, null, null);
        }
    }

    @Test
    void ruleSuggestionsAreShownBookedAndAppliedOnlyWhereOneRuleMatches() {
        Memory bank = new Memory();
        BankingView view = new BankingView(bank);
        UI.getCurrent().add(view);
        test(view.newNameField()).setValue("Commerzbank");
        view.createAccount();
        // applying rules without a statement is refused without calling the service
        test(view.applyRulesButton()).click();
        assertThat(bank.reconciled).isEmpty();
        view.importFile("april.xml", "<Document/>".getBytes(StandardCharsets.UTF_8));
        Statements.Statement s = view.statementSelect().getValue();
        Banking.RuleProposal fees = new Banking.RuleProposal(UUID.randomUUID(), "Bank fees", "6800");
        Banking.RuleProposal card = new Banking.RuleProposal(UUID.randomUUID(), "Card fees", "6810");
        bank.open.clear();
        bank.open.add(new Banking.OpenLine(Memory.line(s, 1, "-12.50", "Account fee", "Commerzbank"), List.of(), List.of(fees)));
        bank.open.add(new Banking.OpenLine(Memory.line(s, 2, "-3.20", "Card fee", "VISA"), List.of(), List.of(fees, card)));
        bank.open.add(new Banking.OpenLine(Memory.line(s, 3, "-7.00", "Wire fee", "Commerzbank"), List.of(), List.of(fees)));
        view.statementSelect().setValue(null);
        view.statementSelect().setValue(s);
        assertThat(test(view.linesGrid()).size()).isEqualTo(3);

        view.bookByRule(bank.open.get(2), fees);
        assertThat(bank.reconciled.getLast()[3]).isEqualTo(fees.ruleId());
        assertThat(test(view.linesGrid()).size()).isEqualTo(2);

        test(view.applyRulesButton()).click();
        // the line one rule meets is booked; the one two rules meet stays for a person to choose
        assertThat(bank.reconciled).hasSize(2);
        assertThat(test(view.linesGrid()).size()).isEqualTo(1);
        assertThat(bank.open.getFirst().line().reference()).isEqualTo("Card fee");
        view.bookByRule(bank.open.getFirst(), card);
        assertThat(bank.reconciled.getLast()[3]).isEqualTo(card.ruleId());
        assertThat(test(view.linesGrid()).size()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void addImportApplyASuggestionBookAFeeAndReachZeroDifference() {
        Memory bank = new Memory();
        BankingView view = new BankingView(bank);
        UI.getCurrent().add(view);
        assertThat(view.getPageTitle()).contains("accounting.bank.title"); // no I18NProvider in a browserless unit test: keys show
        assertThat(view.summary().getText()).contains("accounting.bank.noStatement");

        // importing before any account exists is refused without calling the service
        view.importFile("april.xml", "<Document/>".getBytes(StandardCharsets.UTF_8));
        assertThat(bank.imports).isEmpty();

        test(view.newNameField()).setValue("Commerzbank");
        view.createAccount();
        assertThat(view.bankSelect().getValue().name()).isEqualTo("Commerzbank");

        view.importFile("april.ofx", "OFXHEADER:100\n<OFX></OFX>".getBytes(StandardCharsets.UTF_8));
        assertThat(bank.imports.getLast()[0]).isEqualTo(Banking.Format.OFX);
        view.importFile("april.csv", "date,amount\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bank.imports.getLast()[0]).isEqualTo(Banking.Format.CSV);
        assertThat((Map<Object, Object>) bank.imports.getLast()[2]).containsEntry("date", "date").containsEntry("counterparty", "counterparty");
        view.importFile("april.xml", "<Document/>".getBytes(StandardCharsets.UTF_8));
        assertThat(bank.imports.getLast()[0]).isEqualTo(Banking.Format.CAMT053);

        assertThat(view.statementSelect().getValue()).isNotNull();
        assertThat(test(view.linesGrid()).size()).isEqualTo(2);
        assertThat(test(view.linesGrid()).getCellText(0, 3)).isEqualTo("€357.00");
        assertThat(view.report().difference()).isEqualByComparingTo("344.50");
        assertThat(view.report().unreconciledLines()).isEqualTo(2);

        Banking.OpenLine payment = bank.open.getFirst();
        view.apply(payment, payment.suggestions().getFirst());
        assertThat((List<?>) bank.reconciled.getLast()[1]).hasSize(2);
        assertThat(test(view.linesGrid()).size()).isEqualTo(1);

        test(view.bookAccountField()).setValue("6800");
        view.book(bank.open.getFirst());
        assertThat(bank.reconciled.getLast()[2]).isEqualTo("6800");
        assertThat(test(view.linesGrid()).size()).isZero();
        assertThat(view.linesGrid().getEmptyStateText()).contains("accounting.bank.empty");
        assertThat(view.report().difference()).isEqualByComparingTo("0");
        assertThat(view.report().unreconciledLines()).isZero();
    }
}
