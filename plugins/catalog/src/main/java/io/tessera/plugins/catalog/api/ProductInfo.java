package io.tessera.plugins.catalog.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product as other modules see it.
 *
 * @param id           the product id
 * @param sku          the stock keeping unit, unique per tenant
 * @param name         the display name (a variant's includes its attribute values, e.g. "T-shirt (M, Blue)")
 * @param type         storable, consumable or service
 * @param tracking     none, lot or serial
 * @param baseUom      the code of the unit quantities are stored in, e.g. {@code unit}, {@code kg}
 * @param salesUom     the unit it is sold in (same category as the base unit)
 * @param purchaseUom  the unit it is bought in (same category as the base unit)
 * @param salesPrice   the list price per sales unit, in {@code currency}
 * @param currency     ISO 4217 code of the list price
 * @param categoryId   its category
 * @param costMethod   the category's costing method
 * @param standardCost the standard cost per base unit in the tenant's base currency, or {@code null}
 * @param accounts     the category's stock accounts
 * @param barcode      its barcode, or {@code null}
 * @param active       {@code false} once archived: still found by id, no longer offered for new documents
 */
public record ProductInfo(UUID id, String sku, String name, ProductType type, Tracking tracking, String baseUom,
                          String salesUom, String purchaseUom, BigDecimal salesPrice, String currency, UUID categoryId,
                          CostMethod costMethod, BigDecimal standardCost, CategoryAccounts accounts, String barcode,
                          boolean active) {
}
