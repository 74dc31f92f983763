package io.tessera.plugins.sales.quotation;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class QuotationComponents {

    private QuotationComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(Quotations.class, QuotationsController.class);
    }
}
