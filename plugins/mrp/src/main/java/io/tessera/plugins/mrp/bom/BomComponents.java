package io.tessera.plugins.mrp.bom;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class BomComponents {

    private BomComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(Boms.class, BomsController.class);
    }
}
