package io.tessera.plugins.sales.common;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class CommonComponents {

    private CommonComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(Sequences.class, DocumentPrinter.class, SalesSettings.class, SettingsController.class);
    }
}
