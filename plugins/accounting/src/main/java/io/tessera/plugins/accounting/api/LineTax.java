package io.tessera.plugins.accounting.api;

import java.math.BigDecimal;

/**
 * The tax a document line gets, as {@link Invoicing#resolveTaxes} resolves it.
 *
 * @param taxCode       the tax code, or {@code null} for a tenant without tax codes (a free rate)
 * @param rate          the rate in percent
 * @param priceIncluded whether the line's price includes the tax (the tax is extracted from the gross amount)
 */
public record LineTax(String taxCode, BigDecimal rate, boolean priceIncluded) {
}
