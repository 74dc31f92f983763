package io.tessera.plugins.mrp.production;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A manufacturing order, quantities in base units, costs in the tenant's base currency.
 *
 * @param id               the order
 * @param productId        the product made
 * @param bomId            the BOM used
 * @param warehouseId      the warehouse, or {@code null} for the default
 * @param quantity         the quantity to make
 * @param producedQuantity the quantity made
 * @param state            {@code draft}, {@code confirmed}, {@code in_progress}, {@code done} or {@code cancelled}
 * @param due              when it is needed, or {@code null}
 * @param backorderOf      the order it is the backorder of, or {@code null}
 * @param materialCost     the value of the components consumed
 * @param operationCost    the operation time × rate booked
 * @param lines            the components
 */
public record ManufacturingOrder(UUID id, UUID productId, UUID bomId, UUID warehouseId, BigDecimal quantity,
                                 BigDecimal producedQuantity, String state, LocalDate due, UUID backorderOf,
                                 BigDecimal materialCost, BigDecimal operationCost, List<Line> lines) {

    /**
     * A component line.
     *
     * @param line      its number
     * @param productId the component
     * @param quantity  required for the order's quantity, scrap included
     * @param consumed  consumed so far
     */
    public record Line(int line, UUID productId, BigDecimal quantity, BigDecimal consumed) {
    }
}
