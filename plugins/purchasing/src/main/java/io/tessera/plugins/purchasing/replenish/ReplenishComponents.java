package io.tessera.plugins.purchasing.replenish;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class ReplenishComponents {

    /** A class of inventory's published API: suggestions come from it only where it is on the server. */
    public static final String INVENTORY_API = "io.tessera.plugins.inventory.api.Replenishment";

    private ReplenishComponents() {
    }

    /**
     * Component classes every host gets.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(DraftOrders.class, ReplenishController.class);
    }

    /**
     * The suggestion source and event listener that name inventory's API: register with {@code whenPresent}.
     *
     * @return the classes
     */
    public static List<Class<?>> withInventory() {
        return List.of(InventorySuggestions.class, SuggestedListener.class);
    }

    /**
     * The empty source where the server has no inventory: register with {@code whenAbsent}.
     *
     * @return the classes
     */
    public static List<Class<?>> withoutInventory() {
        return List.of(NoSuggestions.class);
    }
}
