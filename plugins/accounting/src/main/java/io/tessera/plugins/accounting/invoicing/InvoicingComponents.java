package io.tessera.plugins.accounting.invoicing;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class InvoicingComponents {

    private InvoicingComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(SequencesInstaller.class, Invoices.class, Payments.class, Balances.class, InvoicingController.class,
                PublishedInvoicing.class,
                PartyAccounts.class, Receivables.class, Settlements.class, InvoiceRecords.class);
    }
}
