package io.tessera.plugins.accounting.tax;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A tax code as a client sends it.
 *
 * @param code          code, unique per type (1 to 20 letters, digits, '.', '_', '-')
 * @param name          name
 * @param type          {@code sales} or {@code purchase}
 * @param rate          rate in percent (0 to 100, 4 decimals); absent: not set yet, the code cannot be used
 * @param priceIncluded whether line prices include the tax; false when absent
 * @param account       the account code the tax posts to
 * @param validFrom     first day it applies, optional
 * @param validTo       last day it applies, optional
 */
public record TaxCodeBody(String code, String name, String type, BigDecimal rate, Boolean priceIncluded, String account,
                   LocalDate validFrom, LocalDate validTo) {
}
