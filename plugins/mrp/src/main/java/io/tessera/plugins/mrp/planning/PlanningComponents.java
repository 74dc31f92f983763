package io.tessera.plugins.mrp.planning;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class PlanningComponents {

    private PlanningComponents() {
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
