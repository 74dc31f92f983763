package io.tessera.plugins.inventory.api;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * A quantity of a product for a demand line, in the product's base unit: one line of a batch call of {@link Stock}.
 *
 * @param line      the demand line (e.g. a sales order line)
 * @param productId the product
 * @param quantity  the quantity, positive
 */
public record DemandQuantity(DemandLine line, UUID productId, BigDecimal quantity) {

    /** Checks the components. */
    public DemandQuantity {
        Objects.requireNonNull(line, "line");
    }
}
