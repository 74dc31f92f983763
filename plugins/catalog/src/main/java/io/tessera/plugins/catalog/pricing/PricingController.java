package io.tessera.plugins.catalog.pricing;

import io.tessera.plugins.catalog.api.PriceQuery;
import io.tessera.plugins.catalog.api.ResolvedPrice;
import io.tessera.plugins.catalog.api.UnitMismatchException;
import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.plugins.catalog.common.Problems;
import io.tessera.plugins.catalog.product.ProductCatalog;
import io.tessera.sdk.money.Currencies;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
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

/** {@code /api/v1/catalog/price-lists} and the price resolution {@code /api/v1/catalog/prices}. */
@RestController
@RequestMapping("/api/v1/catalog")
class PricingController {

    private final PriceListService lists;
    private final PriceResolver prices;
    private final ProductCatalog products;
    private final Parties parties;

    PricingController(PriceListService lists, PriceResolver prices, ProductCatalog products, Parties parties) {
        this.lists = lists;
        this.prices = prices;
        this.products = products;
        this.parties = parties;
    }

    @GetMapping("/price-lists")
    @RequiresPermission(CatalogPermissions.READ)
    List<PriceListView> list() {
        return lists.list();
    }

    @GetMapping("/price-lists/{id}")
    @RequiresPermission(CatalogPermissions.READ)
    PriceListView get(@PathVariable UUID id) {
        return lists.get(id);
    }

    @PostMapping("/price-lists")
    @RequiresPermission(CatalogPermissions.WRITE)
    ResponseEntity<PriceListView> create(@RequestBody PriceListRequest request) {
        PriceListView created = lists.create(request);
        return ResponseEntity.created(URI.create("/api/v1/catalog/price-lists/" + created.id())).body(created);
    }

    @PutMapping("/price-lists/{id}")
    @RequiresPermission(CatalogPermissions.WRITE)
    PriceListView update(@PathVariable UUID id, @RequestBody PriceListRequest request) {
        return lists.update(id, request);
    }

    @DeleteMapping("/price-lists/{id}")
    @RequiresPermission(CatalogPermissions.WRITE)
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        lists.delete(id);
        return ResponseEntity.noContent().build();
    }

    /**
     * The unit price of a product for a customer, quantity, unit and date: the customer's list first, then general
     * lists, at the largest break not above the quantity, else the product's list price; 404 when none applies.
     */
    @GetMapping("/prices")
    @RequiresPermission(CatalogPermissions.READ)
    ResolvedPrice resolve(@RequestParam UUID productId, @RequestParam(required = false) UUID partyId,
                          @RequestParam(required = false) BigDecimal quantity, @RequestParam(required = false) String uom,
                          @RequestParam String currency, @RequestParam(required = false) LocalDate date) {
        Problems problems = Problems.none();
        if (products.find(productId).isEmpty()) {
            problems.add("productId", "refers to no product of this tenant");
        }
        if (partyId != null && parties.find(partyId).isEmpty()) {
            problems.add("partyId", "refers to no party of this tenant");
        }
        if (quantity != null && quantity.signum() <= 0) {
            problems.add("quantity", "must be positive");
        }
        if (!Currencies.isMoney(currency)) {
            problems.add("currency", Currencies.MESSAGE);
        }
        problems.throwIfAny();
        try {
            return prices.resolve(new PriceQuery(productId, partyId, quantity, uom, currency, date))
                    .orElseThrow(() -> new ApiProblem(404, "No price list and no list price of product " + productId
                            + " applies in " + currency, List.of()));
        } catch (UnitMismatchException mismatch) {
            throw ApiProblem.invalid("uom", mismatch.getMessage());
        }
    }
}
