package io.tessera.plugins.accounting.banking;

import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bank accounts, statement import, statement lines with reconciliation suggestions (documents and stored rules),
 * reconciliation (one line, or every line one rule meets) and its report.
 */
@RestController
@RequestMapping("/api/v1/accounting")
class BankingController {

    private final BankAccounts banks;
    private final Statements statements;
    private final Suggestions suggestions;
    private final Reconciliations reconciliations;
    private final ReconciliationRules rules;
    private final TenantJdbc db;

    BankingController(BankAccounts banks, Statements statements, Suggestions suggestions, Reconciliations reconciliations,
                      ReconciliationRules rules, TenantJdbc db) {
        this.rules = rules;
        this.banks = banks;
        this.statements = statements;
        this.suggestions = suggestions;
        this.reconciliations = reconciliations;
        this.db = db;
    }

    /**
     * A new bank account.
     *
     * @param name     name
     * @param currency currency
     * @param account  an existing asset account's code; a new ledger account next to the chart's bank account when absent
     */
    record NewBankAccount(String name, String currency, String account) {
    }

    /**
     * A list.
     *
     * @param items the items
     * @param <T>   their type
     */
    record Items<T>(List<T> items) {
    }

    /**
     * An imported statement.
     *
     * @param id        the statement
     * @param format    {@code CAMT053}, {@code OFX} or {@code CSV}
     * @param lines     its number of lines
     * @param statement the statement
     */
    record Imported(UUID id, String format, int lines, Statements.Statement statement) {
    }

    /**
     * A line with its suggestions (unreconciled lines, when asked).
     *
     * @param line        the line
     * @param suggestions best first, or {@code null}
     * @param rules       the stored rules the line meets, by name, or {@code null}
     */
    record LineItem(Statements.Line line, List<Suggestions.Suggestion> suggestions, List<RuleSuggestion> rules) {
    }

    /**
     * A stored rule the line meets: {@code {"rule": ruleId}} books the line to its account.
     *
     * @param ruleId  the rule
     * @param name    its name
     * @param account the account code it books to
     */
    record RuleSuggestion(java.util.UUID ruleId, String name, String account) {
    }

    /**
     * A page of lines.
     *
     * @param items the lines
     * @param next  the {@code after} of the next page, or {@code null} on the last
     */
    record LinesPage(List<LineItem> items, Integer next) {
    }

    @GetMapping("/bank-accounts")
    @RequiresPermission("accounting.read")
    Items<BankAccount> list() {
        return new Items<>(db.tx().write(banks::list));
    }

    @PostMapping("/bank-accounts")
    @RequiresPermission("accounting.manage")
    ResponseEntity<BankAccount> create(@RequestBody NewBankAccount body) {
        BankAccount created = db.tx().write(() -> banks.create(body.name(), body.currency(), body.account()));
        return ResponseEntity.created(URI.create("/api/v1/accounting/bank-accounts/" + created.id())).body(created);
    }

    @GetMapping("/bank-accounts/{id}")
    @RequiresPermission("accounting.read")
    BankAccount get(@PathVariable UUID id) {
        return db.tx().write(() -> banks.find(id).orElseThrow(() -> ApiProblem.notFound("Bank account", id)));
    }

    @GetMapping("/bank-accounts/{id}/statements")
    @RequiresPermission("accounting.read")
    Items<Statements.Statement> statements(@PathVariable UUID id) {
        return db.tx().write(() -> {
            banks.find(id).orElseThrow(() -> ApiProblem.notFound("Bank account", id));
            return new Items<>(statements.list(id));
        });
    }

    /**
     * Imports a statement: CAMT.053 ({@code application/xml}), OFX ({@code application/x-ofx}, or detected in any text
     * body) or CSV ({@code text/csv} with {@code map.<field>=<header>}). All or nothing; the same statement or
     * transaction twice is refused (409). {@code …/statements} takes bodies up to the API's general limit
     * ({@code tessera.api.max-body-size}, 1 MB), {@code …/statements/import} up to the import limit
     * ({@code tessera.api.max-import-body-size}, 20 MB) for large files.
     */
    @PostMapping(path = {"/bank-accounts/{id}/statements", "/bank-accounts/{id}/statements/import"},
            consumes = {"application/xml", "text/xml", "application/x-ofx", "application/ofx", "text/csv", "text/plain"})
    @RequiresPermission("accounting.write")
    ResponseEntity<Imported> importStatement(@PathVariable UUID id,
                                                        @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
                                                        @RequestParam Map<String, String> params,
                                                        @RequestBody(required = false) String content) {
        if (content == null || content.isBlank()) {
            throw ApiProblem.invalid("body", "is empty: send the statement file");
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        Map<String, String> mapping = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("map.")) {
                mapping.put(k.substring(4), v);
            }
        });
        String format;
        ParsedStatement parsed;
        if (Ofx.looksLikeOfx(content)) {
            format = "OFX";
            parsed = Ofx.parse(content);
        } else if (type.startsWith("text/csv") || (type.startsWith("text/plain") && !mapping.isEmpty())) {
            format = "CSV";
            parsed = CsvStatement.parse(content, mapping);
        } else if (type.contains("xml")) {
            format = "CAMT053";
            parsed = Camt053.parse(content);
        } else {
            throw ApiProblem.invalid("body", "is neither CAMT.053 XML, OFX nor CSV with a column mapping (map.date=…)");
        }
        Statements.Statement stored = db.tx().write(() -> {
            BankAccount bank = banks.find(id).orElseThrow(() -> ApiProblem.notFound("Bank account", id));
            return statements.importStatement(bank, format, content, parsed);
        });
        return ResponseEntity.created(URI.create("/api/v1/accounting/bank-accounts/" + id + "/statements/" + stored.id()))
                .body(new Imported(stored.id(), stored.format(), stored.lines(), stored));
    }

    @GetMapping("/bank-accounts/{id}/statements/{statementId}")
    @RequiresPermission("accounting.read")
    Statements.Statement statement(@PathVariable UUID id, @PathVariable UUID statementId) {
        return db.tx().write(() -> statementOf(id, statementId));
    }

    /**
     * A statement's lines, by position, keyset-paged ({@code after} = the last line number seen); unreconciled lines carry
     * their reconciliation suggestions unless {@code suggest=false}.
     */
    @GetMapping("/bank-accounts/{id}/statements/{statementId}/lines")
    @RequiresPermission("accounting.read")
    LinesPage lines(@PathVariable UUID id, @PathVariable UUID statementId,
                              @RequestParam(defaultValue = "all") String state, @RequestParam(defaultValue = "0") int after,
                              @RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "true") boolean suggest) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        String s = state.toLowerCase(Locale.ROOT);
        if (!s.equals("all") && !s.equals("unreconciled") && !s.equals("reconciled")) {
            errors.add(new ApiProblem.FieldError("state", "must be unreconciled, reconciled or all"));
        }
        if (after < 0) {
            errors.add(new ApiProblem.FieldError("after", "must not be negative"));
        }
        if (size < 1 || size > 500) {
            errors.add(new ApiProblem.FieldError("size", "must be 1 to 500"));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The query is invalid", errors);
        }
        return db.tx().write(() -> {
            statementOf(id, statementId);
            List<Statements.Line> page = statements.lines(statementId, s, after, size);
            List<ReconciliationRules.Rule> stored = suggest ? rules.all() : List.of();
            List<LineItem> items = new ArrayList<>();
            for (Statements.Line line : page) {
                boolean open = suggest && !line.reconciled();
                items.add(new LineItem(line, open ? suggestions.forLine(line) : null, open ? rules.matching(line, stored).stream()
                        .map(r -> new RuleSuggestion(r.id(), r.name(), r.account())).toList() : null));
            }
            return new LinesPage(items, page.size() == size ? page.getLast().lineNo() : null);
        });
    }

    @GetMapping("/bank-accounts/{id}/statements/{statementId}/reconciliation")
    @RequiresPermission("accounting.read")
    Statements.Reconciliation reconciliation(@PathVariable UUID id, @PathVariable UUID statementId) {
        return db.tx().write(() -> {
            Statements.Statement statement = statementOf(id, statementId);
            return statements.reconciliation(banks.find(id).orElseThrow(), statement);
        });
    }

    @PostMapping("/statement-lines/{lineId}/reconcile")
    @RequiresPermission("accounting.write")
    Reconciliations.Reconciled reconcile(@PathVariable UUID lineId, @RequestBody Reconciliations.ReconcileBody body) {
        return db.tx().write(() -> reconciliations.reconcile(lineId, body));
    }

    /** Books every unreconciled line of the statement that exactly one stored rule meets; all or nothing. */
    @PostMapping("/bank-accounts/{id}/statements/{statementId}/apply-rules")
    @RequiresPermission("accounting.write")
    Reconciliations.Applied applyRules(@PathVariable UUID id, @PathVariable UUID statementId) {
        return db.tx().write(() -> {
            statementOf(id, statementId);
            return reconciliations.applyRules(statementId);
        });
    }

    private Statements.Statement statementOf(UUID bankAccountId, UUID statementId) {
        banks.find(bankAccountId).orElseThrow(() -> ApiProblem.notFound("Bank account", bankAccountId));
        Statements.Statement statement = statements.find(statementId).orElseThrow(() -> ApiProblem.notFound("Statement", statementId));
        if (!statement.bankAccountId().equals(bankAccountId)) {
            throw ApiProblem.notFound("Statement", statementId);
        }
        return statement;
    }
}
