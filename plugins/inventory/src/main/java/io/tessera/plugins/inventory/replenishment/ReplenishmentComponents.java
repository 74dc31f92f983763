package io.tessera.plugins.inventory.replenishment;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class ReplenishmentComponents {

    private ReplenishmentComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(ReorderRules.class, RuleStock.class, Suppliers.class, Planner.class, ReplenishmentRun.class,
                ReplenishmentController.class);
    }
}
