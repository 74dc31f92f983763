package io.tessera.plugins.catalog.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a price is asked for.
 *
 * @param productId the product
 * @param partyId   the customer, or {@code null} for any customer
 * @param quantity  the quantity, in {@code uom} (quantity breaks compare it in the price list's unit)
 * @param uom       the unit the quantity is in and the price is wanted per, or {@code null} for the sales unit
 * @param currency  the currency wanted (ISO 4217)
 * @param date      the document date: only price lists valid on it apply
 */
public record PriceQuery(UUID productId, UUID partyId, BigDecimal quantity, String uom, String currency,
                         LocalDate date) {
}
