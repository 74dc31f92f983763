/**
 * Financial reports from posted lines in the base currency: trial balance, general ledger with running
 * balance, profit and loss, balance sheet; as of a date or for a period, each line linking to the entries
 * behind it, and CSV export.
 */
package io.tessera.plugins.accounting.reports;
