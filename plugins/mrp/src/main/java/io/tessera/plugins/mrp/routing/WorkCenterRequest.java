package io.tessera.plugins.mrp.routing;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A work center to create.
 *
 * @param code        its code, unique per tenant
 * @param name        its name
 * @param costPerHour what an hour costs, zero or more
 * @param hoursPerDay hours worked per day, 8 when absent
 */
public record WorkCenterRequest(@Size(max = 40) String code, @Size(max = 200) String name, BigDecimal costPerHour,
                                BigDecimal hoursPerDay) {
}
