package io.tessera.plugins.mrp.production;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What to produce now.
 *
 * @param quantity   the quantity, positive, at most what is left to produce; less leaves a backorder
 * @param lot        the lot of the product made, required when it is lot-tracked
 * @param components the lot to consume a component from, per component; a component not named is consumed from its
 *                   reservations, then from any lot (earliest expiry, then oldest lot first)
 */
public record ProduceRequest(BigDecimal quantity, @Size(max = 100) String lot, @Valid List<ComponentLot> components) {

    /**
     * What to produce, every component from any lot.
     *
     * @param quantity the quantity
     * @param lot      the lot of the product made, or {@code null}
     */
    public ProduceRequest(BigDecimal quantity, String lot) {
        this(quantity, lot, null);
    }

    /**
     * The lot (or serial) to consume a component from.
     *
     * @param productId the component
     * @param lot       its lot or serial number
     */
    public record ComponentLot(UUID productId, @Size(max = 100) String lot) {
    }
}
