package io.tessera.plugins.inventory.stock;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class StockComponents {

    private StockComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(StockLedger.class, Reservations.class, Availability.class, StockController.class, StockQueries.class,
                ProductStock.class, Projection.class, LotTrace.class, LotsController.class);
    }
}
