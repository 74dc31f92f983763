package io.tessera.plugins.mrp.production;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What needs attention on the shop floor, for the dashboard: open orders past their due date and components the open
 * orders need more of than there is on hand.
 *
 * @param late      confirmed or started orders due before today
 * @param shortages the components short, most short first (at most ten)
 */
public record OrderFigures(int late, List<Shortage> shortages) {

    /** Copies the list. */
    public OrderFigures {
        shortages = List.copyOf(shortages);
    }

    /**
     * A component the open orders need more of than is on hand.
     *
     * @param productId the component
     * @param needed    what the open orders still have to consume
     * @param onHand    on hand in the default warehouse
     */
    public record Shortage(UUID productId, BigDecimal needed, BigDecimal onHand) {

        /**
         * The quantity missing.
         *
         * @return needed − on hand, positive
         */
        public BigDecimal missing() {
            return needed.subtract(onHand);
        }
    }
}
