package io.tessera.plugins.inventory.replenishment;

import io.tessera.plugins.inventory.api.ReplenishmentSuggestion;
import io.tessera.sdk.security.RequiresPermission;
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

/** {@code /api/v1/inventory/reorder-rules} (CRUD) and {@code /api/v1/inventory/replenishment} (suggestions, run). */
@RestController
@RequestMapping("/api/v1/inventory")
class ReplenishmentController {

    private final ReorderRules rules;
    private final Planner planner;
    private final ReplenishmentRun run;

    ReplenishmentController(ReorderRules rules, Planner planner, ReplenishmentRun run) {
        this.rules = rules;
        this.planner = planner;
        this.run = run;
    }

    @GetMapping("/reorder-rules")
    @RequiresPermission("inventory.read")
    List<ReorderRule> list(@RequestParam(required = false) UUID warehouseId, @RequestParam(required = false) UUID after,
                           @RequestParam(required = false) Integer size) {
        return rules.list(warehouseId, after, size == null ? 100 : size);
    }

    @GetMapping("/reorder-rules/{id}")
    @RequiresPermission("inventory.read")
    ReorderRule find(@PathVariable UUID id) {
        return rules.find(id);
    }

    @PostMapping("/reorder-rules")
    @RequiresPermission("inventory.manage")
    ResponseEntity<ReorderRule> create(@RequestBody RuleRequest body) {
        ReorderRule rule = rules.create(body);
        return ResponseEntity.created(URI.create("/api/v1/inventory/reorder-rules/" + rule.id())).body(rule);
    }

    @PutMapping("/reorder-rules/{id}")
    @RequiresPermission("inventory.manage")
    ReorderRule update(@PathVariable UUID id, @RequestBody RuleRequest body) {
        return rules.update(id, body);
    }

    @DeleteMapping("/reorder-rules/{id}")
    @RequiresPermission("inventory.manage")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        rules.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/replenishment")
    @RequiresPermission("inventory.read")
    List<ReplenishmentSuggestion> suggestions(@RequestParam(required = false) UUID warehouseId) {
        return planner.suggestions(warehouseId);
    }

    @PostMapping("/replenishment/run")
    @RequiresPermission("inventory.write")
    List<ReplenishmentSuggestion> run(@RequestParam(required = false) UUID warehouseId) {
        return run.run(warehouseId);
    }
}
