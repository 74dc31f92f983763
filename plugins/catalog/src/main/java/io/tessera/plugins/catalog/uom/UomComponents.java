package io.tessera.plugins.catalog.uom;

import java.util.List;

/** The parts of the units package, registered by the module in one place. */
public final class UomComponents {

    private UomComponents() {
    }

    /** @return the package's Spring components */
    public static List<Class<?>> all() {
        return List.of(UnitService.class, UomInstaller.class, UomController.class);
    }

    /** @return the package's entities */
    public static List<Class<?>> entities() {
        return List.of(Unit.class);
    }
}
