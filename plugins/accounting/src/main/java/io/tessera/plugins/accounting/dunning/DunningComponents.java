package io.tessera.plugins.accounting.dunning;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class DunningComponents {

    private DunningComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(DunningLevels.class, DunningProposals.class, DunningTask.class, DunningController.class, DunningReview.class);
    }
}
