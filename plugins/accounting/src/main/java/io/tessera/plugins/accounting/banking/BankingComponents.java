package io.tessera.plugins.accounting.banking;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class BankingComponents {

    private BankingComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(BankAccounts.class, Statements.class, Suggestions.class, ReconciliationRules.class, Reconciliations.class,
                BankingController.class, ReconciliationRulesController.class,
                Banking.class);
    }
}
