package io.tessera.plugins.inventory.replenishment;

import java.math.BigDecimal;

/**
 * A reorder rule with its warehouse's stock figures of the product.
 *
 * @param rule       the rule
 * @param onHand     on hand in the warehouse's internal locations
 * @param reserved   reserved there
 * @param incoming   open moves into them from elsewhere
 * @param outgoing   open moves out of them to elsewhere
 * @param unreserved the part of {@code outgoing} its demand lines have not reserved yet
 */
record RuleFigures(ReorderRule rule, BigDecimal onHand, BigDecimal reserved, BigDecimal incoming, BigDecimal outgoing,
                   BigDecimal unreserved) {

    /**
     * The projected stock: on hand − reserved + incoming − unreserved outgoing, so that an open delivery whose stock
     * is reserved already counts once.
     *
     * @return the projection
     */
    BigDecimal projected() {
        return onHand.subtract(reserved).add(incoming).subtract(unreserved);
    }
}
