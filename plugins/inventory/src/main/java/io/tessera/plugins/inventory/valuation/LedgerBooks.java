package io.tessera.plugins.inventory.valuation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's general ledger as the valuation uses it: present only where the tenant has enabled accounting. An
 * interface of this package so that nothing outside {@link AccountingLedger} names accounting's classes (the plugin
 * may run where accounting is absent).
 */
interface LedgerBooks {

    /** The lock date: no stock move dated on or before it can be valued. */
    Optional<LocalDate> lockDate();

    /** The minor-unit digits of the base currency, which values are rounded to. */
    int digits();

    /**
     * The account code to post to.
     *
     * @param explicit the category's account code, or {@code null}
     * @param role     the role whose account is used when there is none
     * @return the code
     */
    String code(String explicit, StockAccount role);

    /**
     * Posts one balanced entry in the current transaction.
     *
     * @param date        its date
     * @param description what it records
     * @param sourceId    the stock document
     * @param lines       the lines
     * @return the entry id
     */
    UUID post(LocalDate date, String description, UUID sourceId, List<LedgerLine> lines);

    /**
     * Posted balances (debit minus credit) of accounts up to a date.
     *
     * @param codes account codes
     * @param asOf  the last date included
     * @return balance per code
     */
    Map<String, BigDecimal> balances(Collection<String> codes, LocalDate asOf);
}
