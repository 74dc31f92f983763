package io.tessera.plugins.mrp.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Where confirmed {@code buy} planned orders go: a draft purchase order when a purchasing module is there (a later
 * adapter over its published API, registered with {@code Components.whenPresent}); until then {@link None}, and the
 * confirmed planned order itself stays a firm scheduled receipt of later runs.
 */
interface Purchasing {

    /**
     * Creates a draft purchase order for a confirmed planned order, in the caller's transaction.
     *
     * @param productId the product
     * @param quantity  the quantity in its base unit
     * @param due       when it must be there
     * @return the purchase order, or empty when there is no purchasing
     */
    Optional<UUID> draftOrder(UUID productId, BigDecimal quantity, LocalDate due);

    /** No purchasing module: nothing is created. */
    final class None implements Purchasing {

        @Override
        public Optional<UUID> draftOrder(UUID productId, BigDecimal quantity, LocalDate due) {
            return Optional.empty();
        }
    }
}
