package io.tessera.plugins.accounting.reports;

import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.AccountType;
import io.tessera.plugins.accounting.chart.Accounts;
import io.tessera.plugins.accounting.chart.SettingsStore;
import io.tessera.plugins.accounting.common.Csv;
import io.tessera.plugins.accounting.common.Money;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trial balance, general ledger, profit and loss and balance sheet. Amounts are in the base currency.
 * {@code asOf} means everything posted up to and including that date; {@code from}/{@code to} a period.
 * {@code format=csv} exports the report's lines.
 */
@RestController
@RequestMapping("/api/v1/accounting/reports")
class ReportsController {

    private static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);

    private final Ledger ledger;
    private final Accounts accounts;
    private final SettingsStore settings;
    private final TenantJdbc db;

    ReportsController(Ledger ledger, Accounts accounts, SettingsStore settings, TenantJdbc db) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.settings = settings;
        this.db = db;
    }

    @GetMapping("/trial-balance")
    @RequiresPermission("accounting.read")
    ResponseEntity<?> trialBalance(@RequestParam(required = false) LocalDate asOf, @RequestParam(required = false) LocalDate from,
                                   @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "json") String format) {
        LocalDate[] range = range(asOf, from, to);
        return db.tx().write(() -> {
            String base = settings.current().baseCurrency();
            List<AccountTotal> totals = ledger.totals(range[0], range[1], Money.digits(base));
            if (csv(format)) {
                return Csv.of("trial-balance-" + range[1] + ".csv", List.of("account", "name", "type", "debit", "credit", "balance"),
                        totals.stream().map(t -> List.<Object>of(t.code(), t.name(), t.type(), t.debit(), t.credit(), t.balance()))
                                .toList());
            }
            List<Map<String, Object>> lines = new ArrayList<>();
            BigDecimal debit = zero(base);
            BigDecimal credit = zero(base);
            for (AccountTotal t : totals) {
                lines.add(line(t, Map.of("debit", t.debit(), "credit", t.credit(), "balance", t.balance()), range));
                debit = debit.add(t.debit());
                credit = credit.add(t.credit());
            }
            return ResponseEntity.ok(report(range, base, Map.of("lines", lines, "totals", Map.of("debit", debit, "credit", credit))));
        });
    }

    @GetMapping("/general-ledger")
    @RequiresPermission("accounting.read")
    ResponseEntity<?> generalLedger(@RequestParam String account, @RequestParam(required = false) LocalDate from,
                                    @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "100") int size, @RequestParam(defaultValue = "json") String format) {
        LocalDate[] range = range(null, from, to);
        if (page < 0 || size < 1 || size > 10_000) {
            throw ApiProblem.invalid(page < 0 ? "page" : "size", "is out of range");
        }
        return db.tx().write(() -> {
            String base = settings.current().baseCurrency();
            Account acc = accounts.byCodes(List.of(account)).get(account);
            if (acc == null) {
                throw ApiProblem.invalid("account", "is not an account code: " + account);
            }
            BigDecimal opening = ledger.opening(acc.id(), range[0]).setScale(Money.digits(base));
            List<Ledger.GlLine> lines = ledger.lines(acc.id(), range[0], range[1], opening, page, size, base);
            if (csv(format)) {
                return Csv.of("general-ledger-" + account + ".csv", List.of("date", "entryId", "lineNo", "description", "partyId",
                        "currency", "debit", "credit", "baseDebit", "baseCredit", "balance"), lines.stream()
                        .map(l -> java.util.Arrays.<Object>asList(l.date(), l.entryId(), l.lineNo(), l.description(), l.partyId(),
                                l.currency(), l.debit(), l.credit(), l.baseDebit(), l.baseCredit(), l.balance())).toList());
            }
            long total = ledger.count(acc.id(), range[0], range[1]);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("account", acc.code());
            body.put("name", acc.name());
            body.put("openingBalance", opening);
            body.put("lines", lines);
            body.put("page", page);
            body.put("size", size);
            body.put("totalElements", total);
            body.put("totalPages", (total + size - 1) / size);
            return ResponseEntity.ok(report(range, base, body));
        });
    }

    @GetMapping("/profit-and-loss")
    @RequiresPermission("accounting.read")
    ResponseEntity<?> profitAndLoss(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                    @RequestParam(defaultValue = "json") String format) {
        LocalDate[] range = range(null, from, to);
        return db.tx().write(() -> {
            String base = settings.current().baseCurrency();
            List<AccountTotal> totals = ledger.totalsBeforeClosing(range[0], range[1], Money.digits(base)).stream()
                    .filter(t -> t.type() == AccountType.INCOME || t.type() == AccountType.EXPENSE).toList();
            if (csv(format)) {
                return csvOf("profit-and-loss", totals, range);
            }
            BigDecimal income = sum(totals, AccountType.INCOME, base);
            BigDecimal expenses = sum(totals, AccountType.EXPENSE, base);
            return ResponseEntity.ok(report(range, base, Map.of(
                    "income", section(totals, AccountType.INCOME, range), "expenses", section(totals, AccountType.EXPENSE, range),
                    "totals", Map.of("income", income, "expenses", expenses, "netProfit", income.subtract(expenses)))));
        });
    }

    @GetMapping("/balance-sheet")
    @RequiresPermission("accounting.read")
    ResponseEntity<?> balanceSheet(@RequestParam(required = false) LocalDate asOf, @RequestParam(defaultValue = "json") String format) {
        LocalDate[] range = range(asOf, null, null);
        return db.tx().write(() -> {
            String base = settings.current().baseCurrency();
            List<AccountTotal> totals = ledger.totals(range[0], range[1], Money.digits(base));
            if (csv(format)) {
                return csvOf("balance-sheet", totals.stream().filter(t -> t.type() != AccountType.INCOME
                        && t.type() != AccountType.EXPENSE).toList(), range);
            }
            BigDecimal assets = sum(totals, AccountType.ASSET, base);
            BigDecimal liabilities = sum(totals, AccountType.LIABILITY, base);
            BigDecimal equity = sum(totals, AccountType.EQUITY, base);
            BigDecimal earnings = sum(totals, AccountType.INCOME, base).subtract(sum(totals, AccountType.EXPENSE, base));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("assets", section(totals, AccountType.ASSET, range));
            body.put("liabilities", section(totals, AccountType.LIABILITY, range));
            body.put("equity", section(totals, AccountType.EQUITY, range));
            body.put("unclosedEarnings", earnings);
            body.put("totals", Map.of("assets", assets, "liabilities", liabilities, "equity", equity.add(earnings),
                    "liabilitiesAndEquity", liabilities.add(equity).add(earnings)));
            return ResponseEntity.ok(report(range, base, body));
        });
    }

    private static LocalDate[] range(LocalDate asOf, LocalDate from, LocalDate to) {
        if (asOf != null && (from != null || to != null)) {
            throw ApiProblem.invalid("asOf", "cannot be combined with from/to");
        }
        LocalDate end = asOf != null ? asOf : to != null ? to : LocalDate.now(ZoneOffset.UTC);
        LocalDate start = from != null ? from : BEGINNING;
        if (start.isAfter(end)) {
            throw ApiProblem.invalid("from", "must not be after to");
        }
        return new LocalDate[] {start, end};
    }

    private static boolean csv(String format) {
        if (!format.equals("json") && !format.equals("csv")) {
            throw ApiProblem.invalid("format", "must be json or csv");
        }
        return format.equals("csv");
    }

    private static ResponseEntity<String> csvOf(String name, List<AccountTotal> totals, LocalDate[] range) {
        return Csv.of(name + "-" + range[1] + ".csv", List.of("account", "name", "type", "amount"),
                totals.stream().map(t -> List.<Object>of(t.code(), t.name(), t.type(), t.natural())).toList());
    }

    private static List<Map<String, Object>> section(List<AccountTotal> totals, AccountType type, LocalDate[] range) {
        return totals.stream().filter(t -> t.type() == type).map(t -> line(t, Map.of("amount", t.natural()), range)).toList();
    }

    private static BigDecimal sum(List<AccountTotal> totals, AccountType type, String base) {
        return totals.stream().filter(t -> t.type() == type).map(AccountTotal::natural).reduce(zero(base), BigDecimal::add);
    }

    private static Map<String, Object> line(AccountTotal t, Map<String, Object> amounts, LocalDate[] range) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("account", t.code());
        line.put("name", t.name());
        line.put("type", t.type());
        line.putAll(amounts);
        line.put("links", Ledger.drill(t.code(), range[0].equals(BEGINNING) ? null : range[0], range[1]));
        return line;
    }

    private static Map<String, Object> report(LocalDate[] range, String base, Map<String, Object> content) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!range[0].equals(BEGINNING)) {
            body.put("from", range[0]);
        }
        body.put(range[0].equals(BEGINNING) ? "asOf" : "to", range[1]);
        body.put("currency", base);
        body.putAll(content);
        return body;
    }

    private static BigDecimal zero(String base) {
        return BigDecimal.ZERO.setScale(Money.digits(base));
    }
}
