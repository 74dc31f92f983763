package io.tessera.plugins.inventory.valuation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an incoming quantity adds to the stock.
 *
 * @param value          the value the receipt layer carries (at its unit cost; for standard cost, at the standard)
 * @param remainingQty   what stays open for later FIFO deliveries after settling negative stock
 * @param remainingValue its value
 * @param settled        the negative FIFO layers it settled (empty for the other methods)
 * @param correction     the settled negative stock's value at this receipt's cost minus its value at the last cost
 *                       it went out at: the stock account carries it too much, so it goes to cost of goods sold
 * @param variance       standard cost only: the actual value minus the standard value (to price differences)
 */
record Receipt(BigDecimal value, BigDecimal remainingQty, BigDecimal remainingValue, List<Take> settled,
               BigDecimal correction, BigDecimal variance) {
}
