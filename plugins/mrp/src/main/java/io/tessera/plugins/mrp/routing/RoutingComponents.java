package io.tessera.plugins.mrp.routing;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class RoutingComponents {

    private RoutingComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(Routings.class, RoutingsController.class);
    }
}
