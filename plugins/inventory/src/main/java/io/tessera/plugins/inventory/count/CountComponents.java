package io.tessera.plugins.inventory.count;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class CountComponents {

    private CountComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(CountSheets.class, CountSheetList.class, CountsController.class);
    }
}
