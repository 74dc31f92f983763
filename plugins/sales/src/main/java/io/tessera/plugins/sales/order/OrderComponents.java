package io.tessera.plugins.sales.order;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class OrderComponents {

    /** A class of inventory's published API: orders reserve and deliver through it only where it is on the server. */
    public static final String INVENTORY_API = "io.tessera.plugins.inventory.api.Stock";

    private OrderComponents() {
    }

    /**
     * Component classes every host gets.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(Orders.class, InvoicePolicies.class, CreditCheck.class, CustomerSummary.class, OrdersController.class,
                Returns.class, ReturnsController.class, OpenLinesReader.class);
    }

    /**
     * The components that name inventory's API: register them with {@code whenPresent(INVENTORY_API, ...)}.
     *
     * @return the classes
     */
    public static List<Class<?>> withInventory() {
        return List.of(InventoryStock.class);
    }
}
