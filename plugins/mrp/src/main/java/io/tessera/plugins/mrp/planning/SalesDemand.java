package io.tessera.plugins.mrp.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Gross requirements from confirmed sales order lines, dated by their promised delivery: {@link SalesOrderDemand} over
 * the sales module's published {@code OpenOrderLines} where sales is on the server (registered with
 * {@code Components.whenPresent}), else {@link None}.
 *
 * <p>The rule that keeps a sales order from being counted twice: a line is a requirement here for what is left to
 * deliver (ordered less delivered) at its promised date. Sales reserves stock on confirmation but opens no delivery —
 * its deliveries are made and done in one step — so no open outgoing move of inventory stands for the same quantity,
 * and the run's "delivery" requirements (open outgoing moves) are other documents'. Reservations do not lower the
 * on-hand quantity the run nets against. {@code PlanningIT.aConfirmedSalesOrderIsDemandOnceAtItsPromisedDate} holds it.
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
