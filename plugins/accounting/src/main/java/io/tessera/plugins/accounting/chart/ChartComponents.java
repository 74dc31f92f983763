package io.tessera.plugins.accounting.chart;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class ChartComponents {

    private ChartComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(Accounts.class, SettingsStore.class, ChartInstaller.class, SettingsController.class,
                AccountsController.class, ChartOfAccounts.class);
    }
}
