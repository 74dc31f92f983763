package io.tessera.plugins.catalog.product;

import io.tessera.sdk.money.CurrencyCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product as clients send it, to create (POST) or replace (PUT) one.
 *
 * @param sku          stock keeping unit, unique in the tenant
 * @param name         display name
 * @param description  longer text
 * @param type         {@code storable}, {@code consumable} or {@code service}
 * @param categoryId   its category; default: the default category, or the first one with {@code costMethod}
 * @param costMethod   {@code fifo}, {@code average} or {@code standard}: the category's method (must match a given
 *                     category; without one, picks a category with that method, creating it when there is none)
 * @param uom          the base unit's code (quantities are stored in it); cannot change after creation
 * @param salesUom     the unit it is sold in (same category as {@code uom}; default {@code uom})
 * @param purchaseUom  the unit it is bought in (same category as {@code uom}; default {@code uom})
 * @param tracking     {@code none} (default), {@code lot} or {@code serial}
 * @param salesPrice   list price per sales unit
 * @param currency     ISO 4217 code of the list price (required with a price)
 * @param standardCost standard cost per base unit
 * @param barcode      EAN/UPC or any code, unique in the tenant when set
 * @param version      on update: the version read, to refuse a lost update
 */
record ProductRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*", message = "must be letters, digits, '.', '_', '/' or '-'") String sku,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotNull @Pattern(regexp = "storable|consumable|service", message = "must be storable, consumable or service") String type,
        UUID categoryId,
        @Pattern(regexp = "fifo|average|standard", message = "must be fifo, average or standard") String costMethod,
        @NotBlank @Size(max = 16) String uom,
        @Size(max = 16) String salesUom,
        @Size(max = 16) String purchaseUom,
        @Pattern(regexp = "none|lot|serial", message = "must be none, lot or serial") String tracking,
        @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal salesPrice,
        @CurrencyCode String currency,
        @DecimalMin("0") @Digits(integer = 13, fraction = 6) BigDecimal standardCost,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+", message = "must be letters, digits or '-'") String barcode,
        Long version) {
}
