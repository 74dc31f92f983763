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

        /** Releases what the line has reserved. */
        void unreserve(UUID orderId, int lineNo);

        /**
         * Takes back delivered quantities of lines into stock, valued at their deliveries' cost.
         *
         * @param lines line number → product and quantity in the base unit
         * @return the return (a done transfer)
         */
        UUID takeBack(UUID orderId, LocalDate date, List<LineQuantity> lines);

        /**
         * Reserves, in one call, up to each line's quantity.
         *
         * @return what each line has reserved now, in the order given
         */
        List<BigDecimal> reserve(UUID orderId, List<LineQuantity> lines);

        /**
         * Delivers quantities of many lines as one delivery (their reservations first).
         *
         * @return the delivery (a done transfer)
         */
        UUID deliver(UUID orderId, List<LineQuantity> lines);
    }

    /**
     * A quantity of an order line.
     *
     * @param lineNo    the line
     * @param productId its product
     * @param quantity  in the base unit
     */
    record LineQuantity(int lineNo, UUID productId, BigDecimal quantity) {
    }
}
