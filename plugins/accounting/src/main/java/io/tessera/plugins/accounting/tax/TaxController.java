package io.tessera.plugins.accounting.tax;

import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tax codes, the chart template's seed codes, and default codes per party and per product category. */
@RestController
@RequestMapping("/api/v1/accounting")
class TaxController {

    private final TaxCodes codes;
    private final TenantJdbc db;

    TaxController(TaxCodes codes, TenantJdbc db) {
        this.codes = codes;
        this.db = db;
    }

    /**
     * Default codes of a party or a product category.
     *
     * @param sales    sales tax code, or {@code null} for none
     * @param purchase purchase tax code, or {@code null} for none
     */
    record DefaultsBody(String sales, String purchase) {
    }

    /**
     * The codes.
     *
     * @param items sales first, by code
     */
    record Listed(List<TaxCode> items) {
    }

    /**
     * The outcome of seeding.
     *
     * @param added how many codes were added
     * @param items every code now
     */
    record Seeded(int added, List<TaxCode> items) {
    }

    @GetMapping("/tax-codes")
    @RequiresPermission("accounting.read")
    Listed list(@RequestParam(required = false) String type) {
        String t = type == null ? null : type.toUpperCase(Locale.ROOT);
        if (t != null && !t.equals("SALES") && !t.equals("PURCHASE")) {
            throw ApiProblem.invalid("type", "must be sales or purchase");
        }
        return new Listed(db.tx().write(() -> codes.list(t)));
    }

    @PostMapping("/tax-codes")
    @RequiresPermission("accounting.manage")
    ResponseEntity<TaxCode> create(@RequestBody TaxCodeBody body) {
        TaxCode created = db.tx().write(() -> codes.create(body));
        return ResponseEntity.created(URI.create("/api/v1/accounting/tax-codes/" + created.id())).body(created);
    }

    /** Adds the chart template's tax codes the tenant does not have yet; from then on invoice lines need codes. */
    @PostMapping("/tax-codes/seed")
    @RequiresPermission("accounting.manage")
    Seeded seed() {
        return db.tx().write(() -> new Seeded(codes.seed(), codes.list(null)));
    }

    @PutMapping("/parties/{partyId}/tax-defaults")
    @RequiresPermission("accounting.manage")
    TaxCodes.Defaults.Stored partyDefaults(@PathVariable UUID partyId, @RequestBody DefaultsBody body) {
        return db.tx().write(() -> codes.setPartyDefaults(partyId, body.sales(), body.purchase()));
    }

    @PutMapping("/tax-codes/category-defaults/{categoryId}")
    @RequiresPermission("accounting.manage")
    TaxCodes.Defaults.Stored categoryDefaults(@PathVariable UUID categoryId, @RequestBody DefaultsBody body) {
        return db.tx().write(() -> codes.setCategoryDefaults(categoryId, body.sales(), body.purchase()));
    }
}
