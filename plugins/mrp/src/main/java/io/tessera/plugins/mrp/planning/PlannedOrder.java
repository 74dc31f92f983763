package io.tessera.plugins.mrp.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A planned order of an MRP run.
 *
 * @param id          the planned order
 * @param runId       the run that made it
 * @param productId   the product
 * @param kind        {@code buy} or {@code make}
 * @param quantity    the quantity, lot-sized, in the product's base unit
 * @param releaseDate when to order or start it (before the run's start date when it is late already)
 * @param dueDate     when it must be there
 * @param state       {@code planned} or {@code confirmed}
 * @param orderId     the manufacturing order (make) or purchase order (buy) its confirmation created, or {@code null}
 * @param peggedTo    the demand it covers
 */
public record PlannedOrder(UUID id, UUID runId, UUID productId, String kind, BigDecimal quantity, LocalDate releaseDate,
                           LocalDate dueDate, String state, UUID orderId, List<Peg> peggedTo) {

    /**
     * A demand portion the planned order covers.
     *
     * @param kind     {@code forecast}, {@code manufacturing-order}, {@code planned-order}, {@code reorder-rule} or
     *                 {@code delivery}
     * @param sourceId the forecast, order or planned order, or {@code null}
     * @param date     when that demand is needed
     * @param quantity the part covered
     */
    public record Peg(String kind, UUID sourceId, LocalDate date, BigDecimal quantity) {
    }
}
