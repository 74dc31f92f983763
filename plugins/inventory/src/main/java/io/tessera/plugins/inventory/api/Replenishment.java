package io.tessera.plugins.inventory.api;

import java.util.List;
import java.util.UUID;

/**
 * Replenishment suggestions from the reorder rules, for purchasing and MRP (found through {@code ModuleServices}).
 * Reads only; joins the caller's transaction; one set-based query for all rules however many there are.
 */
public interface Replenishment {

    /**
     * What to order for the products of a warehouse whose projected stock is below their rule's minimum.
     *
     * @param warehouseId the warehouse, or {@code null} for every warehouse of the tenant
     * @return the suggestions, ordered by warehouse and product; empty when nothing is below its minimum
     * @throws io.tessera.sdk.web.ApiProblem 404 when the warehouse names none of the current tenant
     */
    List<ReplenishmentSuggestion> suggestions(UUID warehouseId);

    /**
     * The reorder rules' minimums of a warehouse's products (for MRP, which plans to keep stock at them), in one query.
     *
     * @param warehouseId the warehouse, or {@code null} for the default one
     * @return the minimum by product
     */
    java.util.Map<UUID, java.math.BigDecimal> minimums(UUID warehouseId);
}
