package io.tessera.plugins.purchasing.billing;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class BillingComponents {

    private BillingComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(Bills.class, BillsController.class);
    }
}
