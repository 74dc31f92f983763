package io.tessera.plugins.accounting.banking;

import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.AccountType;
import io.tessera.plugins.accounting.chart.Accounts;
import io.tessera.plugins.accounting.common.Db;
import io.tessera.plugins.accounting.common.Money;
import io.tessera.plugins.accounting.invoicing.Settlements;
import io.tessera.plugins.accounting.ledger.JournalPoster;
import io.tessera.plugins.accounting.ledger.PostingLine;
import io.tessera.plugins.accounting.ledger.PostingRequest;
import io.tessera.sdk.audit.AuditRecord;
import io.tessera.sdk.persistence.Ids;
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

    private final Db db;
    private final Statements statements;
    private final BankAccounts banks;
    private final Settlements settlements;
    private final Accounts accounts;
    private final JournalPoster poster;

    Reconciliations(Db db, Statements statements, BankAccounts banks, Settlements settlements, Accounts accounts, JournalPoster poster) {
        this.db = db;
        this.statements = statements;
        this.banks = banks;
        this.settlements = settlements;
        this.accounts = accounts;
        this.poster = poster;
    }

    /**
     * How to reconcile a line: {@code matches} or {@code account}, not both.
     *
     * @param matches     documents and amounts
     * @param account     an account code to book the line to (e.g. bank fees)
     * @param description the entry's description when booked to an account, optional
     */
    record ReconcileBody(List<Settlements.Match> matches, String account, String description) {
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
        if (hasMatches == hasAccount) {
            throw new ApiProblem(422, "Give either matches or an account", List.of(
                    new ApiProblem.FieldError("matches", "give either matches or an account"),
                    new ApiProblem.FieldError("account", "give either matches or an account")));
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
