package io.tessera.plugins.pipeline.api;

import io.tessera.sdk.event.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A won or lost opportunity was reopened: whatever followed its closing (a sales order, a lost-deal note) may
 * need to be revisited.
 *
 * @param opportunityId the opportunity
 * @param partyId       the customer
 * @param previousStatus {@code won} or {@code lost}
 * @param stageId       the open stage it is back in
 * @param reopenedAt    when
 */
public record OpportunityReopened(UUID opportunityId, UUID partyId, String previousStatus, UUID stageId,
                                  Instant reopenedAt) implements DomainEvent {
}
