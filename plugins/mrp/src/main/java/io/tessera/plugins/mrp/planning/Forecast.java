package io.tessera.plugins.mrp.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A manual demand forecast.
 *
 * @param id        the forecast
 * @param productId the product
 * @param date      the date
 * @param quantity  the quantity in its base unit
 */
public record Forecast(UUID id, UUID productId, LocalDate date, BigDecimal quantity) {
}
