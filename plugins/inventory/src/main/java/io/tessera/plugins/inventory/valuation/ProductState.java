package io.tessera.plugins.inventory.valuation;

import java.math.BigDecimal;

/**
 * A product's running valuation: the quantity and value of its stock (always the sums of its layers) and the last
 * unit cost it was received or averaged at (what stock delivered while there is none is valued at).
 *
 * @param quantity     on hand across the company's locations, in the base unit (negative when more went out than in)
 * @param value        its value in the base currency
 * @param lastUnitCost the last known unit cost
 */
record ProductState(BigDecimal quantity, BigDecimal value, BigDecimal lastUnitCost) {

    /** A product never valued. */
    static final ProductState EMPTY = new ProductState(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** The state after an incoming layer. */
    ProductState in(BigDecimal qty, Receipt receipt, BigDecimal unitCost) {
        BigDecimal newQty = quantity.add(qty);
        BigDecimal newValue = value.add(receipt.value()).subtract(receipt.correction());
        return new ProductState(newQty, newValue, unitCost);
    }

    /** The state after an outgoing layer. */
    ProductState out(BigDecimal qty, Issue issue) {
        return new ProductState(quantity.subtract(qty), value.subtract(issue.value()), lastUnitCost);
    }
}
