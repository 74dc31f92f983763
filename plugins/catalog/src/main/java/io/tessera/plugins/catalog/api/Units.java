package io.tessera.plugins.catalog.api;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Units of measure of the current tenant and exact conversions between them. A conversion multiplies by the exact
 * rational ratio of the two units and rounds once, half-up, to the target unit's {@link UnitInfo#scale()}: call it
 * when a document line is written, never on an already converted quantity.
 */
public interface Units {

    /**
     * A unit by code.
     *
     * @param code the unit code
     * @return the unit, or empty when the tenant has none with that code
     */
    Optional<UnitInfo> find(String code);

    /**
     * Converts a quantity between two units of one category, rounding once half-up to the target unit's scale.
     *
     * @param quantity the quantity in {@code from}
     * @param from     the unit it is in
     * @param to       the unit to express it in
     * @return the quantity in {@code to}
     * @throws UnitMismatchException when either unit is unknown or they are of different categories
     */
    BigDecimal convert(BigDecimal quantity, String from, String to);

    /**
     * Converts a quantity to another unit at a given scale (e.g. the base unit's stock precision), rounding once
     * half-up.
     *
     * @param quantity the quantity in {@code from}
     * @param from     the unit it is in
     * @param to       the unit to express it in
     * @param scale    the decimal places of the result
     * @return the quantity in {@code to}
     * @throws UnitMismatchException when either unit is unknown or they are of different categories
     */
    BigDecimal convert(BigDecimal quantity, String from, String to, int scale);
}
