package io.tessera.plugins.accounting.chart;

import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The chart of accounts: list, add, rename, move, deactivate, and delete while unused. */
@RestController
@RequestMapping("/api/v1/accounting/accounts")
class AccountsController {

    private final Accounts accounts;
    private final TenantJdbc db;

    AccountsController(Accounts accounts, TenantJdbc db) {
        this.accounts = accounts;
        this.db = db;
    }

    record NewAccount(String code, String name, String type, String parent) {
    }

    /** PUT replaces: {@code name} is required, an omitted {@code parent} makes it top-level, an omitted {@code active} is true. */
    record AccountChange(String name, String parent, Boolean active) {
    }

    @GetMapping
    @RequiresPermission("accounting.read")
    Map<String, Object> list(@RequestParam(required = false) String type, @RequestParam(required = false) Boolean active,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "200") int size) {
        AccountType accountType = type == null ? null : type(type);
        if (page < 0) {
            throw ApiProblem.invalid("page", "must not be negative");
        }
        if (size < 1 || size > 1000) {
            throw ApiProblem.invalid("size", "must be between 1 and 1000");
        }
        return db.tx().write(() -> {
            long total = accounts.count(accountType, active);
            return Map.of("items", accounts.page(accountType, active, page, size), "page", page, "size", size,
                    "totalElements", total, "totalPages", (total + size - 1) / size);
        });
    }

    @GetMapping("/{code}")
    @RequiresPermission("accounting.read")
    Account get(@PathVariable String code) {
        return db.tx().write(() -> accounts.byCode(code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission("accounting.manage")
    Account create(@RequestBody NewAccount body) {
        String code = required(body.code(), "code", 20);
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9.-]*")) {
            throw ApiProblem.invalid("code", "may contain only letters, digits, '.' and '-'");
        }
        String name = required(body.name(), "name", 200);
        if (body.type() == null) {
            throw ApiProblem.invalid("type", "is required");
        }
        AccountType type = type(body.type());
        return db.tx().write(() -> accounts.create(code, name, type, blankToNull(body.parent()), null));
    }

    @PutMapping("/{code}")
    @RequiresPermission("accounting.manage")
    Account update(@PathVariable String code, @RequestBody AccountChange body) {
        return db.tx().write(() -> {
            Account account = accounts.byCode(code);
            String name = required(body.name(), "name", 200);
            boolean active = body.active() == null || body.active();
            if (!active && account.role() != null) {
                throw ApiProblem.conflict("Account " + code + " receives automatic postings (" + account.role()
                        + ") and cannot be deactivated");
            }
            return accounts.update(account, name, blankToNull(body.parent()), active);
        });
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission("accounting.manage")
    void delete(@PathVariable String code) {
        db.tx().write(() -> {
            accounts.delete(accounts.byCode(code));
            return null;
        });
    }

    private static AccountType type(String type) {
        try {
            return AccountType.valueOf(type.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("type", "must be one of " + Arrays.toString(AccountType.values()).toLowerCase());
        }
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.invalid(field, "is required");
        }
        if (value.length() > max) {
            throw ApiProblem.invalid(field, "must be at most " + max + " characters");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
