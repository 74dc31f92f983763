/**
 * Reorder rules per product and warehouse (min, max, multiple, lead time) under
 * {@code /api/v1/inventory/reorder-rules}, and the replenishment suggestions computed from them
 * ({@code GET /api/v1/inventory/replenishment}, the published {@link io.tessera.plugins.inventory.api.Replenishment},
 * and {@code POST /api/v1/inventory/replenishment/run}, which publishes
 * {@link io.tessera.plugins.inventory.api.ReplenishmentSuggested}). Depends on {@code common}, {@code warehouse} and
 * {@code stock}'s tables only. Facade: {@link io.tessera.plugins.inventory.replenishment.ReorderRules}.
 */
package io.tessera.plugins.inventory.replenishment;
