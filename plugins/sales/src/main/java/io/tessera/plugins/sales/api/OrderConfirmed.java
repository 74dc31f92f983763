package io.tessera.plugins.sales.api;

import io.tessera.sdk.event.DomainEvent;
import io.tessera.sdk.event.WebhookEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A sales order was confirmed (from a quotation): its stock is reserved where inventory is enabled. Published in the
 * confirming transaction through the outbox, so it is delivered exactly when the order exists; integrators receive it
 * as the webhook event {@code order.confirmed}.
 *
 * @param orderId       the order
 * @param number        its number, e.g. {@code SO-000042}
 * @param quotationId   the quotation it was confirmed from, or {@code null}
 * @param opportunityId the opportunity it came from, or {@code null}
 * @param partyId       the customer
 * @param currency      ISO 4217 code
 * @param total         the order total, tax included
 * @param confirmedAt   when it was confirmed
 */
@WebhookEvent("order.confirmed")
public record OrderConfirmed(UUID orderId, String number, UUID quotationId, UUID opportunityId, UUID partyId,
                             String currency, BigDecimal total, Instant confirmedAt) implements DomainEvent {
}
