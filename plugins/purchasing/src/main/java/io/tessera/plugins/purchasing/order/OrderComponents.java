package io.tessera.plugins.purchasing.order;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class OrderComponents {

    /** A class of inventory's published API: receipts go into stock only where it is on the server. */
    public static final String INVENTORY_API = "io.tessera.plugins.inventory.api.Stock";

    private OrderComponents() {
    }

    /**
     * Component classes every host gets.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(OrderStore.class, BillPolicies.class, Orders.class, Receipts.class, OrdersController.class);
    }

    /**
     * Receiving through inventory: register with {@code whenPresent(INVENTORY_API, ...)}.
     *
     * @return the classes
     */
    public static List<Class<?>> withInventory() {
        return List.of(InventoryReceiving.class);
    }

    /**
     * Receiving without inventory on the server: register with {@code whenAbsent(INVENTORY_API, ...)}.
     *
     * @return the classes
     */
    public static List<Class<?>> withoutInventory() {
        return List.of(NoInventory.class);
    }
}
