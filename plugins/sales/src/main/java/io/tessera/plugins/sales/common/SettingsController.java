package io.tessera.plugins.sales.common;

import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's sales settings. */
@RestController
@RequestMapping("/api/v1/sales/settings")
class SettingsController {

    private final SalesSettings settings;
    private final TenantJdbc db;

    SettingsController(SalesSettings settings, TenantJdbc db) {
        this.settings = settings;
        this.db = db;
    }

    /**
     * The settings.
     *
     * @param wonWithoutQuotation when a deal is won without a quotation: {@code nothing} or {@code create_draft_quotation}
     */
    record SettingsBody(String wonWithoutQuotation) {
    }

    @GetMapping
    @RequiresPermission("sales.read")
    SettingsBody get() {
        return new SettingsBody(db.tx().read(settings::wonWithoutQuotation).toLowerCase());
    }

    @PutMapping
    @RequiresPermission("sales.manage")
    SettingsBody put(@RequestBody SettingsBody body) {
        String value = body.wonWithoutQuotation() == null ? "" : body.wonWithoutQuotation().toUpperCase();
        if (!List.of(SalesSettings.NOTHING, SalesSettings.CREATE_DRAFT_QUOTATION).contains(value)) {
            throw ApiProblem.invalid("wonWithoutQuotation", "must be nothing or create_draft_quotation");
        }
        db.tx().write(() -> settings.setWonWithoutQuotation(value));
        return get();
    }
}
