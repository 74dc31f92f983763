package io.tessera.plugins.accounting.api;

/** The type of an account of the chart, as other modules see it (e.g. to check an account chosen for a purpose). */
public enum LedgerAccountType {
    /** Resources owned (stock, receivables). */
    ASSET,
    /** Obligations (payables, goods received not billed). */
    LIABILITY,
    /** Owners' claims. */
    EQUITY,
    /** Revenue. */
    INCOME,
    /** Costs (cost of goods sold). */
    EXPENSE
}
