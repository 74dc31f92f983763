package io.tessera.plugins.accounting.chart;

/** The five account types of double-entry bookkeeping. */
public enum AccountType {
    /** Resources owned: debit balance. */
    ASSET(true),
    /** Obligations: credit balance. */
    LIABILITY(false),
    /** Owners' claims: credit balance. */
    EQUITY(false),
    /** Revenue: credit balance, closes to equity. */
    INCOME(false),
    /** Costs: debit balance, closes to equity. */
    EXPENSE(true);

    private final boolean debitNormal;

    AccountType(boolean debitNormal) {
        this.debitNormal = debitNormal;
    }

    /**
     * Whether the type normally carries a debit balance.
     *
     * @return true for assets and expenses
     */
    public boolean debitNormal() {
        return debitNormal;
    }
}
