package io.tessera.plugins.inventory.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arithmetic of the valuation: values are rounded half-up to the base currency's digits once, where a layer is
 * written; unit costs are kept to {@value #UNIT_COST_SCALE} places. A part of a stored value is taken in proportion
 * to its quantity, and the last part takes what is left, so parts always add up to the stored value exactly.
 */
final class CostMath {

    /** Decimal places of a unit cost. */
    static final int UNIT_COST_SCALE = 6;

    private CostMath() {
    }

    /** The value of a quantity at a unit cost, rounded to the currency digits. */
    static BigDecimal value(BigDecimal quantity, BigDecimal unitCost, int digits) {
        return quantity.multiply(unitCost).setScale(digits, RoundingMode.HALF_UP);
    }

    /** The unit cost of a value over a quantity (zero for a zero quantity). */
    static BigDecimal unitCost(BigDecimal value, BigDecimal quantity) {
        if (quantity.signum() == 0) {
            return BigDecimal.ZERO.setScale(UNIT_COST_SCALE);
        }
        return value.divide(quantity, MathContext.DECIMAL128).setScale(UNIT_COST_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The share of {@code value} that {@code part} of {@code whole} carries: all of it when the part is the whole.
     *
     * @param value  the value of the whole
     * @param part   the quantity taken
     * @param whole  the whole quantity (same sign as part, not zero)
     * @param digits currency digits
     * @return the part's value, rounded
     */
    static BigDecimal share(BigDecimal value, BigDecimal part, BigDecimal whole, int digits) {
        if (part.compareTo(whole) == 0) {
            return value.setScale(digits, RoundingMode.HALF_UP);
        }
        return value.multiply(part).divide(whole, MathContext.DECIMAL128).setScale(digits, RoundingMode.HALF_UP);
    }
}
