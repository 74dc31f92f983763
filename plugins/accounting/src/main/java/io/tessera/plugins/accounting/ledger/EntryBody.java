package io.tessera.plugins.accounting.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A journal entry as a client sends it.
 *
 * @param date        accounting date
 * @param description description
 * @param post        whether to post at once (else a draft)
 * @param lines       lines
 */
record EntryBody(LocalDate date, String description, Boolean post, List<LineBody> lines) {

    /**
     * One line as a client sends it.
     *
     * @param account  account code
     * @param debit    debit amount
     * @param credit   credit amount
     * @param currency transaction currency; the base currency when absent
     * @param partyId  party, optional
     */
    record LineBody(String account, BigDecimal debit, BigDecimal credit, String currency, UUID partyId) {
    }

    boolean posting() {
        return Boolean.TRUE.equals(post);
    }

    /** SHA-256 of the request's meaning (amounts compared by value, so 10.5 and 10.50 are the same request). */
    String fingerprint() {
        StringBuilder s = new StringBuilder().append(date).append('|').append(description).append('|').append(posting());
        if (lines != null) {
            for (LineBody line : lines) {
                s.append("|").append(line == null ? "null" : line.account() + ";" + plain(line.debit()) + ";"
                        + plain(line.credit()) + ";" + line.currency() + ";" + line.partyId());
            }
        }
        return io.tessera.plugins.accounting.common.IdempotencyKeys.fingerprint(s.toString());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}
