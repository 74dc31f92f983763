package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.api.SupplierInfo;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product's supplier as the API shows it.
 *
 * @param id              the supplier information's id
 * @param productId       the product
 * @param partyId         the supplier
 * @param supplierName    the supplier's name
 * @param supplierSku     the supplier's code, or {@code null}
 * @param price           price per {@code uom}
 * @param currency        its currency
 * @param uom             unit of price and quantities
 * @param minimumQuantity smallest order quantity
 * @param orderMultiple   order multiple
 * @param leadTimeDays    lead time in days
 * @param sequence        preference, lowest first
 */
record SupplierView(UUID id, UUID productId, UUID partyId, String supplierName, String supplierSku, BigDecimal price,
                    String currency, String uom, BigDecimal minimumQuantity, BigDecimal orderMultiple,
                    int leadTimeDays, int sequence) {

    static SupplierView of(ProductSupplier s, String supplierName) {
        SupplierInfo i = s.info();
        return new SupplierView(s.getId(), s.getProductId(), i.partyId(), supplierName, i.supplierSku(), i.price(),
                i.currency(), i.uom(), i.minimumQuantity(), i.orderMultiple(), i.leadTimeDays(), s.getSequence());
    }
}
