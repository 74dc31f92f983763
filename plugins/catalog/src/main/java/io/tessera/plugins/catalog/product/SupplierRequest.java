package io.tessera.plugins.catalog.product;

import io.tessera.sdk.money.CurrencyCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A supplier of a product as clients send it.
 *
 * @param partyId         the supplier, a party of the tenant
 * @param supplierSku     the supplier's code for the product
 * @param price           price per {@code uom}
 * @param currency        ISO 4217 code of the price
 * @param uom             the unit of price and quantities (default: the product's purchase unit; same category)
 * @param minimumQuantity smallest order quantity in {@code uom} (default 0)
 * @param orderMultiple   order quantities are multiples of it (default 1)
 * @param leadTimeDays    days from order to receipt (default 0)
 * @param sequence        preference, lowest first (default 10)
 */
record SupplierRequest(
        @NotNull UUID partyId,
        @Size(max = 64) String supplierSku,
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 6) BigDecimal price,
        @NotNull @CurrencyCode String currency,
        @Size(max = 16) String uom,
        @DecimalMin("0") @Digits(integer = 13, fraction = 6) BigDecimal minimumQuantity,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 6) BigDecimal orderMultiple,
        @Min(0) @Max(3650) Integer leadTimeDays,
        @Min(0) @Max(1000) Integer sequence) {
}
