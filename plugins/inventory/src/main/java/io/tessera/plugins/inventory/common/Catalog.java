package io.tessera.plugins.inventory.common;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.ProductType;
import io.tessera.plugins.catalog.api.UnitMismatchException;
import io.tessera.plugins.catalog.api.Units;
import io.tessera.plugins.catalog.api.Products;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The catalog module's published services (a required dependency, so enabled wherever inventory is), found
 * through {@link ModuleServices}, and the line rules inventory applies to what they answer.
 */
public class Catalog {

    private final ModuleServices services;

    Catalog(ModuleServices services) {
        this.services = services;
    }

    /**
     * Products by id, in one query.
     *
     * @param ids product ids
     * @return those of the current tenant, by id
     */
    public Map<java.util.UUID, ProductInfo> products(Collection<java.util.UUID> ids) {
        return products().findAll(ids);
    }

    /**
     * Active products whose SKU, name or barcode contains a text, by SKU (a picker's choices), one page.
     *
     * @param text   the text typed, blank for all
     * @param offset the first product
     * @param limit  the page size
     * @return the products
     */
    public java.util.List<ProductInfo> search(String text, int offset, int limit) {
        return products().search(text, offset, limit);
    }

    /**
     * A product by SKU or barcode, as a scanner gives it.
     *
     * @param code the SKU or barcode
     * @return the product, or empty
     */
    public java.util.Optional<ProductInfo> byCode(String code) {
        return products().findByCode(code);
    }

    /**
     * Converts a line's quantity into the product's base unit, rounding once, half-up, to the base unit's scale.
     *
     * @param field    the request field of the quantity, e.g. {@code lines[0].quantity}
     * @param uomField the request field of the unit
     * @param quantity the quantity entered, positive
     * @param uom      the unit entered, {@code null} for the base unit
     * @param product  the product
     * @return the quantity in the base unit, positive
     * @throws ApiProblem 422 naming the unit field when the unit is unknown or of another category, or the
     *                    quantity field when it rounds to zero
     */
    public BigDecimal toBase(String field, String uomField, BigDecimal quantity, String uom, ProductInfo product) {
        if (uom == null || uom.equals(product.baseUom())) {
            return quantity;
        }
        BigDecimal base;
        try {
            base = units().convert(quantity, uom, product.baseUom());
        } catch (UnitMismatchException e) {
            throw ApiProblem.invalid(uomField, "cannot be converted to " + product.baseUom() + ": " + e.getMessage());
        }
        if (base.signum() <= 0) {
            throw ApiProblem.invalid(field, "is less than the smallest quantity of " + product.baseUom());
        }
        return base;
    }

    /**
     * Whether moves of the product change balances: storable products only (consumables are recorded, services
     * never move).
     *
     * @param product the product
     * @return {@code true} for a storable product
     */
    public static boolean stocked(ProductInfo product) {
        return product.type() == ProductType.STORABLE;
    }

    private Products products() {
        return services.find(Products.class).orElseThrow(() -> new IllegalStateException(
                "The catalog module is not enabled for this tenant, although inventory requires it"));
    }

    private Units units() {
        return services.find(Units.class).orElseThrow(() -> new IllegalStateException(
                "The catalog module is not enabled for this tenant, although inventory requires it"));
    }
}
