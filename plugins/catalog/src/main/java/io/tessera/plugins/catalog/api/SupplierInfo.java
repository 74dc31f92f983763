package io.tessera.plugins.catalog.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * How a supplier sells a product, for purchasing and MRP.
 *
 * @param partyId         the supplier (a party of the tenant)
 * @param supplierSku     the supplier's own code, or {@code null}
 * @param price           the price per purchase unit
 * @param currency        ISO 4217 code of the price
 * @param uom             the unit the price and quantities are in (the product's purchase unit)
 * @param minimumQuantity the smallest quantity the supplier accepts, in {@code uom}
 * @param orderMultiple   quantities are rounded up to a multiple of this, in {@code uom} ({@code 1} when none)
 * @param leadTimeDays    days from order to receipt
 */
public record SupplierInfo(UUID partyId, String supplierSku, BigDecimal price, String currency, String uom,
                           BigDecimal minimumQuantity, BigDecimal orderMultiple, int leadTimeDays) {
}
