package io.tessera.plugins.inventory.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A transfer in a list.
 *
 * @param id          the transfer
 * @param kind        receipt, delivery, adjustment, return or scrap
 * @param state       draft, confirmed, assigned, done or cancelled
 * @param warehouseId its warehouse
 * @param partyId     the supplier or customer, or null
 * @param backorderOf the transfer it is the backorder of, or null
 * @param date        its date
 * @param lines       how many moves it has
 * @param quantity    their total quantity in base units
 */
public record TransferSummary(UUID id, String kind, String state, UUID warehouseId, UUID partyId, UUID backorderOf,
                       LocalDate date, int lines, BigDecimal quantity) {
}
