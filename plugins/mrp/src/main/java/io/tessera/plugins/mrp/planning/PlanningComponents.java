package io.tessera.plugins.mrp.planning;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class PlanningComponents {

    /** A class of sales' published API: open sales order lines are gross requirements only where it is on the server. */
    public static final String SALES_API = "io.tessera.plugins.sales.api.OpenOrderLines";

    private PlanningComponents() {
    }

    /**
     * The components that name sales' API: register them with {@code whenPresent(SALES_API, ...)}, so a host without
     * sales never loads them (the run then has no sales demand).
     *
     * @return the classes
     */
    public static List<Class<?>> withSales() {
        return List.of(SalesOrderDemand.class);
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(Forecasts.class, Runs.class, Planner.class, RunTask.class, PlannedOrders.class,
                PlanningController.class);
    }
}
