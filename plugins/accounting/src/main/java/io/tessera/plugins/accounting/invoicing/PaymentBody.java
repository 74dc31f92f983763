package io.tessera.plugins.accounting.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A payment as a client sends it.
 *
 * @param partyId     who paid or was paid
 * @param date        payment date
 * @param amount      amount, greater than zero
 * @param currency    currency; the base currency when absent
 * @param direction   {@code received} or {@code sent}; derived from the allocated documents when absent
 * @param allocations documents it settles, fully or partly; the remainder stays as the party's credit
 */
record PaymentBody(UUID partyId, LocalDate date, BigDecimal amount, String currency, String direction,
                   List<Allocation> allocations) {

    /**
     * Part of the payment applied to one document.
     *
     * @param invoiceId the invoice, bill or credit note
     * @param amount    the amount applied, at most its open amount
     */
    record Allocation(UUID invoiceId, BigDecimal amount) {
    }

    /** SHA-256 of the request's meaning (amounts compared by value). */
    String fingerprint() {
        StringBuilder s = new StringBuilder().append(partyId).append('|').append(date).append('|').append(plain(amount))
                .append('|').append(currency).append('|').append(direction);
        if (allocations != null) {
            for (Allocation a : allocations) {
                s.append('|').append(a == null ? "null" : a.invoiceId() + ";" + plain(a.amount()));
            }
        }
        return io.tessera.plugins.accounting.common.IdempotencyKeys.fingerprint(s.toString());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "null" : amount.stripTrailingZeros().toPlainString();
    }
}
