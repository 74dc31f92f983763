package io.tessera.plugins.catalog.pricing;

import io.tessera.sdk.money.CurrencyCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A price list as clients send it; PUT replaces it with its items.
 *
 * @param name      unique in the tenant
 * @param currency  ISO 4217 code of every price in it
 * @param partyId   the one customer it is for, or {@code null} for every customer
 * @param validFrom first day it applies, or {@code null}
 * @param validTo   last day it applies, or {@code null}
 * @param active    {@code false} to switch it off (default {@code true})
 * @param items     its quantity breaks
 * @param version   on update: the version read
 */
record PriceListRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull @CurrencyCode String currency,
        UUID partyId,
        LocalDate validFrom,
        LocalDate validTo,
        Boolean active,
        @Size(max = 1000) List<@Valid @NotNull Item> items,
        Long version) {

    /**
     * A quantity break.
     *
     * @param productId   the product
     * @param uom         the unit of the price and the break (default: the product's sales unit)
     * @param minQuantity the break: applies from this quantity on, in {@code uom} (default 0)
     * @param price       the price per {@code uom}
     */
    record Item(
            @NotNull UUID productId,
            @Size(max = 16) String uom,
            @DecimalMin("0") @Digits(integer = 13, fraction = 6) BigDecimal minQuantity,
            @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 6) BigDecimal price) {
    }
}
