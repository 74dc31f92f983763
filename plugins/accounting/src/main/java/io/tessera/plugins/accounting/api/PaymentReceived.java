package io.tessera.plugins.accounting.api;

import io.tessera.sdk.event.DomainEvent;
import io.tessera.sdk.event.WebhookEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A payment from a party was recorded and posted.
 *
 * @param paymentId  the payment
 * @param partyId    who paid
 * @param date       the payment date
 * @param amount     the amount, in the payment currency
 * @param currency   the payment currency
 * @param invoiceIds the documents it was allocated to
 * @param entryId    the journal entry it posted
 */
@WebhookEvent("payment.received")
public record PaymentReceived(UUID paymentId, UUID partyId, LocalDate date, BigDecimal amount, String currency,
                              List<UUID> invoiceIds, UUID entryId) implements DomainEvent {
}
