package io.tessera.plugins.accounting.banking;

import io.tessera.plugins.accounting.common.Money;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;

/**
 * Imports bank statements, all or nothing: the file is parsed and checked whole (currency, amounts at the currency's
 * digits, dates) before anything is written; the statement and its lines are written in two statements. The same
 * statement (its id in the file, else the file's SHA-256) and the same transaction id (the bank's, else a hash of the
 * line's date, amount, reference, counterparty and its occurrence in the file) are refused by unique constraints (409).
 * Also lists statements and their lines (keyset paging) and computes the reconciliation report. Call inside a
 * transaction.
 */
public class Statements {

    /** At most this many lines per file. */
    static final int MAX_LINES = 100_000;

    private final TenantJdbc db;

    Statements(TenantJdbc db) {
        this.db = db;
    }

    /**
     * A stored statement.
     *
     * @param id             id
     * @param bankAccountId  its bank account
     * @param reference      its id in the file, or {@code sha256:…} of the file
     * @param format         {@code CAMT053}, {@code OFX} or {@code CSV}
     * @param from           first day
     * @param to             last day
     * @param openingBalance opening balance from the file, or {@code null}
     * @param closingBalance closing balance from the file, or {@code null}
     * @param lines          number of lines
     * @param unreconciled   lines not reconciled yet
     * @param importedAt     when it was imported
     */
    public record Statement(UUID id, UUID bankAccountId, String reference, String format, LocalDate from, LocalDate to,
                            BigDecimal openingBalance, BigDecimal closingBalance, int lines, int unreconciled,
                            OffsetDateTime importedAt) {
    }

    /**
     * A statement line.
     *
     * @param id            id
     * @param statementId   its statement
     * @param lineNo        position in the file, from 1
     * @param date          booking date
     * @param amount        signed amount (positive received)
     * @param currency      currency
     * @param reference     remittance information
     * @param counterparty  the other party's name
     * @param transactionId the bank's transaction id (or the derived one)
     * @param reconciled    whether it is reconciled
     * @param entryId       the entry that reconciled it, or {@code null}
     * @param paymentId     the payment that reconciled it, or {@code null}
     */
    public record Line(UUID id, UUID statementId, int lineNo, LocalDate date, BigDecimal amount, String currency, String reference,
                       String counterparty, String transactionId, boolean reconciled, UUID entryId, UUID paymentId) {
    }

    /**
     * Imports a parsed file into a bank account.
     *
     * @param bank    the bank account
     * @param format  {@code CAMT053}, {@code OFX} or {@code CSV}
     * @param content the file's text (for its hash)
     * @param parsed  the parsed statement
     * @return the statement stored
     */
    @RequiresPermission("accounting.write")
    public Statement importStatement(BankAccount bank, String format, String content, ParsedStatement parsed) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        String currency = bank.currency();
        int digits = Money.digits(currency);
        if (parsed.currency() != null && !parsed.currency().equalsIgnoreCase(currency)) {
            errors.add(new ApiProblem.FieldError("body", "is a statement in " + parsed.currency() + ", the bank account is in " + currency));
        }
        if (parsed.lines().isEmpty()) {
            errors.add(new ApiProblem.FieldError("body", "has no transactions"));
        }
        if (parsed.lines().size() > MAX_LINES) {
            errors.add(new ApiProblem.FieldError("body", "has more than " + MAX_LINES + " transactions; split it"));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The statement cannot be imported", errors);
        }
        String hash = sha256(content);
        UUID id = Ids.newId();
        Map<String, Integer> occurrences = new HashMap<>();
        List<Object[]> rows = new ArrayList<>(parsed.lines().size());
        LocalDate first = null;
        LocalDate last = null;
        for (int i = 0; i < parsed.lines().size(); i++) {
            ParsedStatement.Line l = parsed.lines().get(i);
            String field = "lines[" + (i + 1) + "]";
            if (l.currency() != null && !l.currency().equalsIgnoreCase(currency)) {
                errors.add(new ApiProblem.FieldError(field + ".currency", "is " + l.currency() + ", the bank account is in " + currency));
            }
            if (l.amount().signum() == 0 || l.amount().stripTrailingZeros().scale() > digits
                    || l.amount().precision() - l.amount().scale() > 15) {
                errors.add(new ApiProblem.FieldError(field + ".amount", "must be non-zero with at most " + digits + " decimals: "
                        + l.amount().toPlainString()));
                continue;
            }
            String reference = cut(l.reference(), 500);
            String counterparty = cut(l.counterparty(), 200);
            String txId = l.transactionId();
            if (txId == null) {
                String key = l.date() + "|" + l.amount().stripTrailingZeros().toPlainString() + "|" + reference + "|" + counterparty;
                int n = occurrences.merge(key, 1, Integer::sum);
                txId = "sha256:" + sha256(key + "|" + n).substring(0, 40);
            } else if (txId.length() > 200) {
                errors.add(new ApiProblem.FieldError(field + ".transactionId", "is longer than 200 characters"));
            }
            first = first == null || l.date().isBefore(first) ? l.date() : first;
            last = last == null || l.date().isAfter(last) ? l.date() : last;
            rows.add(new Object[] {db.tenant(), Ids.newId(), id, bank.id(), i + 1, l.date(), l.amount().setScale(digits), currency,
                reference, counterparty, txId});
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The statement has invalid transactions; nothing was imported",
                    errors.subList(0, Math.min(errors.size(), 50)));
        }
        LocalDate from = parsed.from() != null ? parsed.from() : first;
        LocalDate to = parsed.to() != null ? parsed.to() : last;
        String reference = parsed.reference() != null ? cut(parsed.reference(), 200) : "sha256:" + hash;
        try {
            db.sql().sql("insert into acc_statements (tenant_id, id, bank_account_id, statement_ref, format, start_date, end_date, "
                            + "opening_balance, closing_balance, line_count, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(db.tenant(), id, bank.id(), reference, format, from, to, parsed.opening(), parsed.closing(), rows.size(),
                            OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
            db.jdbc().batchUpdate("insert into acc_statement_lines (tenant_id, id, statement_id, bank_account_id, line_no, booking_date, "
                    + "amount, currency, reference, counterparty, transaction_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        } catch (DuplicateKeyException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            throw ApiProblem.conflict(message.contains("acc_statements_ref_uk")
                    ? "Statement " + reference + " was already imported into " + bank.name()
                    : "A transaction of this statement was already imported into " + bank.name()
                            + " (same transaction id); nothing was imported");
        }
        return find(id).orElseThrow();
    }

    /**
     * One statement.
     *
     * @param id its id
     * @return the statement, empty when the tenant has none with this id
     */
    public Optional<Statement> find(UUID id) {
        return db.sql().sql(STATEMENTS + " and s.id = ?").params(db.tenant(), id).query(Statements::statement).optional();
    }

    /**
     * A bank account's statements, newest first.
     *
     * @param bankAccountId the bank account
     * @return its statements
     */
    public List<Statement> list(UUID bankAccountId) {
        return db.sql().sql(STATEMENTS + " and s.bank_account_id = ? order by s.end_date desc, s.id desc")
                .params(db.tenant(), bankAccountId).query(Statements::statement).list();
    }

    private static final String STATEMENTS = "select s.id, s.bank_account_id, s.statement_ref, s.format, s.start_date, s.end_date, "
            + "s.opening_balance, s.closing_balance, s.line_count, (select count(*) from acc_statement_lines l where l.tenant_id = s.tenant_id "
            + "and l.statement_id = s.id and l.entry_id is null) as unreconciled, s.imported_at from acc_statements s where s.tenant_id = ?";

    /**
     * A page of a statement's lines, by position.
     *
     * @param statementId the statement
     * @param state       {@code unreconciled}, {@code reconciled} or {@code all}
     * @param afterLineNo keyset: lines after this position (0 for the first page)
     * @param size        page size
     * @return the lines
     */
    public List<Line> lines(UUID statementId, String state, int afterLineNo, int size) {
        String filter = switch (state) {
            case "unreconciled" -> " and entry_id is null";
            case "reconciled" -> " and entry_id is not null";
            default -> "";
        };
        return db.sql().sql(LINES + " and statement_id = ? and line_no > ?" + filter + " order by line_no limit ?")
                .params(db.tenant(), statementId, afterLineNo, size).query(Statements::line).list();
    }

    /**
     * One line, row-locked until the transaction ends.
     *
     * @param id its id
     * @return the line, empty when the tenant has none with this id
     */
    public Optional<Line> lock(UUID id) {
        return db.sql().sql(LINES + " and id = ? for update").params(db.tenant(), id).query(Statements::line).optional();
    }

    private static final String LINES = "select id, statement_id, line_no, booking_date, amount, currency, reference, counterparty, "
            + "transaction_id, entry_id, payment_id from acc_statement_lines where tenant_id = ?";

    /**
     * Marks a line reconciled by an entry (and the payment it belongs to, if any); refused when it already is.
     *
     * @param lineId    the line
     * @param entryId   the entry
     * @param paymentId the payment, or {@code null}
     */
    @RequiresPermission("accounting.write")
    public void markReconciled(UUID lineId, UUID entryId, UUID paymentId) {
        int updated = db.sql().sql("update acc_statement_lines set entry_id = ?, payment_id = ?, reconciled_at = ? "
                        + "where tenant_id = ? and id = ? and entry_id is null")
                .params(entryId, paymentId, OffsetDateTime.now(ZoneOffset.UTC), db.tenant(), lineId).update();
        if (updated != 1) {
            throw ApiProblem.conflict("Statement line " + lineId + " is already reconciled");
        }
    }

    /**
     * The reconciliation report of a statement: its closing balance (from the file, else the opening balance — zero when
     * the file has none — plus its lines) against the ledger's balance of the bank account's ledger account in its
     * currency up to the statement's last day, and the lines still unreconciled.
     *
     * @param bank      the bank account
     * @param statement the statement
     * @return the report
     */
    public Reconciliation reconciliation(BankAccount bank, Statement statement) {
        int digits = Money.digits(bank.currency());
        BigDecimal[] open = db.sql().sql("select count(*), coalesce(sum(amount), 0), coalesce((select sum(amount) from acc_statement_lines "
                        + "where tenant_id = ? and statement_id = ?), 0) from acc_statement_lines where tenant_id = ? and statement_id = ? "
                        + "and entry_id is null")
                .params(db.tenant(), statement.id(), db.tenant(), statement.id())
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)}).single();
        BigDecimal closing = statement.closingBalance() != null ? statement.closingBalance()
                : (statement.openingBalance() == null ? BigDecimal.ZERO : statement.openingBalance()).add(open[2]);
        BigDecimal ledger = db.sql().sql("select coalesce(sum(debit) - sum(credit), 0) from acc_lines where tenant_id = ? "
                        + "and account_id = ? and currency = ? and entry_date <= ?")
                .params(db.tenant(), bank.accountId(), bank.currency(), statement.to()).query(BigDecimal.class).single();
        return new Reconciliation(statement.id(), bank.id(), bank.account(), bank.currency(), statement.to(),
                statement.openingBalance() == null ? null : statement.openingBalance().setScale(digits), closing.setScale(digits),
                ledger.setScale(digits), closing.subtract(ledger).setScale(digits), open[0].intValue(), open[1].setScale(digits));
    }

    /**
     * A statement's reconciliation report.
     *
     * @param statementId        the statement
     * @param bankAccountId      its bank account
     * @param account            the bank account's ledger account code
     * @param currency           the currency
     * @param asOf               the statement's last day
     * @param openingBalance     the file's opening balance, or {@code null}
     * @param closingBalance     the file's closing balance, else the opening balance (or zero) plus the lines
     * @param ledgerBalance      the ledger account's balance in the currency up to {@code asOf}
     * @param difference         closing balance minus ledger balance
     * @param unreconciledLines  lines not reconciled yet
     * @param unreconciledAmount their sum
     */
    public record Reconciliation(UUID statementId, UUID bankAccountId, String account, String currency, LocalDate asOf,
                                 BigDecimal openingBalance, BigDecimal closingBalance, BigDecimal ledgerBalance,
                                 BigDecimal difference, int unreconciledLines, BigDecimal unreconciledAmount) {
    }

    private static Statement statement(ResultSet rs, int n) throws SQLException {
        return new Statement(rs.getObject("id", UUID.class), rs.getObject("bank_account_id", UUID.class), rs.getString("statement_ref"),
                rs.getString("format"), rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getBigDecimal("opening_balance"), rs.getBigDecimal("closing_balance"), rs.getInt("line_count"), rs.getInt("unreconciled"),
                rs.getObject("imported_at", OffsetDateTime.class));
    }

    private static Line line(ResultSet rs, int n) throws SQLException {
        String currency = rs.getString("currency");
        UUID entry = rs.getObject("entry_id", UUID.class);
        return new Line(rs.getObject("id", UUID.class), rs.getObject("statement_id", UUID.class), rs.getInt("line_no"),
                rs.getObject("booking_date", LocalDate.class), rs.getBigDecimal("amount").setScale(Money.digits(currency)), currency,
                rs.getString("reference"), rs.getString("counterparty"), rs.getString("transaction_id"), entry != null, entry,
                rs.getObject("payment_id", UUID.class));
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
