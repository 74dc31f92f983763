package io.tessera.plugins.accounting.banking;

import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.Accounts;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A tenant's stored reconciliation rules ("bank fees → 6800"): a condition on a statement line — text contained in its
 * reference and/or counterparty (case-insensitive; both must match when both are given), optionally the direction
 * ({@code IN} received, {@code OUT} paid) and a range of the absolute amount — and the active ledger account a matching
 * line is booked to. Call inside a transaction.
 */
class ReconciliationRules {

    /** At most this many rules per tenant: every statement line is matched against all of them. */
    static final int MAX_RULES = 500;

    private final TenantJdbc db;
    private final Accounts accounts;

    ReconciliationRules(TenantJdbc db, Accounts accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    /**
     * A rule as sent by a client.
     *
     * @param name         unique name
     * @param reference    text the line's reference contains, optional
     * @param counterparty text the line's counterparty contains, optional (one of the two is required)
     * @param direction    {@code IN}, {@code OUT} or {@code null} for both
     * @param minAmount    least absolute amount, optional
     * @param maxAmount    greatest absolute amount, optional
     * @param account      the account code to book to
     * @param description  the entry's description, optional
     */
    record RuleBody(String name, String reference, String counterparty, String direction, BigDecimal minAmount,
                    BigDecimal maxAmount, String account, String description) {
    }

    /**
     * A stored rule.
     *
     * @param id           the rule
     * @param name         its name
     * @param reference    text the reference contains, or {@code null}
     * @param counterparty text the counterparty contains, or {@code null}
     * @param direction    {@code IN}, {@code OUT} or {@code null}
     * @param minAmount    least absolute amount, or {@code null}
     * @param maxAmount    greatest absolute amount, or {@code null}
     * @param account      the account code lines are booked to
     * @param accountName  that account's name
     * @param description  the entry's description, or {@code null}
     */
    record Rule(UUID id, String name, String reference, String counterparty, String direction, BigDecimal minAmount,
                BigDecimal maxAmount, String account, String accountName, String description) {

        /** Whether a statement line meets the condition. */
        boolean matches(Statements.Line line) {
            if (reference != null && !contains(line.reference(), reference)) {
                return false;
            }
            if (counterparty != null && !contains(line.counterparty(), counterparty)) {
                return false;
            }
            if ("IN".equals(direction) && line.amount().signum() < 0 || "OUT".equals(direction) && line.amount().signum() > 0) {
                return false;
            }
            BigDecimal abs = line.amount().abs();
            return (minAmount == null || abs.compareTo(minAmount) >= 0) && (maxAmount == null || abs.compareTo(maxAmount) <= 0);
        }

        private static boolean contains(String text, String part) {
            return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
        }
    }

    private static final String SELECT = "select r.id, r.name, r.reference_text, r.counterparty_text, r.direction, r.min_amount, "
            + "r.max_amount, a.code, a.name as account_name, r.description from acc_reconciliation_rules r "
            + "join acc_accounts a on a.tenant_id = r.tenant_id and a.id = r.account_id where r.tenant_id = ?";

    /** Rules by name, keyset-paged after a name. */
    List<Rule> list(String afterName, int size) {
        return db.sql().sql(SELECT + " and r.name > ? order by r.name limit ?").params(db.tenant(), afterName == null ? "" : afterName, size)
                .query(ReconciliationRules::rule).list();
    }

    /** Every rule, by name (at most {@value #MAX_RULES}). */
    List<Rule> all() {
        return db.sql().sql(SELECT + " order by r.name limit ?").params(db.tenant(), MAX_RULES).query(ReconciliationRules::rule).list();
    }

    Optional<Rule> find(UUID id) {
        return db.sql().sql(SELECT + " and r.id = ?").params(db.tenant(), id).query(ReconciliationRules::rule).optional();
    }

    /** The rules a line meets, by name. */
    List<Rule> matching(Statements.Line line, List<Rule> rules) {
        return rules.stream().filter(r -> r.matches(line)).toList();
    }

    Rule create(RuleBody body) {
        Valid v = validate(body, null);
        int count = db.sql().sql("select count(*) from acc_reconciliation_rules where tenant_id = ?").params(db.tenant())
                .query(Integer.class).single();
        if (count >= MAX_RULES) {
            throw ApiProblem.conflict("A tenant has at most " + MAX_RULES + " reconciliation rules");
        }
        UUID id = Ids.newId();
        db.sql().sql("insert into acc_reconciliation_rules (tenant_id, id, name, reference_text, counterparty_text, direction, "
                        + "min_amount, max_amount, account_id, description) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(db.tenant(), id, v.name, v.reference, v.counterparty, v.direction, body.minAmount(), body.maxAmount(),
                        v.account.id(), v.description).update();
        return find(id).orElseThrow();
    }

    Rule update(UUID id, RuleBody body) {
        lockOrNotFound(id);
        Valid v = validate(body, id);
        db.sql().sql("update acc_reconciliation_rules set name = ?, reference_text = ?, counterparty_text = ?, direction = ?, "
                        + "min_amount = ?, max_amount = ?, account_id = ?, description = ? where tenant_id = ? and id = ?")
                .params(v.name, v.reference, v.counterparty, v.direction, body.minAmount(), body.maxAmount(), v.account.id(),
                        v.description, db.tenant(), id).update();
        return find(id).orElseThrow();
    }

    void delete(UUID id) {
        lockOrNotFound(id);
        db.sql().sql("delete from acc_reconciliation_rules where tenant_id = ? and id = ?").params(db.tenant(), id).update();
    }

    private void lockOrNotFound(UUID id) {
        db.sql().sql("select id from acc_reconciliation_rules where tenant_id = ? and id = ? for update").params(db.tenant(), id)
                .query(UUID.class).optional().orElseThrow(() -> ApiProblem.notFound("Reconciliation rule", id));
    }

    private record Valid(String name, String reference, String counterparty, String direction, Account account, String description) {
    }

    private Valid validate(RuleBody body, UUID self) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        String name = strip(body.name());
        if (name == null) {
            errors.add(new ApiProblem.FieldError("name", "is required"));
        } else if (name.length() > 100) {
            errors.add(new ApiProblem.FieldError("name", "must have at most 100 characters"));
        }
        String reference = strip(body.reference());
        String counterparty = strip(body.counterparty());
        if (reference == null && counterparty == null) {
            errors.add(new ApiProblem.FieldError("reference", "give a text the reference or the counterparty contains"));
            errors.add(new ApiProblem.FieldError("counterparty", "give a text the reference or the counterparty contains"));
        }
        if (reference != null && reference.length() > 200) {
            errors.add(new ApiProblem.FieldError("reference", "must have at most 200 characters"));
        }
        if (counterparty != null && counterparty.length() > 200) {
            errors.add(new ApiProblem.FieldError("counterparty", "must have at most 200 characters"));
        }
        String direction = strip(body.direction());
        if (direction != null) {
            direction = direction.toUpperCase(Locale.ROOT);
            if (!direction.equals("IN") && !direction.equals("OUT")) {
                errors.add(new ApiProblem.FieldError("direction", "must be IN (received), OUT (paid) or absent for both"));
            }
        }
        checkAmount(body.minAmount(), "minAmount", errors);
        checkAmount(body.maxAmount(), "maxAmount", errors);
        if (body.minAmount() != null && body.maxAmount() != null && body.minAmount().compareTo(body.maxAmount()) > 0) {
            errors.add(new ApiProblem.FieldError("maxAmount", "must not be less than minAmount"));
        }
        String code = strip(body.account());
        Account account = code == null ? null : accounts.byCodes(List.of(code)).get(code);
        if (code == null) {
            errors.add(new ApiProblem.FieldError("account", "is required: the code of the account to book to"));
        } else if (account == null || !account.active()) {
            errors.add(new ApiProblem.FieldError("account", "is not an active account code: " + code));
        }
        String description = strip(body.description());
        if (description != null && description.length() > 500) {
            errors.add(new ApiProblem.FieldError("description", "must have at most 500 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The reconciliation rule is invalid", errors);
        }
        Optional<UUID> same = db.sql().sql("select id from acc_reconciliation_rules where tenant_id = ? and name = ?")
                .params(db.tenant(), name).query(UUID.class).optional();
        if (same.isPresent() && !same.get().equals(self)) {
            throw ApiProblem.conflict("A reconciliation rule named '" + name + "' exists already");
        }
        return new Valid(name, reference, counterparty, direction, account, description);
    }

    private static void checkAmount(BigDecimal amount, String field, List<ApiProblem.FieldError> errors) {
        if (amount != null && (amount.signum() < 0 || amount.scale() > 4 || amount.precision() - amount.scale() > 16)) {
            errors.add(new ApiProblem.FieldError(field, "must be a non-negative amount with at most 4 decimals (the absolute amount)"));
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Rule rule(ResultSet rs, int row) throws SQLException {
        return new Rule(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("reference_text"),
                rs.getString("counterparty_text"), rs.getString("direction"), rs.getBigDecimal("min_amount"),
                rs.getBigDecimal("max_amount"), rs.getString("code"), rs.getString("account_name"), rs.getString("description"));
    }
}
