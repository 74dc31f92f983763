package io.tessera.plugins.inventory.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How quantities and amounts appear in API responses: still JSON numbers, without the storage scale's trailing zeros
 * ({@code 10} instead of {@code 10.000000}; quantities are rounded to their unit's precision where a line is written, so
 * what is left is that precision at most), amounts with the currency's minor units ({@code 12.50} instead of
 * {@code 12.5000}) unless they have more digits, which are kept.
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * A quantity without trailing zeros.
     *
     * @param quantity the quantity, or null
     * @return the same value with the smallest scale that keeps it exact (never negative), or null
     */
    public static BigDecimal quantity(BigDecimal quantity) {
        if (quantity == null) {
            return null;
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /**
     * An amount with the currency's minor units.
     *
     * @param amount the amount, or null
     * @param digits the currency's minor-unit digits
     * @return the same value at that scale, or at the smallest exact scale when it has more digits, or null
     */
    public static BigDecimal amount(BigDecimal amount, int digits) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = quantity(amount);
        return stripped.scale() <= digits ? stripped.setScale(digits, RoundingMode.UNNECESSARY) : stripped;
    }
}
