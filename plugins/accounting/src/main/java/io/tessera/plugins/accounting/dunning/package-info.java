/**
 * Dunning: reminder levels, the daily task that proposes the next level for each overdue customer invoice (never for
 * a disputed one), sending a reviewed reminder through the invoice mail path, and the party's dunning history.
 * Internal; reads invoices through {@link io.tessera.plugins.accounting.invoicing.InvoiceRecords} and mails through
 * {@link io.tessera.plugins.accounting.documents.InvoiceMails}.
 */
package io.tessera.plugins.accounting.dunning;
