package io.tessera.plugins.purchasing.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A purchase order in a list.
 *
 * @param id        the order
 * @param number    its number
 * @param partyId   the supplier
 * @param currency  ISO 4217 code
 * @param state     its state
 * @param status    what it waits for (see {@link OrderView#status()})
 * @param date      the order date
 * @param total     its total
 * @param toReceive Σ quantities still to receive, in base units
 * @param toBill    Σ quantities still to bill
 */
public record OrderSummary(UUID id, String number, UUID partyId, String currency, String state, String status,
                           LocalDate date, BigDecimal total, BigDecimal toReceive, BigDecimal toBill) {
}
