package io.tessera.plugins.accounting.chart;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A tenant's accounting settings.
 *
 * @param id            settings row id
 * @param baseCurrency  the currency every line is also valued in
 * @param chartTemplate the template the chart was seeded from
 * @param lockDate      nothing may be posted on or before it; {@code null} when unset
 */
public record Settings(UUID id, String baseCurrency, String chartTemplate, LocalDate lockDate) {
}
