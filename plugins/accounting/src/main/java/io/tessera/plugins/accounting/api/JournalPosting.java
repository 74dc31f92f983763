package io.tessera.plugins.accounting.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One balanced journal entry another module posts through {@link Postings#post}: amounts are in the tenant's base
 * currency, at most at its minor-unit digits (never rounded by the ledger).
 *
 * @param date         the accounting date: must be after the lock date and in an open period
 * @param description  what it records (at most 500 characters)
 * @param sourceModule the posting module's id, e.g. {@code inventory} (at most 20 characters)
 * @param sourceId     the document it records (a stock validation, an order), or {@code null}
 * @param lines        at least two lines whose debits equal their credits
 */
public record JournalPosting(LocalDate date, String description, String sourceModule, UUID sourceId,
                             List<Line> lines) {

    /**
     * Copies the lines.
     *
     * @param date         the accounting date
     * @param description  what it records
     * @param sourceModule the posting module's id
     * @param sourceId     the document, or {@code null}
     * @param lines        the lines
     */
    public JournalPosting {
        lines = List.copyOf(lines);
    }

    /**
     * One line: an account by code or, when the code is {@code null}, the chart's account for a role; exactly one of
     * debit and credit is positive, the other zero.
     *
     * @param account the account code, or {@code null} for the role's account
     * @param role    the role whose account is used when {@code account} is {@code null}
     * @param debit   the debit in the base currency
     * @param credit  the credit in the base currency
     */
    public record Line(String account, PostingRole role, BigDecimal debit, BigDecimal credit) {

        /**
         * Checks that the line names an account or a role and has both amounts.
         *
         * @param account the account code, or {@code null}
         * @param role    the fallback role
         * @param debit   the debit
         * @param credit  the credit
         */
        public Line {
            if (account == null && role == null) {
                throw new IllegalArgumentException("A line needs an account code or a role");
            }
            Objects.requireNonNull(debit, "debit");
            Objects.requireNonNull(credit, "credit");
        }

        /**
         * A debit line.
         *
         * @param account the account code, or {@code null} for the role's account
         * @param role    the fallback role
         * @param amount  the amount
         * @return the line
         */
        public static Line debit(String account, PostingRole role, BigDecimal amount) {
            return new Line(account, role, amount, BigDecimal.ZERO);
        }

        /**
         * A credit line.
         *
         * @param account the account code, or {@code null} for the role's account
         * @param role    the fallback role
         * @param amount  the amount
         * @return the line
         */
        public static Line credit(String account, PostingRole role, BigDecimal amount) {
            return new Line(account, role, BigDecimal.ZERO, amount);
        }
    }
}
