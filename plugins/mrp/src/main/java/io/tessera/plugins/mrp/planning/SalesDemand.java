package io.tessera.plugins.mrp.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Gross requirements from confirmed sales order lines, dated by their promised delivery: a later adapter over the
 * sales module's published API (registered with {@code Components.whenPresent} like {@link Purchasing}); until sales
 * publishes a read API for order lines — it publishes only the {@code OrderConfirmed} event, without lines — it is
 * {@link None}. Confirmed orders are planned meanwhile through inventory: their open deliveries are a requirement
 * from the run's first day. An adapter must report only what no open delivery covers yet, or the run counts it twice.
 */
interface SalesDemand {

    /**
     * The open quantities of confirmed sales order lines due in a period, one set-based call per run.
     *
     * @param from the run's first day
     * @param to   the day after the horizon
     * @return the lines, in the product's base unit
     */
    List<Line> openLines(LocalDate from, LocalDate to);

    /**
     * An open sales order line.
     *
     * @param productId the product
     * @param due       its promised delivery date
     * @param quantity  what is left to deliver that no open delivery covers
     * @param lineId    the order line, for pegging
     */
    record Line(UUID productId, LocalDate due, BigDecimal quantity, UUID lineId) {
    }

    /** No sales read API: no lines. */
    final class None implements SalesDemand {

        @Override
        public List<Line> openLines(LocalDate from, LocalDate to) {
            return List.of();
        }
    }
}
