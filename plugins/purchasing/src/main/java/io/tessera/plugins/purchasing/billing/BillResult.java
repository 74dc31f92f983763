package io.tessera.plugins.purchasing.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A vendor bill made from a purchase order.
 *
 * @param id          the purchasing bill record
 * @param orderId     the purchase order
 * @param orderNumber its number
 * @param partyId     the supplier
 * @param invoiceId   the accounting vendor bill (a draft while held)
 * @param held        whether the three-way match held it (a price beyond the tolerance): not posted until released
 * @param state       {@code HELD} or {@code POSTED}
 * @param reason      why it is held, or {@code null}
 * @param date        the bill date
 * @param total       its total: the matched amounts plus tax, as the accounting bill has it
 */
public record BillResult(UUID id, UUID orderId, String orderNumber, UUID partyId, UUID invoiceId, boolean held,
                         String state, String reason, LocalDate date, BigDecimal total) {
}
