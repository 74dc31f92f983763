package io.tessera.plugins.inventory.valuation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Moving average on a product's running state: a receipt re-averages (new value = old value + quantity × cost), a
 * delivery goes out at the current average — taking the whole value with the last unit, so no residue is left. Stock
 * delivered beyond what is there goes out at the average (or the last cost when there is none) and makes the state
 * negative; the next receipt settles it at its own cost, the difference being a correction to cost of goods sold.
 * Standard cost uses the same arithmetic with every receipt valued at the standard cost.
 */
final class MovingAverage {

    private MovingAverage() {
    }

    /**
     * Values an outgoing quantity.
     *
     * @param state  the product's state
     * @param qty    the quantity, positive
     * @param digits currency digits
     * @return its value
     */
    static Issue issue(ProductState state, BigDecimal qty, int digits) {
        BigDecimal zero = BigDecimal.ZERO.setScale(digits);
        if (state.quantity().signum() > 0) {
            if (qty.compareTo(state.quantity()) <= 0) {
                return new Issue(CostMath.share(state.value(), qty, state.quantity(), digits), List.of(), BigDecimal.ZERO, zero);
            }
            // beyond the stock: at the average as computed at the last receipt (value / quantity of what is left
            // would magnify the cents of a small remainder)
            BigDecimal beyond = qty.subtract(state.quantity());
            BigDecimal beyondValue = CostMath.value(beyond, state.lastUnitCost(), digits);
            return new Issue(state.value().setScale(digits).add(beyondValue), List.of(), beyond, beyondValue);
        }
        BigDecimal value = CostMath.value(qty, state.lastUnitCost(), digits);
        return new Issue(value, List.of(), qty, value);
    }

    /**
     * Values an incoming quantity.
     *
     * @param state  the product's state
     * @param qty    the quantity, positive
     * @param value  its value
     * @param digits currency digits
     * @return the layer's value and the settlement of negative stock
     */
    static Receipt receive(ProductState state, BigDecimal qty, BigDecimal value, int digits) {
        BigDecimal correction = BigDecimal.ZERO.setScale(digits);
        if (state.quantity().signum() < 0) {
            BigDecimal owed = state.quantity().negate();
            BigDecimal settled = qty.min(owed);
            BigDecimal owedValue = CostMath.share(state.value(), settled, owed, digits);
            correction = CostMath.share(value, settled, qty, digits).add(owedValue);
        }
        return new Receipt(value, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), correction, BigDecimal.ZERO.setScale(digits));
    }

    /**
     * The unit cost a product is at after a receipt: the new average when it re-averaged stock on hand; the
     * receipt's own cost when there was none (what is left after settling negative stock came from this receipt).
     *
     * @param before      the state before the receipt
     * @param after       the state after it
     * @param receiptCost the receipt's unit cost
     * @return the last unit cost to keep
     */
    static BigDecimal lastCost(ProductState before, ProductState after, BigDecimal receiptCost) {
        return before.quantity().signum() > 0 ? CostMath.unitCost(after.value(), after.quantity()) : receiptCost;
    }
}
