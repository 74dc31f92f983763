package io.tessera.plugins.mrp.planning;

import io.tessera.plugins.sales.api.OpenOrderLine;
import io.tessera.plugins.sales.api.OpenOrderLines;
import io.tessera.sdk.ModuleServices;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link SalesDemand} through sales' published {@link OpenOrderLines} (nothing where the tenant has not enabled sales).
 * Registered by {@link PlanningComponents} only where sales' API is on the server; the only class of this plugin that
 * names it.
 */
class SalesOrderDemand implements SalesDemand {

    /** More open lines than a run plans at once is a tenant for a different design; the run fails rather than cut. */
    private static final int MAX_LINES = 1_000_000;

    private final ModuleServices modules;

    SalesOrderDemand(ModuleServices modules) {
        this.modules = modules;
    }

    @Override
    public List<Line> openLines(LocalDate from, LocalDate to) {
        return modules.find(OpenOrderLines.class).map(sales -> {
            List<OpenOrderLine> lines = sales.dueBefore(to, MAX_LINES);
            if (lines.size() == MAX_LINES) {
                throw new IllegalStateException("More than " + MAX_LINES + " open sales order lines; the run plans at most that");
            }
            return lines.stream().map(l -> new Line(l.productId(), l.due(), l.left(), l.lineId())).toList();
        }).orElse(List.of());
    }
}
