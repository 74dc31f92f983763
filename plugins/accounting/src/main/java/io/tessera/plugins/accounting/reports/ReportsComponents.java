package io.tessera.plugins.accounting.reports;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class ReportsComponents {

    private ReportsComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(Ledger.class, PostedBalances.class, ReportsController.class, Reports.class, TaxReport.class, TaxReportController.class);
    }
}
