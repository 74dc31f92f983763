package io.tessera.plugins.accounting.tax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A tax code of the tenant.
 *
 * @param id            id
 * @param code          code, unique per type, e.g. {@code VAT20}
 * @param name          name shown on documents and reports
 * @param type          {@code SALES} or {@code PURCHASE}
 * @param rate          rate in percent, or {@code null} when not set yet (the code cannot be used until it has one)
 * @param priceIncluded whether line prices include this tax (the tax is extracted from the gross line amount)
 * @param accountId     the ledger account the tax posts to
 * @param account       that account's code
 * @param validFrom     first day it applies, or {@code null}
 * @param validTo       last day it applies, or {@code null}
 */
public record TaxCode(UUID id, String code, String name, String type, BigDecimal rate, boolean priceIncluded, UUID accountId,
                      String account, LocalDate validFrom, LocalDate validTo) {

    /**
     * Whether the code applies on a date.
     *
     * @param date the document date
     * @return whether the date is within the validity dates
     */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
