package io.tessera.plugins.mrp.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A manual demand forecast: how much of a product is expected to be needed on a date (the first day of a period).
 *
 * @param productId the product
 * @param date      the date
 * @param quantity  the quantity in its base unit, zero or more (replaces the product's forecast for that date)
 */
public record ForecastRequest(UUID productId, LocalDate date, BigDecimal quantity) {
}
