package io.tessera.plugins.inventory.valuation;

import java.math.BigDecimal;

/**
 * One line of a stock valuation's journal entry.
 *
 * @param accountCode the account
 * @param debit       debit in the base currency (zero or positive)
 * @param credit      credit in the base currency (zero or positive)
 */
record LedgerLine(String accountCode, BigDecimal debit, BigDecimal credit) {
}
