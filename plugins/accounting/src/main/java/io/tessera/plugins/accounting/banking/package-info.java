/**
 * Bank accounts (each linked to a ledger account), statement import (CAMT.053, OFX, CSV with a column mapping), and
 * reconciliation: suggestions of open documents per statement line, settling documents or booking to an account, and
 * the reconciliation report (statement closing balance against the ledger's bank balance). Uses {@code invoicing}
 * through its {@code Settlements} facade and {@code ledger} through {@code JournalPoster}.
 */
package io.tessera.plugins.accounting.banking;
