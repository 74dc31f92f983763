package io.tessera.plugins.mrp.common;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.Products;
import io.tessera.plugins.catalog.api.SupplierInfo;
import io.tessera.plugins.catalog.api.UnitMismatchException;
import io.tessera.plugins.catalog.api.Units;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The catalog module's published services (a required dependency, so enabled wherever MRP is). */
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
    public Map<UUID, ProductInfo> products(Collection<UUID> ids) {
        return products().findAll(ids);
    }

    /**
     * The preferred supplier of a product.
     *
     * @param productId the product
     * @return its suppliers, preferred first
     */
    public List<SupplierInfo> suppliers(UUID productId) {
        return products().suppliers(productId);
    }

    /**
     * Active products whose SKU, name or barcode contains a text, by SKU: the choices of a product picker.
     *
     * @param text   the text typed, blank for all
     * @param offset the first product of the page
     * @param limit  the page size
     * @return the page of products
     */
    public List<ProductInfo> search(String text, int offset, int limit) {
        return products().search(text, offset, limit);
    }

    /**
     * The suppliers of many products in one query (for MRP runs).
     *
     * @param productIds the products
     * @return each product's suppliers, preferred first; products without suppliers are absent
     */
    public Map<UUID, List<SupplierInfo>> suppliers(Collection<UUID> productIds) {
        return productIds.isEmpty() ? Map.of() : products().suppliers(productIds);
    }

    /**
     * Converts a quantity into the product's base unit; records a problem on the unit field when it cannot.
     *
     * @param problems where a bad unit is recorded
     * @param uomField the request field of the unit
     * @param quantity the quantity, positive
     * @param uom      the unit, {@code null} for the base unit
     * @param product  the product
     * @return the quantity in the base unit, or {@code null} when the unit is bad
     */
    public BigDecimal toBase(FieldErrors problems, String uomField, BigDecimal quantity, String uom, ProductInfo product) {
        if (uom == null || uom.equals(product.baseUom())) {
            return quantity;
        }
        try {
            return units().convert(quantity, uom, product.baseUom());
        } catch (UnitMismatchException e) {
            problems.add(uomField, "cannot be converted to " + product.baseUom() + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * Converts a quantity between two units of one category.
     *
     * @param quantity the quantity
     * @param from     its unit
     * @param to       the unit wanted
     * @return the quantity in {@code to}
     */
    public BigDecimal convert(BigDecimal quantity, String from, String to) {
        return from == null || from.equals(to) ? quantity : units().convert(quantity, from, to);
    }

    private Products products() {
        return services.find(Products.class).orElseThrow(() -> new IllegalStateException(
                "The catalog module is not enabled for this tenant, although MRP requires it"));
    }

    private Units units() {
        return services.find(Units.class).orElseThrow(() -> new IllegalStateException(
                "The catalog module is not enabled for this tenant, although MRP requires it"));
    }
}
