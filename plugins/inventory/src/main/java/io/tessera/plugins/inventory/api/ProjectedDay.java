package io.tessera.plugins.inventory.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day of a product's projected stock in a warehouse, in its base unit.
 *
 * @param date      the day
 * @param incoming  open moves coming in scheduled that day (the first day also takes the overdue ones)
 * @param outgoing  open moves going out scheduled that day (the first day also takes the overdue ones and what other
 *                  modules' demand lines have reserved without a move yet)
 * @param projected on hand at the end of the day: on hand now plus every incoming minus every outgoing up to it
 */
public record ProjectedDay(LocalDate date, BigDecimal incoming, BigDecimal outgoing, BigDecimal projected) {

    /** The quantities without the storage scale's trailing zeros. */
    public ProjectedDay {
        incoming = plain(incoming);
        outgoing = plain(outgoing);
        projected = plain(projected);
    }

    private static BigDecimal plain(BigDecimal q) {
        BigDecimal stripped = q.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
