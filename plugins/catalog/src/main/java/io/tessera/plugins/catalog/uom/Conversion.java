package io.tessera.plugins.catalog.uom;

import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.plugins.catalog.api.UnitMismatchException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Exact unit conversion. A quantity {@code q} in unit {@code from} is {@code q · from.num/from.den} reference units,
 * so in {@code to} it is the rational {@code q · from.num · to.den / (from.den · to.num)}: one multiplication of
 * integers, never a lossy division. It is rounded once, half-up, only when a scale is asked for.
 */
public final class Conversion {

    private Conversion() {
    }

    /**
     * The exact converted quantity as a fraction of two integers, unreduced.
     *
     * @param quantity the quantity in {@code from}
     * @param from     its unit
     * @param to       the unit wanted
     * @return the quantity in {@code to}, exactly
     * @throws UnitMismatchException when the units are of different categories
     */
    public static Fraction exact(BigDecimal quantity, UnitInfo from, UnitInfo to) {
        Objects.requireNonNull(quantity, "quantity");
        if (!from.category().equals(to.category())) {
            throw new UnitMismatchException("cannot convert " + from.code() + " (" + from.category() + ") to "
                    + to.code() + " (" + to.category() + ")");
        }
        BigInteger unscaled = quantity.unscaledValue();
        BigInteger numerator = unscaled.multiply(BigInteger.valueOf(from.numerator()))
                .multiply(BigInteger.valueOf(to.denominator()));
        BigInteger denominator = BigInteger.valueOf(from.denominator()).multiply(BigInteger.valueOf(to.numerator()));
        // quantity = unscaled · 10^-scale
        if (quantity.scale() > 0) {
            denominator = denominator.multiply(BigInteger.TEN.pow(quantity.scale()));
        } else if (quantity.scale() < 0) {
            numerator = numerator.multiply(BigInteger.TEN.pow(-quantity.scale()));
        }
        return new Fraction(numerator, denominator);
    }

    /**
     * Converts and rounds once, half-up.
     *
     * @param quantity the quantity in {@code from}
     * @param from     its unit
     * @param to       the unit wanted
     * @param scale    decimal places of the result
     * @return the rounded quantity in {@code to}
     * @throws UnitMismatchException when the units are of different categories
     */
    public static BigDecimal convert(BigDecimal quantity, UnitInfo from, UnitInfo to, int scale) {
        return exact(quantity, from, to).round(scale);
    }

    /**
     * A non-negative or negative rational number {@code numerator / denominator} with a positive denominator.
     *
     * @param numerator   the numerator
     * @param denominator the denominator, positive
     */
    public record Fraction(BigInteger numerator, BigInteger denominator) {

        /** Checks the denominator. */
        public Fraction {
            if (denominator.signum() <= 0) {
                throw new IllegalArgumentException("denominator must be positive");
            }
        }

        /**
         * The value rounded half-up (away from zero at .5) to a scale: exact, because {@link BigDecimal#divide}
         * with a scale and a rounding mode rounds the true quotient.
         *
         * @param scale decimal places
         * @return the rounded value
         */
        public BigDecimal round(int scale) {
            return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
        }

        /**
         * Whether it equals a decimal exactly (compares {@code a/b = d} as {@code a = d·b}, no division).
         *
         * @param value a decimal
         * @return {@code true} when equal
         */
        public boolean isExactly(BigDecimal value) {
            BigDecimal scaled = new BigDecimal(numerator);
            return scaled.compareTo(value.multiply(new BigDecimal(denominator))) == 0;
        }
    }
}
