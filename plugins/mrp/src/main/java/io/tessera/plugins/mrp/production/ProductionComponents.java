package io.tessera.plugins.mrp.production;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class ProductionComponents {

    private ProductionComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(ManufacturingOrders.class, OrdersController.class);
    }
}
