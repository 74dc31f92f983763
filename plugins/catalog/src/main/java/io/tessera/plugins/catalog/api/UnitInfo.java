package io.tessera.plugins.catalog.api;

/**
 * A unit of measure. Its size is an exact ratio to its category's reference unit: {@code numerator / denominator}
 * reference units make one of this unit (dozen = 12/1 unit, g = 1/1000 kg).
 *
 * @param code        the unit's code, unique per tenant, e.g. {@code unit}, {@code dozen}, {@code kg}, {@code g}
 * @param name        its display name
 * @param category    the category's code: {@code units}, {@code weight}, {@code volume}, {@code length},
 *                    {@code time}, or a tenant's own
 * @param numerator   reference units per this unit, numerator (positive)
 * @param denominator reference units per this unit, denominator (positive)
 * @param scale       decimal places a quantity in this unit is rounded to on a document line (0 for units)
 */
public record UnitInfo(String code, String name, String category, long numerator, long denominator, int scale) {
}
