/**
 * Products, their categories (costing method, stock accounts) and suppliers, and the published
 * {@link io.tessera.plugins.catalog.api.Products} lookup. Depends on {@code uom}. Facade:
 * {@link io.tessera.plugins.catalog.product.ProductCatalog}.
 */
package io.tessera.plugins.catalog.product;
