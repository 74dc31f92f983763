package io.tessera.plugins.accounting.chart;

import io.tessera.plugins.accounting.common.Money;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Settings, chart templates and the lock date. */
@RestController
@RequestMapping("/api/v1/accounting")
class SettingsController {

    private final SettingsStore settings;
    private final Accounts accounts;
    private final TenantJdbc db;

    SettingsController(SettingsStore settings, Accounts accounts, TenantJdbc db) {
        this.settings = settings;
        this.accounts = accounts;
        this.db = db;
    }

    record SettingsBody(String baseCurrency, String chartTemplate) {
    }

    record LockDateBody(LocalDate date) {
    }

    @GetMapping("/chart-templates")
    @RequiresPermission("accounting.read")
    List<Map<String, String>> templates() {
        return ChartTemplates.ALL.stream()
                .map(t -> Map.of("id", t.id(), "name", t.name(), "baseCurrency", t.baseCurrency())).toList();
    }

    @GetMapping("/settings")
    @RequiresPermission("accounting.read")
    Settings get() {
        return db.tx().write(settings::current);
    }

    /** Chooses the template and base currency; allowed only while the ledger is empty, as it reseeds the chart. */
    @PutMapping("/settings")
    @RequiresPermission("accounting.manage")
    Settings put(@RequestBody SettingsBody body) {
        ChartTemplate template = ChartTemplates.find(body.chartTemplate() == null ? "" : body.chartTemplate())
                .orElseThrow(() -> ApiProblem.invalid("chartTemplate", "must be one of "
                        + ChartTemplates.ALL.stream().map(ChartTemplate::id).toList()));
        String currency = body.baseCurrency() == null ? template.baseCurrency()
                : Money.currency(body.baseCurrency(), "baseCurrency");
        return db.tx().write(() -> {
            Settings current = settings.lockForUpdate();
            if (current.chartTemplate().equals(template.id()) && current.baseCurrency().equals(currency)) {
                return current;
            }
            if (!settings.ledgerIsEmpty()) {
                throw ApiProblem.conflict("The template and base currency can only change while the ledger is empty");
            }
            Settings changed = new Settings(current.id(), currency, template.id(), current.lockDate());
            settings.update(changed);
            if (!current.chartTemplate().equals(template.id())) {
                accounts.seed(template);
            }
            return changed;
        });
    }

    @GetMapping("/lock-date")
    @RequiresPermission("accounting.read")
    Map<String, Object> lockDate() {
        Settings current = db.tx().write(settings::current);
        return current.lockDate() == null ? Map.of() : Map.of("date", current.lockDate());
    }

    /** Sets (or with {@code "date": null} clears) the lock date; waits for postings in flight. */
    @PutMapping("/lock-date")
    @RequiresPermission("accounting.manage")
    Map<String, Object> setLockDate(@RequestBody LockDateBody body) {
        Settings changed = db.tx().write(() -> {
            Settings current = settings.lockForUpdate();
            Settings next = new Settings(current.id(), current.baseCurrency(), current.chartTemplate(), body.date());
            settings.update(next);
            return next;
        });
        return changed.lockDate() == null ? Map.of() : Map.of("date", changed.lockDate());
    }
}
