package io.tessera.plugins.mrp.routing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One step of a routing.
 *
 * @param seq          its position, from 1
 * @param name         what is done
 * @param workCenterId where
 * @param setupMinutes minutes of setup per order
 * @param runMinutes   minutes per unit produced
 * @param costPerHour  the work center's rate
 * @param hoursPerDay  the work center's hours per day
 */
public record Operation(int seq, String name, UUID workCenterId, BigDecimal setupMinutes, BigDecimal runMinutes,
                        BigDecimal costPerHour, BigDecimal hoursPerDay) {
}
