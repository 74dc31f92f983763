package io.tessera.plugins.accounting.ledger;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class LedgerComponents {

    private LedgerComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(Rates.class, JournalPoster.class, JournalEntries.class, YearEnd.class, JournalController.class,
                FiscalController.class, Journal.class, PublishedPostings.class);
    }
}
