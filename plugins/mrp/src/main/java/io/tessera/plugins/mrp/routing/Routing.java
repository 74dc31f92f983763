package io.tessera.plugins.mrp.routing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/**
 * How a product is made: its operations in order.
 *
 * @param id         the routing
 * @param name       its name
 * @param operations its operations by sequence
 */
public record Routing(UUID id, String name, List<Operation> operations) {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /**
     * The minutes of work for a quantity: every operation's setup once plus its run time per unit.
     *
     * @param quantity the quantity produced
     * @return the minutes
     */
    public BigDecimal minutes(BigDecimal quantity) {
        return operations.stream().map(o -> o.setupMinutes().add(o.runMinutes().multiply(quantity)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The cost of the operations for a quantity: each operation's minutes times its work center's rate per hour.
     *
     * @param quantity the quantity produced
     * @return the cost, unrounded to 6 decimals
     */
    public BigDecimal cost(BigDecimal quantity) {
        return operations.stream()
                .map(o -> o.setupMinutes().add(o.runMinutes().multiply(quantity)).multiply(o.costPerHour())
                        .divide(SIXTY, 6, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The working days the operations take for a quantity, each at its work center's hours per day, rounded up
     * (operations run one after the other).
     *
     * @param quantity the quantity produced
     * @return whole days, zero without operations
     */
    public int days(BigDecimal quantity) {
        BigDecimal days = operations.stream()
                .map(o -> o.setupMinutes().add(o.runMinutes().multiply(quantity))
                        .divide(o.hoursPerDay().multiply(SIXTY), MathContext.DECIMAL64))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return days.setScale(0, RoundingMode.CEILING).intValueExact();
    }
}
