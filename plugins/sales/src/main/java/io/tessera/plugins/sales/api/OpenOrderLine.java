package io.tessera.plugins.sales.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A confirmed sales order line with something left to deliver.
 *
 * @param orderId   the order
 * @param lineId    the order line (for pegging)
 * @param productId the product
 * @param left      ordered less delivered, in the product's base unit, positive
 * @param due       the delivery date promised to the customer, or the order date when none was promised
 */
public record OpenOrderLine(UUID orderId, UUID lineId, UUID productId, BigDecimal left, LocalDate due) {
}
