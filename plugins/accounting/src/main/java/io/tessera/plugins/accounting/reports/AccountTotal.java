package io.tessera.plugins.accounting.reports;

import io.tessera.plugins.accounting.chart.AccountType;
import java.math.BigDecimal;

/**
 * Posted base-currency movements of one account over a range.
 *
 * @param code   account code
 * @param name   account name
 * @param type   account type
 * @param debit  sum of base debits
 * @param credit sum of base credits
 */
record AccountTotal(String code, String name, AccountType type, BigDecimal debit, BigDecimal credit) {

    /** Debit minus credit. */
    BigDecimal balance() {
        return debit.subtract(credit);
    }

    /** The balance with the sign of the account type's normal side (credit-normal types flipped). */
    BigDecimal natural() {
        return type.debitNormal() ? balance() : balance().negate();
    }
}
