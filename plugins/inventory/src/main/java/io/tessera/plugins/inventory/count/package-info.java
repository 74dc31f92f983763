/**
 * Count sheets under {@code /api/v1/inventory/counts}: a sheet snapshots the expected quantities of a location (all
 * its stock, or the products named), records the counted quantities, and its validation posts the differences as one
 * adjustment through the transfer package's adjustment path (balances, valuation and {@code StockMoved} as any
 * adjustment), all or nothing, once. Facade: {@link io.tessera.plugins.inventory.count.CountSheets}.
 */
package io.tessera.plugins.inventory.count;
