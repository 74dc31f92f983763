package io.tessera.plugins.catalog.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Looks products of the current tenant up. Reads only; every call is one query however many ids it takes. */
public interface Products {

    /**
     * One product, archived ones included.
     *
     * @param id the product id
     * @return the product, or empty when the current tenant has none with that id
     */
    Optional<ProductInfo> find(UUID id);

    /**
     * Several products in one query.
     *
     * @param ids product ids
     * @return the products found, by id (ids of other tenants or unknown ids are absent)
     */
    Map<UUID, ProductInfo> findAll(Collection<UUID> ids);

    /**
     * A product by SKU or by barcode, as a scanner or an import gives it.
     *
     * @param code a SKU or a barcode
     * @return the product, or empty
     */
    Optional<ProductInfo> findByCode(String code);

    /**
     * Active products whose SKU, name or barcode contains a text, ignoring case, by SKU: the choices of a product
     * picker on a document line. One query for the page plus one for its categories.
     *
     * @param text   the text typed, blank for all active products
     * @param offset the first product of the page
     * @param limit  the page size
     * @return the page of products
     */
    List<ProductInfo> search(String text, int offset, int limit);

    /**
     * The suppliers of a product, preferred first (lowest sequence, then lowest price).
     *
     * @param productId the product
     * @return its supplier information, empty when it has none
     */
    List<SupplierInfo> suppliers(UUID productId);

    /**
     * The suppliers of many products in one query, for purchasing and MRP runs: each product's list is in the
     * order of {@link #suppliers(UUID)} (preferred first).
     *
     * @param productIds product ids ({@code null}s ignored)
     * @return each product's supplier information, by product id; a product without suppliers, of another tenant
     *         or unknown is absent
     */
    Map<UUID, List<SupplierInfo>> suppliers(Collection<UUID> productIds);
}
