package io.tessera.plugins.purchasing.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Where received goods go: inventory's {@code Stock} where the tenant has inventory enabled (see
 * {@link InventoryReceiving}, registered only where inventory's API is on the server), otherwise nowhere — the order
 * line then only records what arrived.
 */
public interface Receiving {

    /**
     * Whether receipts of storable products go into stock for the current tenant.
     *
     * @return {@code true} when inventory is enabled for the tenant
     */
    boolean enabled();

    /**
     * Receives goods for a purchase order line into the default warehouse's stock, valued at the line's cost (the
     * receipt's journal entry credits stock received not billed). Joins the caller's transaction.
     *
     * @param orderId   the purchase order
     * @param lineNo    the line
     * @param productId the product
     * @param quantity  in the product's base unit
     * @param unitCost  per base unit, in the base currency
     * @param lot       the lot for lot-tracked products, else {@code null}
     * @return the inventory receipt (a done transfer)
     */
    UUID receive(UUID orderId, int lineNo, UUID productId, BigDecimal quantity, BigDecimal unitCost, String lot);

    /**
     * Announces a confirmed order's stocked lines to inventory as expected receipts (incoming in its figures and
     * projection); receiving them later fulfils them. Joins the caller's transaction.
     *
     * @param orderId the purchase order
     * @param lines   its stocked lines
     * @return inventory's expected receipt (a draft transfer), or {@code null} when nothing is expected
     */
    UUID expect(UUID orderId, List<OrderStore.LineRow> lines);

    /**
     * Withdraws what inventory still expects for an order's lines (a cancelled order).
     *
     * @param orderId the purchase order
     * @param lines   its lines
     */
    void withdraw(UUID orderId, List<OrderStore.LineRow> lines);
}
