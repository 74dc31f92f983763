package io.tessera.plugins.mrp.routing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A place where operations are done.
 *
 * @param id          the work center
 * @param code        its code, unique per tenant
 * @param name        its name
 * @param costPerHour what an hour there costs, in the tenant's base currency
 * @param hoursPerDay the hours it works per day (for lead times)
 */
public record WorkCenter(UUID id, String code, String name, BigDecimal costPerHour, BigDecimal hoursPerDay) {
}
