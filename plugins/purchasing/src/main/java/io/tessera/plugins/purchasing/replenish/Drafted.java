package io.tessera.plugins.purchasing.replenish;

import io.tessera.plugins.purchasing.order.OrderView;
import java.util.List;
import java.util.UUID;

/**
 * What a replenishment drafted.
 *
 * @param orders  the draft purchase orders created, one per supplier
 * @param skipped products suggested but not ordered, with the reason
 */
public record Drafted(List<OrderView> orders, List<Skipped> skipped) {

    /**
     * A suggested product that was not ordered.
     *
     * @param productId the product
     * @param reason    why: no supplier, or already on order
     */
    public record Skipped(UUID productId, String reason) {
    }
}
