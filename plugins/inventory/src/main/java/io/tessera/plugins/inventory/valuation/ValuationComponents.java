package io.tessera.plugins.inventory.valuation;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class ValuationComponents {

    /** A class of accounting's published API: the valuation posts through it only where it is on the server. */
    public static final String ACCOUNTING_API = "io.tessera.plugins.accounting.api.Postings";

    private ValuationComponents() {
    }

    /**
     * Component classes every host gets.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(LayerStore.class, Valuation.class, ValuationReport.class, ValuationController.class,
                StockValue.class);
    }

    /**
     * The components that name accounting's API: register them with {@code whenPresent(ACCOUNTING_API, ...)}, so a
     * host without accounting never loads them (the valuation then writes layers and posts nothing).
     *
     * @return the classes
     */
    public static List<Class<?>> withAccounting() {
        return List.of(AccountingLedger.class);
    }
}
