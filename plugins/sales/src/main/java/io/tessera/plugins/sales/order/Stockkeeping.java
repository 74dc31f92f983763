package io.tessera.plugins.sales.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The current tenant's stock, when it has inventory enabled. Implemented by {@link InventoryStock}, registered only
 * where the inventory plugin is on the server; without it there is no bean and orders reserve and deliver nothing
 * (a service company).
 */
interface Stockkeeping {

    /**
     * The tenant's stock desk.
     *
     * @return it, or empty when the tenant has not enabled inventory
     */
    Optional<Desk> desk();

    /** Stock operations for one order's lines, in the caller's transaction. */
    interface Desk {

        /**
         * Reserves up to {@code quantity} for the line.
         *
         * @return what the line has reserved now
         */
        BigDecimal reserve(UUID orderId, int lineNo, UUID productId, BigDecimal quantity);

        /** Releases what the line has reserved. */
        void unreserve(UUID orderId, int lineNo);

        /**
         * Delivers a quantity for the line (its reservation first).
         *
         * @return the delivery (a done transfer)
         */
        UUID deliver(UUID orderId, int lineNo, UUID productId, BigDecimal quantity);

        /**
         * Takes back delivered quantities of lines into stock, valued at their deliveries' cost.
         *
         * @param lines line number → product and quantity in the base unit
         * @return the return (a done transfer)
         */
        UUID takeBack(UUID orderId, LocalDate date, List<Returned> lines);
    }

    /**
     * A returned quantity of an order line.
     *
     * @param lineNo    the line
     * @param productId its product
     * @param quantity  in the base unit
     */
    record Returned(int lineNo, UUID productId, BigDecimal quantity) {
    }
}
