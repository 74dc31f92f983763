package io.tessera.plugins.mrp.routing;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A routing to create.
 *
 * @param name       its name
 * @param operations its operations in order
 */
public record RoutingRequest(@Size(max = 200) String name, List<OperationRequest> operations) {

    /**
     * One operation.
     *
     * @param name         what is done
     * @param workCenterId where
     * @param setupMinutes setup minutes per order, zero or more (0 when absent)
     * @param runMinutes   minutes per unit, zero or more
     */
    public record OperationRequest(@Size(max = 200) String name, UUID workCenterId, BigDecimal setupMinutes,
                                   BigDecimal runMinutes) {
    }
}
