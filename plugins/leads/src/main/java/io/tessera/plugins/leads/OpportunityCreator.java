package io.tessera.plugins.leads;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Creates an opportunity in the pipeline module; implemented only where that module is installed. */
interface OpportunityCreator {

    UUID create(String name, UUID partyId, UUID ownerId, BigDecimal amount, String currency, LocalDate expectedCloseDate);
}
