package io.tessera.plugins.inventory.valuation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A valuation layer to write: what one done move (or the settlement of negative stock by a receipt) did to the value
 * of a product's stock. Quantities and values are signed: in positive, out negative; a settlement has no quantity.
 *
 * @param id               the layer
 * @param moveId           the move
 * @param productId        the product
 * @param date             the date of the journal entry it is part of
 * @param kind             {@code IN}, {@code OUT} or {@code SETTLEMENT}
 * @param costMethod       the costing method it was valued with
 * @param counterpart      the usage of the location on the other side of the company boundary
 * @param quantity         base-unit quantity, signed
 * @param unitCost         the unit cost it was valued at
 * @param value            its value in the base currency, signed
 * @param remainingQty     FIFO: what is left open of it (receipts) or still owed (negative stock), else {@code null}
 * @param remainingValue   FIFO: the value of that, else {@code null}
 * @param variance         standard cost: actual minus standard value of a receipt, else zero
 * @param inventoryAccount the stock account its value is in, or {@code null} without accounting
 */
record Layer(UUID id, UUID moveId, UUID productId, LocalDate date, String kind, String costMethod, String counterpart,
             BigDecimal quantity, BigDecimal unitCost, BigDecimal value, BigDecimal remainingQty,
             BigDecimal remainingValue, BigDecimal variance, String inventoryAccount) {
}
