/**
 * Receivables and payables: customer invoices, vendor bills and credit notes that post their journal
 * entry when confirmed, payments allocated to one or several of them, open balances per party and aged
 * receivables and payables.
 */
package io.tessera.plugins.accounting.invoicing;
