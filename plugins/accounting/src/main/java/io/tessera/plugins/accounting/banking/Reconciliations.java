package io.tessera.plugins.accounting.banking;

import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.AccountType;
import io.tessera.plugins.accounting.chart.Accounts;
import io.tessera.plugins.accounting.common.Money;
import io.tessera.plugins.accounting.invoicing.Settlements;
import io.tessera.plugins.accounting.ledger.JournalPoster;
import io.tessera.plugins.accounting.ledger.PostingLine;
import io.tessera.plugins.accounting.ledger.PostingRequest;
import io.tessera.sdk.audit.AuditRecord;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reconciles a statement line, once: against open documents (a payment through the line's bank account — one balanced
 * entry however many documents it clears, partly or fully) or to an account (bank fees, interest: an entry of the bank
 * account against that account). The line is row-locked first, so two users cannot reconcile it twice. Call inside a
 * transaction.
 */
class Reconciliations {

    private final TenantJdbc db;
    private final Statements statements;
    private final BankAccounts banks;
    private final Settlements settlements;
    private final Accounts accounts;
    private final JournalPoster poster;
    private final ReconciliationRules rules;

    Reconciliations(TenantJdbc db, Statements statements, BankAccounts banks, Settlements settlements, Accounts accounts, JournalPoster poster,
                    ReconciliationRules rules) {
        this.rules = rules;
        this.db = db;
        this.statements = statements;
        this.banks = banks;
        this.settlements = settlements;
        this.accounts = accounts;
        this.poster = poster;
    }

    /**
     * How to reconcile a line: {@code matches}, {@code account} or {@code rule}, exactly one.
     *
     * @param matches     documents and amounts
     * @param account     an account code to book the line to (e.g. bank fees)
     * @param description the entry's description when booked to an account, optional
     * @param rule        the id of a reconciliation rule the line meets: booked to its account, with its description
     */
    record ReconcileBody(List<Settlements.Match> matches, String account, String description, String rule) {
    }

    /**
     * What reconciling a line posted.
     *
     * @param lineId    the line
     * @param entryId   the journal entry
     * @param paymentId the payment, or {@code null} when booked to an account
     */
    record Reconciled(UUID lineId, UUID entryId, UUID paymentId) {
    }

    @RequiresPermission("accounting.write")
    Reconciled reconcile(UUID lineId, ReconcileBody body) {
        Statements.Line line = statements.lock(lineId).orElseThrow(() -> ApiProblem.notFound("Statement line", lineId));
        if (line.reconciled()) {
            throw ApiProblem.conflict("Statement line " + line.lineNo() + " is already reconciled (entry " + line.entryId() + ")");
        }
        boolean hasMatches = body.matches() != null && !body.matches().isEmpty();
        boolean hasAccount = body.account() != null && !body.account().isBlank();
        boolean hasRule = body.rule() != null && !body.rule().isBlank();
        if ((hasMatches ? 1 : 0) + (hasAccount ? 1 : 0) + (hasRule ? 1 : 0) != 1) {
            String why = "give exactly one of matches, an account or a rule";
            throw new ApiProblem(422, "Give exactly one of matches, an account or a rule", List.of(
                    new ApiProblem.FieldError("matches", why), new ApiProblem.FieldError("account", why),
                    new ApiProblem.FieldError("rule", why)));
        }
        if (hasRule) {
            body = byRule(line, body.rule().strip());
        }
        UUID bankAccountId = db.sql().sql("select bank_account_id from acc_statement_lines where tenant_id = ? and id = ?")
                .params(db.tenant(), lineId).query(UUID.class).single();
        BankAccount bank = banks.find(bankAccountId).orElseThrow();
        UUID entryId;
        UUID paymentId = null;
        if (hasMatches) {
            Settlements.Settled settled = settlements.settle(bank.accountId(), line.date(), line.amount(), line.currency(), body.matches());
            entryId = settled.entryId();
            paymentId = settled.paymentId();
        } else {
            entryId = bookToAccount(line, bank, body);
        }
        statements.markReconciled(lineId, entryId, paymentId);
        return new Reconciled(lineId, entryId, paymentId);
    }

    /**
     * What applying the rules to a statement did.
     *
     * @param applied   lines booked, each by the one rule it meets
     * @param ambiguous lines left open because more than one rule meets them
     * @param unmatched lines left open because no rule meets them
     */
    record Applied(int applied, int ambiguous, int unmatched) {
    }

    /**
     * Books every unreconciled line of a statement that exactly one rule meets, each as {@code {"rule"}} would; all or
     * nothing (a line reconciled meanwhile by someone else fails the whole call with 409).
     */
    @RequiresPermission("accounting.write")
    Applied applyRules(UUID statementId) {
        List<ReconciliationRules.Rule> all = rules.all();
        int applied = 0;
        int ambiguous = 0;
        int unmatched = 0;
        int after = 0;
        while (true) {
            List<Statements.Line> page = statements.lines(statementId, "unreconciled", after, 500);
            for (Statements.Line line : page) {
                List<ReconciliationRules.Rule> met = rules.matching(line, all);
                if (met.size() == 1) {
                    reconcile(line.id(), new ReconcileBody(null, null, null, met.getFirst().id().toString()));
                    applied++;
                } else if (met.isEmpty()) {
                    unmatched++;
                } else {
                    ambiguous++;
                }
            }
            if (page.size() < 500) {
                return new Applied(applied, ambiguous, unmatched);
            }
            after = page.getLast().lineNo();
        }
    }

    /** The body booking a line by a rule: the rule must exist for this tenant (404) and the line must meet it (422). */
    private ReconcileBody byRule(Statements.Line line, String ruleId) {
        UUID id;
        try {
            id = UUID.fromString(ruleId);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("rule", "is not a rule id: " + ruleId);
        }
        ReconciliationRules.Rule rule = rules.find(id).orElseThrow(() -> ApiProblem.notFound("Reconciliation rule", id));
        if (!rule.matches(line)) {
            throw ApiProblem.invalid("rule", "'" + rule.name() + "' does not match statement line " + line.lineNo());
        }
        return new ReconcileBody(null, rule.account(), rule.description(), null);
    }

    private UUID bookToAccount(Statements.Line line, BankAccount bank, ReconcileBody body) {
        Account account = accounts.byCodes(List.of(body.account())).get(body.account());
        if (account == null || !account.active()) {
            throw ApiProblem.invalid("account", "is not an active account code: " + body.account());
        }
        if (account.id().equals(bank.accountId()) || account.type() == AccountType.EQUITY && account.role() != null) {
            throw ApiProblem.invalid("account", "cannot be the bank account itself or a closing account");
        }
        String currency = line.currency();
        BigDecimal amount = line.amount().abs();
        BigDecimal zero = BigDecimal.ZERO.setScale(Money.digits(currency));
        boolean received = line.amount().signum() > 0;
        String description = body.description() == null || body.description().isBlank()
                ? bank.name() + ": " + (line.reference() == null ? "statement line " + line.lineNo() : line.reference())
                : body.description().strip();
        if (description.length() > 500) {
            throw ApiProblem.invalid("description", "must have at most 500 characters");
        }
        UUID entryId = Ids.newId();
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("statementLineId", line.id().toString());
        audited.put("transactionId", line.transactionId());
        audited.put("account", account.code());
        audited.put("amount", line.amount().toPlainString());
        audited.put("entryId", entryId.toString());
        poster.post(new PostingRequest(entryId, line.date(), description, "bank", line.id(), null, List.of(
                        new PostingLine(bank.accountId(), null, currency, received ? amount : zero, received ? zero : amount),
                        new PostingLine(account.id(), null, currency, received ? zero : amount, received ? amount : zero))),
                new AuditRecord("StatementLine", line.id().toString(), "RECONCILE", audited));
        return entryId;
    }
}
