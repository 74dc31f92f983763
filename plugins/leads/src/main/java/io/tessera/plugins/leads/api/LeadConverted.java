package io.tessera.plugins.leads.api;

import io.tessera.sdk.event.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead was converted into parties and, possibly, an opportunity.
 *
 * @param leadId        the lead
 * @param companyId     the company created or linked, or {@code null} when the lead named none
 * @param personId      the person created or linked
 * @param opportunityId the opportunity created, or {@code null} when the pipeline module is not enabled
 * @param ownerId       the lead's owner, or {@code null}
 * @param convertedAt   when
 */
public record LeadConverted(UUID leadId, UUID companyId, UUID personId, UUID opportunityId, UUID ownerId,
                            Instant convertedAt) implements DomainEvent {
}
