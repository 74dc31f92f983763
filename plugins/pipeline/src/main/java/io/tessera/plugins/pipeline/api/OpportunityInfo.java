package io.tessera.plugins.pipeline.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An opportunity as other modules read it through {@link Opportunities#find}.
 *
 * @param id       the opportunity
 * @param name     its name
 * @param partyId  the customer
 * @param amount   the expected amount, or {@code null}
 * @param currency the amount's currency (ISO 4217), or {@code null}
 * @param status   {@code open}, {@code won} or {@code lost}
 */
public record OpportunityInfo(UUID id, String name, UUID partyId, BigDecimal amount, String currency, String status) {
}
