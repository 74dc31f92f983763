package io.tessera.plugins.accounting.tax;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class TaxComponents {

    private TaxComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(TaxCodes.class, TaxController.class, TaxBook.class);
    }
}
