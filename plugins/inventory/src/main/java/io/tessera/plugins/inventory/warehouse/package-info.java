/**
 * Warehouses and their locations (internal ones in a tree under the warehouse, virtual ones per usage), the
 * default warehouse seeded on enable, and {@code GET /api/v1/inventory/warehouses}. Facade: {@link
 * io.tessera.plugins.inventory.warehouse.Warehouses}.
 */
package io.tessera.plugins.inventory.warehouse;
