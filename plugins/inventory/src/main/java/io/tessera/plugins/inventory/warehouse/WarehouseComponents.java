package io.tessera.plugins.inventory.warehouse;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class WarehouseComponents {

    private WarehouseComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(Warehouses.class, WarehouseInstaller.class, WarehousesController.class);
    }
}
