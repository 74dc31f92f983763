package io.tessera.plugins.sales.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An order in a list.
 *
 * @param id       id
 * @param number   number
 * @param partyId  customer
 * @param date     order date
 * @param currency currency
 * @param total    total
 * @param promisedDate the delivery date promised to the customer, or {@code null}
 * @param late     open, past its promised date, with something left to deliver
 * @param status   status, as on {@link OrderView#status()}
 */
public record OrderSummary(UUID id, String number, UUID partyId, LocalDate date, String currency, BigDecimal total,
                           LocalDate promisedDate, boolean late, String status) {
}
