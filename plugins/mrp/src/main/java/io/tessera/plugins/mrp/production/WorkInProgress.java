package io.tessera.plugins.mrp.production;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Closes a production's work in progress in the general ledger. Inventory has already debited work in progress with
 * the consumed components and credited it with the product's actual cost as it entered stock; what is left is the
 * work-center time (debited here against production costs absorbed) and the rounding of the unit cost (to production
 * variances), so a done production leaves nothing on work in progress. Absent where accounting's API is not on the
 * server; {@link #close} does nothing where the tenant has not enabled it.
 */
interface WorkInProgress {

    /**
     * Posts one balanced entry in the caller's transaction, or nothing when every amount is zero.
     *
     * @param orderId   the manufacturing order (the entry's source id)
     * @param date      the accounting date (the production's)
     * @param material  the value the consumption took out of stock, as inventory booked it
     * @param operation the work-center time at cost
     * @param quantity  the quantity produced
     * @param unitCost  the unit cost the product entered stock at
     * @param valued    whether the product's moves are valued (a storable product)
     */
    void close(UUID orderId, LocalDate date, BigDecimal material, BigDecimal operation, BigDecimal quantity,
               BigDecimal unitCost, boolean valued);
}
