package io.tessera.plugins.accounting.ledger;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One line to post. Exactly one of debit and credit is positive. The base amounts are computed from
 * the exchange rate of the entry date unless given (reversals reuse the original's).
 *
 * @param accountId  the account
 * @param partyId    the party (customer, vendor), or {@code null}
 * @param currency   the transaction currency
 * @param debit      debit in the transaction currency, at its scale
 * @param credit     credit in the transaction currency, at its scale
 * @param baseDebit  debit in the base currency, or {@code null} to convert
 * @param baseCredit credit in the base currency, or {@code null} to convert
 * @param rate       the rate used for given base amounts, or {@code null}
 */
public record PostingLine(UUID accountId, UUID partyId, String currency, BigDecimal debit, BigDecimal credit,
                          BigDecimal baseDebit, BigDecimal baseCredit, BigDecimal rate) {

    /**
     * A line whose base amounts are converted at posting.
     *
     * @param accountId the account
     * @param partyId   the party, or {@code null}
     * @param currency  the transaction currency
     * @param debit     debit amount
     * @param credit    credit amount
     */
    public PostingLine(UUID accountId, UUID partyId, String currency, BigDecimal debit, BigDecimal credit) {
        this(accountId, partyId, currency, debit, credit, null, null, null);
    }
}
