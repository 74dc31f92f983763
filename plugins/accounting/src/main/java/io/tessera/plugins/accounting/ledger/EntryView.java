package io.tessera.plugins.accounting.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A journal entry as the API shows it.
 *
 * @param id           entry id
 * @param state        {@code DRAFT} or {@code POSTED}
 * @param date         accounting date
 * @param description  description
 * @param source       what produced it
 * @param sourceId     producing document, or {@code null}
 * @param reversalOf   the entry this one reverses, or {@code null}
 * @param reversedBy   the entry that reverses this one, or {@code null}
 * @param baseCurrency the tenant's base currency
 * @param lines        the lines
 * @param totals       base-currency totals ({@code debit}, {@code credit})
 */
public record EntryView(UUID id, String state, LocalDate date, String description, String source, UUID sourceId,
                        UUID reversalOf, UUID reversedBy, String baseCurrency, List<Line> lines, Totals totals) {

    /**
     * One line.
     *
     * @param lineNo      position, from 1
     * @param account     account code
     * @param accountName account name
     * @param partyId     party, or {@code null}
     * @param currency    transaction currency
     * @param debit       debit in the transaction currency
     * @param credit      credit in the transaction currency
     * @param baseDebit   debit in the base currency ({@code null} for drafts)
     * @param baseCredit  credit in the base currency ({@code null} for drafts)
     * @param rate        the rate used ({@code null} for drafts)
     */
    public record Line(int lineNo, String account, String accountName, UUID partyId, String currency, BigDecimal debit,
                       BigDecimal credit, BigDecimal baseDebit, BigDecimal baseCredit, BigDecimal rate) {
    }

    /**
     * Totals.
     *
     * @param debit  total debits (base currency when posted, else the sum of the lines as entered)
     * @param credit total credits
     */
    public record Totals(BigDecimal debit, BigDecimal credit) {
    }
}
