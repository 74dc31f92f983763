package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.api.ProductType;
import java.util.UUID;

/**
 * Filters of the product list; {@code null} means any.
 *
 * @param text       contained in the SKU, name or barcode, ignoring case
 * @param type       the product type
 * @param categoryId the category
 * @param archived   {@code false}: active products only (the default), {@code true}: archived only
 * @param templateId the variants of one template
 */
record ProductFilter(String text, ProductType type, UUID categoryId, boolean archived, UUID templateId) {
}
