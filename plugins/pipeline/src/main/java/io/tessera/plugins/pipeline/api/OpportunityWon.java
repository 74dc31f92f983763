package io.tessera.plugins.pipeline.api;

import io.tessera.sdk.event.DomainEvent;
import io.tessera.sdk.event.WebhookEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An opportunity was won: the hand-off point to sales orders.
 *
 * @param opportunityId the opportunity
 * @param partyId       the customer
 * @param ownerId       its owner, or {@code null}
 * @param amount        the amount won
 * @param currency      ISO 4217 code
 * @param wonAt         when it was marked won
 */
@WebhookEvent("opportunity.won")
public record OpportunityWon(UUID opportunityId, UUID partyId, UUID ownerId, BigDecimal amount, String currency,
                             Instant wonAt) implements DomainEvent {
}
