package io.tessera.plugins.pipeline.api;

import io.tessera.sdk.event.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An opportunity was lost.
 *
 * @param opportunityId the opportunity
 * @param partyId       the customer
 * @param reason        why it was lost
 * @param lostAt        when it was marked lost
 */
public record OpportunityLost(UUID opportunityId, UUID partyId, String reason, Instant lostAt) implements DomainEvent {
}
