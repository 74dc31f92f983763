package io.tessera.plugins.accounting.banking;

import io.tessera.plugins.accounting.invoicing.Settlements;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bank accounts, statements and reconciliation for the views: each call is one transaction, with the REST rules. */
public class Banking {

    private final BankAccounts banks;
    private final Statements statements;
    private final Suggestions suggestions;
    private final Reconciliations reconciliations;
    private final ReconciliationRules rules;
    private final TenantJdbc db;

    Banking(BankAccounts banks, Statements statements, Suggestions suggestions, Reconciliations reconciliations,
            ReconciliationRules rules, TenantJdbc db) {
        this.rules = rules;
        this.banks = banks;
        this.statements = statements;
        this.suggestions = suggestions;
        this.reconciliations = reconciliations;
        this.db = db;
    }

    /** A file format the views import. */
    public enum Format {
        /** ISO 20022 CAMT.053 XML. */
        CAMT053,
        /** OFX 1 (SGML) or 2 (XML). */
        OFX,
        /** CSV with a column mapping. */
        CSV
    }

    /**
     * An unreconciled line with its suggestions.
     *
     * @param line        the line
     * @param suggestions best first
     * @param rules       the stored reconciliation rules the line meets, by name
     */
    public record OpenLine(Statements.Line line, List<Proposal> suggestions, List<RuleProposal> rules) {

        /**
         * A line no rule meets.
         *
         * @param line        the line
         * @param suggestions best first
         */
        public OpenLine(Statements.Line line, List<Proposal> suggestions) {
            this(line, suggestions, List.of());
        }
    }

    /**
     * A stored rule a line meets.
     *
     * @param ruleId  the rule, for {@link #reconcileByRule(UUID, UUID)}
     * @param name    its name
     * @param account the account code it books to
     */
    public record RuleProposal(UUID ruleId, String name, String account) {
    }

    /**
     * What applying the rules to a statement did.
     *
     * @param applied   lines booked by the one rule each meets
     * @param ambiguous lines left open because several rules meet them
     * @param unmatched lines no rule meets
     */
    public record RulesApplied(int applied, int ambiguous, int unmatched) {
    }

    /**
     * A suggestion as the views show it.
     *
     * @param score   how strongly the line points at it
     * @param reasons {@code reference}, {@code party}, {@code amount}, {@code date}
     * @param numbers the documents' numbers
     * @param matches what to send to {@link #reconcile(UUID, List, String)}
     */
    public record Proposal(int score, List<String> reasons, List<String> numbers, List<Settlements.Match> matches) {
    }

    /**
     * Every bank account.
     *
     * @return the accounts, by name
     */
    @RequiresPermission("accounting.read")
    public List<BankAccount> accounts() {
        return db.tx().write(banks::list);
    }

    /**
     * Adds a bank account with a new ledger account.
     *
     * @param name     name
     * @param currency currency
     * @return the account
     */
    @RequiresPermission("accounting.manage")
    public BankAccount create(String name, String currency) {
        return db.tx().write(() -> banks.create(name, currency, null));
    }

    /**
     * A bank account's statements, newest first.
     *
     * @param bankAccountId the bank account
     * @return the statements
     */
    @RequiresPermission("accounting.read")
    public List<Statements.Statement> statements(UUID bankAccountId) {
        return db.tx().write(() -> statements.list(bankAccountId));
    }

    /**
     * Imports a file, all or nothing.
     *
     * @param bankAccountId the bank account
     * @param format        the format
     * @param content       the file's text
     * @param mapping       for CSV: field → column header
     * @return the statement
     */
    @RequiresPermission("accounting.write")
    public Statements.Statement importFile(UUID bankAccountId, Format format, String content, Map<String, String> mapping) {
        ParsedStatement parsed = switch (format) {
            case CAMT053 -> Camt053.parse(content);
            case OFX -> Ofx.parse(content);
            case CSV -> CsvStatement.parse(content, mapping);
        };
        return db.tx().write(() -> statements.importStatement(
                banks.find(bankAccountId).orElseThrow(() -> ApiProblem.notFound("Bank account", bankAccountId)), format.name(),
                content, parsed));
    }

    /**
     * The first unreconciled lines of a statement with their suggestions.
     *
     * @param statementId the statement
     * @param limit       at most this many
     * @return the lines
     */
    @RequiresPermission("accounting.read")
    public List<OpenLine> openLines(UUID statementId, int limit) {
        return db.tx().write(() -> {
            List<OpenLine> lines = new ArrayList<>();
            List<ReconciliationRules.Rule> stored = rules.all();
            for (Statements.Line line : statements.lines(statementId, "unreconciled", 0, limit)) {
                List<Proposal> proposals = suggestions.forLine(line).stream().map(s -> new Proposal(s.score(), s.reasons(),
                        s.matches().stream().map(Suggestions.Match::number).toList(),
                        s.matches().stream().map(m -> new Settlements.Match(m.invoiceId(), m.amount())).toList())).toList();
                lines.add(new OpenLine(line, proposals, rules.matching(line, stored).stream()
                        .map(r -> new RuleProposal(r.id(), r.name(), r.account())).toList()));
            }
            return lines;
        });
    }

    /**
     * Reconciles a line against documents or to an account.
     *
     * @param lineId  the line
     * @param matches documents and amounts, or {@code null}
     * @param account an account code, or {@code null}
     * @return the entry it posted
     */
    @RequiresPermission("accounting.write")
    public UUID reconcile(UUID lineId, List<Settlements.Match> matches, String account) {
        return db.tx().write(() -> reconciliations.reconcile(lineId, new Reconciliations.ReconcileBody(matches, account, null, null))).entryId();
    }

    /**
     * Reconciles a line by a stored rule it meets: booked to the rule's account.
     *
     * @param lineId the line
     * @param ruleId the rule
     * @return the entry it posted
     */
    @RequiresPermission("accounting.write")
    public UUID reconcileByRule(UUID lineId, UUID ruleId) {
        return db.tx().write(() -> reconciliations.reconcile(lineId,
                new Reconciliations.ReconcileBody(null, null, null, ruleId.toString()))).entryId();
    }

    /**
     * Books every unreconciled line of a statement that exactly one rule meets, all or nothing.
     *
     * @param bankAccountId the bank account
     * @param statementId   the statement
     * @return how many lines were booked, and how many were left open
     */
    @RequiresPermission("accounting.write")
    public RulesApplied applyRules(UUID bankAccountId, UUID statementId) {
        return db.tx().write(() -> {
            banks.find(bankAccountId).orElseThrow(() -> ApiProblem.notFound("Bank account", bankAccountId));
            statements.find(statementId).filter(s -> s.bankAccountId().equals(bankAccountId))
                    .orElseThrow(() -> ApiProblem.notFound("Statement", statementId));
            Reconciliations.Applied applied = reconciliations.applyRules(statementId);
            return new RulesApplied(applied.applied(), applied.ambiguous(), applied.unmatched());
        });
    }

    /**
     * The reconciliation report of a statement.
     *
     * @param bankAccountId the bank account
     * @param statementId   the statement
     * @return closing balance, ledger balance, difference, unreconciled lines
     */
    @RequiresPermission("accounting.read")
    public Statements.Reconciliation report(UUID bankAccountId, UUID statementId) {
        return db.tx().write(() -> {
            BankAccount bank = banks.find(bankAccountId).orElseThrow(() -> ApiProblem.notFound("Bank account", bankAccountId));
            Statements.Statement statement = statements.find(statementId)
                    .filter(s -> s.bankAccountId().equals(bankAccountId))
                    .orElseThrow(() -> ApiProblem.notFound("Statement", statementId));
            return statements.reconciliation(bank, statement);
        });
    }
}
