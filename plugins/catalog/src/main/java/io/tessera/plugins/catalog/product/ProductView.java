package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.common.ApiNames;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A product as the API shows it.
 *
 * @param id            the product id
 * @param sku           stock keeping unit
 * @param name          display name
 * @param description   longer text, or {@code null}
 * @param type          {@code storable}, {@code consumable} or {@code service}
 * @param categoryId    its category
 * @param category      the category's name
 * @param costMethod    the category's costing method: {@code fifo}, {@code average} or {@code standard}
 * @param uom           the base unit
 * @param salesUom      the sales unit
 * @param purchaseUom   the purchase unit
 * @param tracking      {@code none}, {@code lot} or {@code serial}
 * @param salesPrice    list price per sales unit, or {@code null}
 * @param currency      the list price's currency, or {@code null}
 * @param standardCost  standard cost per base unit, or {@code null}
 * @param barcode       barcode, or {@code null}
 * @param active        {@code false} once archived
 * @param templateId    for a variant: its template product, else {@code null}
 * @param variantValues for a variant: its attribute values, e.g. {@code M, Blue}
 * @param priceExtra    for a variant: what its values add to the template's price
 * @param version       the version, to send back on update
 * @param createdAt     when it was created
 * @param updatedAt     when it last changed
 */
record ProductView(UUID id, String sku, String name, String description, String type, UUID categoryId,
                   String category, String costMethod, String uom, String salesUom, String purchaseUom,
                   String tracking, BigDecimal salesPrice, String currency, BigDecimal standardCost, String barcode,
                   boolean active, UUID templateId, String variantValues, BigDecimal priceExtra, Long version,
                   Instant createdAt, Instant updatedAt) {

    static ProductView of(Product p, ProductCategory c) {
        return new ProductView(p.getId(), p.getSku(), p.getName(), p.getDescription(), ApiNames.of(p.getType()),
                p.getCategoryId(), c.getName(), ApiNames.of(c.getCostMethod()), p.getBaseUom(), p.getSalesUom(),
                p.getPurchaseUom(), ApiNames.of(p.getTracking()), p.getSalesPrice(), p.getCurrency(),
                p.getStandardCost(), p.getBarcode(), p.isActive(), p.getTemplateId(), p.getVariantValues(),
                p.getPriceExtra(), p.getVersion(), p.getCreatedAt(), p.getUpdatedAt());
    }
}
