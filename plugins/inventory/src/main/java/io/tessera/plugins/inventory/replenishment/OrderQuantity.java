package io.tessera.plugins.inventory.replenishment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of an order quantity: up to a target, rounded up to a multiple, never below a minimum. */
final class OrderQuantity {

    private OrderQuantity() {
    }

    /**
     * The smallest multiple of {@code multiple} that is at least {@code quantity}.
     *
     * @param quantity the quantity, not negative
     * @param multiple the multiple, positive
     * @return the rounded quantity
     */
    static BigDecimal roundUp(BigDecimal quantity, BigDecimal multiple) {
        BigDecimal times = quantity.divide(multiple, 0, RoundingMode.CEILING);
        return multiple.multiply(times);
    }

    /**
     * What a supplier is asked for: at least its minimum quantity, then rounded up to its order multiple.
     *
     * @param quantity the quantity wanted, in the supplier's unit
     * @param minimum  the supplier's minimum quantity, or {@code null}
     * @param multiple the supplier's order multiple, or {@code null} (1)
     * @return the quantity to order
     */
    static BigDecimal forSupplier(BigDecimal quantity, BigDecimal minimum, BigDecimal multiple) {
        BigDecimal wanted = minimum != null && minimum.compareTo(quantity) > 0 ? minimum : quantity;
        return multiple != null && multiple.signum() > 0 ? roundUp(wanted, multiple) : wanted;
    }
}
