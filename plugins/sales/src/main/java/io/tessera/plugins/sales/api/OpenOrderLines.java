package io.tessera.plugins.sales.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Read access to what confirmed sales orders still have to deliver, for planning (MRP's gross requirements). A
 * published service: find it with {@code ModuleServices.find(OpenOrderLines.class)}, empty where the tenant has not
 * enabled sales.
 *
 * <p>Sales reserves stock on confirmation but creates no open delivery: a delivery is made and done in one step when
 * the goods leave. So an open order line is not yet visible to inventory's open moves, and a planner counts it here,
 * once, at its due date. Reservations do not lower the on-hand quantity a planner nets against.
 */
public interface OpenOrderLines {

    /**
     * The lines of open (not cancelled) orders with something left to deliver, due before a date, in one query.
     *
     * @param dueBefore only lines due before this day (a planning horizon's end); lines overdue are included
     * @param limit     at most this many lines, the earliest due first (1 to 1,000,000)
     * @return the lines, by due date then line id
     */
    List<OpenOrderLine> dueBefore(LocalDate dueBefore, int limit);
}
