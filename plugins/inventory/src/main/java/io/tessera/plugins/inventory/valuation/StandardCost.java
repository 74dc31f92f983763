package io.tessera.plugins.inventory.valuation;

import java.math.BigDecimal;

/**
 * Standard cost: stock comes in at the product's standard cost whatever it was bought at, and the difference to the
 * actual cost is a price-difference (variance) line of the receipt's entry; deliveries go out at the standard (as a
 * share of the stock's value, as for the moving average, so rounding leaves no residue).
 */
final class StandardCost {

    private StandardCost() {
    }

    /**
     * Values an incoming quantity at the standard cost.
     *
     * @param state        the product's state
     * @param qty          the quantity, positive
     * @param actualValue  its value at the actual cost
     * @param standardCost the standard cost per base unit
     * @param digits       currency digits
     * @return the layer at the standard value, with the variance (actual minus standard)
     */
    static Receipt receive(ProductState state, BigDecimal qty, BigDecimal actualValue, BigDecimal standardCost, int digits) {
        BigDecimal standardValue = CostMath.value(qty, standardCost, digits);
        Receipt atStandard = MovingAverage.receive(state, qty, standardValue, digits);
        return new Receipt(atStandard.value(), atStandard.remainingQty(), atStandard.remainingValue(), atStandard.settled(),
                atStandard.correction(), actualValue.subtract(standardValue));
    }

    /**
     * Values an outgoing quantity at the standard.
     *
     * @param state        the product's state
     * @param qty          the quantity, positive
     * @param standardCost the standard cost (for stock going out while there is none)
     * @param digits       currency digits
     * @return its value
     */
    static Issue issue(ProductState state, BigDecimal qty, BigDecimal standardCost, int digits) {
        ProductState atStandard = new ProductState(state.quantity(), state.value(), standardCost);
        if (state.quantity().signum() > 0 && qty.compareTo(state.quantity()) > 0) {
            BigDecimal beyond = qty.subtract(state.quantity());
            BigDecimal beyondValue = CostMath.value(beyond, standardCost, digits);
            return new Issue(state.value().setScale(digits).add(beyondValue), java.util.List.of(), beyond, beyondValue);
        }
        return MovingAverage.issue(atStandard, qty, digits);
    }
}
