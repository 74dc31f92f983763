package io.tessera.plugins.accounting.ui;

import java.math.BigDecimal;
import java.util.List;

/**
 * Debits against credits of the lines being entered: what the entry form shows as you type.
 *
 * @param debit  sum of the debits
 * @param credit sum of the credits
 */
record EntryBalance(BigDecimal debit, BigDecimal credit) {

    /** One line's amounts as typed; {@code null} means empty. */
    record Amounts(BigDecimal debit, BigDecimal credit) {
    }

    static EntryBalance of(List<Amounts> lines) {
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (Amounts line : lines) {
            debit = debit.add(line.debit() == null ? BigDecimal.ZERO : line.debit());
            credit = credit.add(line.credit() == null ? BigDecimal.ZERO : line.credit());
        }
        return new EntryBalance(debit, credit);
    }

    /** Debits minus credits. */
    BigDecimal difference() {
        return debit.subtract(credit);
    }

    /** Something is entered and debits equal credits (compared by value: 10.5 = 10.50). */
    boolean balanced() {
        return debit.signum() > 0 && debit.compareTo(credit) == 0;
    }
}
