package io.tessera.plugins.catalog.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The unit price that applies.
 *
 * @param unitPrice   the price per {@code uom}, in {@code currency}, at the currency's digits
 * @param currency    ISO 4217 code
 * @param uom         the unit the price is per
 * @param priceListId the price list it came from, or {@code null} when it is the product's list price
 */
public record ResolvedPrice(BigDecimal unitPrice, String currency, String uom, UUID priceListId) {
}
