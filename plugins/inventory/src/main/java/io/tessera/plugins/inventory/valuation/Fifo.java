package io.tessera.plugins.inventory.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * First in, first out, on a product's open layers (oldest first). A delivery consumes the oldest receipt layers at
 * their cost; what it delivers beyond them leaves a negative layer valued at the last cost. A receipt first settles
 * negative layers (oldest first): their value at this receipt's cost replaces the value at the last cost, and the
 * difference is a correction to cost of goods sold; the rest of the receipt stays open. A product never has open
 * positive and negative layers at once, so the open layers' values always add up to the stock value.
 */
final class Fifo {

    private Fifo() {
    }

    /**
     * Values an outgoing quantity.
     *
     * @param open         the product's open layers, oldest first
     * @param qty          the quantity, positive
     * @param lastUnitCost the cost a quantity beyond the open layers goes out at
     * @param digits       currency digits
     * @return the value and the layers consumed
     */
    static Issue issue(List<OpenLayer> open, BigDecimal qty, BigDecimal lastUnitCost, int digits) {
        BigDecimal left = qty;
        BigDecimal value = BigDecimal.ZERO.setScale(digits);
        List<Take> takes = new ArrayList<>();
        for (OpenLayer layer : open) {
            if (left.signum() == 0) {
                break;
            }
            if (layer.remainingQty().signum() <= 0) {
                continue;
            }
            BigDecimal take = left.min(layer.remainingQty());
            BigDecimal takeValue = CostMath.share(layer.remainingValue(), take, layer.remainingQty(), digits);
            takes.add(new Take(layer.id(), take, takeValue));
            value = value.add(takeValue);
            left = left.subtract(take);
        }
        BigDecimal shortValue = left.signum() > 0 ? CostMath.value(left, lastUnitCost, digits) : BigDecimal.ZERO.setScale(digits);
        return new Issue(value.add(shortValue), takes, left, shortValue);
    }

    /**
     * Values an incoming quantity: settles negative layers first.
     *
     * @param open   the product's open layers, oldest first
     * @param qty    the quantity, positive
     * @param value  its value at its unit cost
     * @param digits currency digits
     * @return the receipt layer's value and what stays open
     */
    static Receipt receive(List<OpenLayer> open, BigDecimal qty, BigDecimal value, int digits) {
        BigDecimal left = qty;
        BigDecimal settledQty = BigDecimal.ZERO;
        BigDecimal usedValue = BigDecimal.ZERO.setScale(digits);
        BigDecimal correction = BigDecimal.ZERO.setScale(digits);
        List<Take> settled = new ArrayList<>();
        for (OpenLayer layer : open) {
            if (left.signum() == 0) {
                break;
            }
            if (layer.remainingQty().signum() >= 0) {
                continue;
            }
            BigDecimal owed = layer.remainingQty().negate();
            BigDecimal take = left.min(owed);
            BigDecimal owedValue = CostMath.share(layer.remainingValue(), take, owed, digits);
            settled.add(new Take(layer.id(), take.negate(), owedValue));
            settledQty = settledQty.add(take);
            BigDecimal used = CostMath.share(value, settledQty, qty, digits);
            correction = correction.add(used.subtract(usedValue)).add(owedValue);
            usedValue = used;
            left = left.subtract(take);
        }
        return new Receipt(value, left, value.subtract(usedValue), settled, correction, BigDecimal.ZERO.setScale(digits));
    }
}
