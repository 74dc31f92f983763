package io.tessera.plugins.inventory.valuation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an outgoing quantity is valued at.
 *
 * @param value      its value, positive (what leaves the stock account)
 * @param takes      the FIFO layers it consumed (empty for the other methods)
 * @param shortQty   the quantity delivered beyond the stock there was (it leaves a negative layer), else zero
 * @param shortValue that quantity's value at the last cost, included in {@code value}
 */
record Issue(BigDecimal value, List<Take> takes, BigDecimal shortQty, BigDecimal shortValue) {
}
