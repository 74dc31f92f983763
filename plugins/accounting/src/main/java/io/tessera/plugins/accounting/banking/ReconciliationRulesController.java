package io.tessera.plugins.accounting.banking;

import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's stored reconciliation rules: list (by name, keyset-paged), create, read, replace, delete. */
@RestController
@RequestMapping("/api/v1/accounting/reconciliation-rules")
class ReconciliationRulesController {

    private final ReconciliationRules rules;
    private final TenantJdbc db;

    ReconciliationRulesController(ReconciliationRules rules, TenantJdbc db) {
        this.rules = rules;
        this.db = db;
    }

    /**
     * A page of rules.
     *
     * @param items the rules, by name
     * @param next  the {@code after} of the next page, or {@code null} on the last
     */
    record RulesPage(List<ReconciliationRules.Rule> items, String next) {
    }

    @GetMapping
    @RequiresPermission("accounting.read")
    RulesPage list(@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        if (size < 1 || size > 500) {
            throw ApiProblem.invalid("size", "must be 1 to 500");
        }
        List<ReconciliationRules.Rule> page = db.tx().write(() -> rules.list(after, size));
        return new RulesPage(page, page.size() == size ? page.getLast().name() : null);
    }

    @GetMapping("/{id}")
    @RequiresPermission("accounting.read")
    ReconciliationRules.Rule get(@PathVariable UUID id) {
        return db.tx().write(() -> rules.find(id).orElseThrow(() -> ApiProblem.notFound("Reconciliation rule", id)));
    }

    @PostMapping
    @RequiresPermission("accounting.manage")
    ResponseEntity<ReconciliationRules.Rule> create(@RequestBody ReconciliationRules.RuleBody body) {
        ReconciliationRules.Rule created = db.tx().write(() -> rules.create(body));
        return ResponseEntity.created(URI.create("/api/v1/accounting/reconciliation-rules/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission("accounting.manage")
    ReconciliationRules.Rule update(@PathVariable UUID id, @RequestBody ReconciliationRules.RuleBody body) {
        return db.tx().write(() -> rules.update(id, body));
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("accounting.manage")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        db.tx().write(() -> rules.delete(id));
        return ResponseEntity.noContent().build();
    }
}
