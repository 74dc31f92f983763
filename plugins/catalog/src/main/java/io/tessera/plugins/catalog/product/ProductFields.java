package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.api.Tracking;
import java.math.BigDecimal;
import java.util.UUID;

/** A product's changeable fields, checked and normalised from a request. */
record ProductFields(String sku, String name, String description, UUID categoryId, String baseUom, String salesUom,
                     String purchaseUom, Tracking tracking, BigDecimal salesPrice, String currency,
                     BigDecimal standardCost, String barcode) {
}
