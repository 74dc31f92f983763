package io.tessera.plugins.mrp.production;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class ProductionComponents {

    /** A class of accounting's published API: work in progress is posted only where it is on the server. */
    public static final String ACCOUNTING_API = "io.tessera.plugins.accounting.api.Postings";

    private ProductionComponents() {
    }

    /**
     * The components that name accounting's API: register them with {@code whenPresent(ACCOUNTING_API, ...)}, so a
     * host without accounting never loads them (production then posts nothing of its own).
     *
     * @return the classes
     */
    public static List<Class<?>> withAccounting() {
        return List.of(AccountingWorkInProgress.class);
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
