package io.tessera.plugins.pipeline.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An opportunity to create through {@link Opportunities}.
 *
 * @param name              a short name, e.g. the deal or the company
 * @param partyId           the customer (a party of the current tenant)
 * @param ownerId           the user who owns it, or {@code null}
 * @param amount            expected amount, zero or more, or {@code null} for zero
 * @param currency          ISO 4217 code, e.g. {@code EUR}
 * @param expectedCloseDate when it is expected to close
 */
public record NewOpportunity(String name, UUID partyId, UUID ownerId, BigDecimal amount, String currency,
                             LocalDate expectedCloseDate) {
}
