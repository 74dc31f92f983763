/**
 * The accounting module: a double-entry general ledger with receivables, payables and financial reports.
 * This package holds only the module declaration; {@code api} is the published API (events), the other
 * sub-packages are internal.
 */
package io.tessera.plugins.accounting;
