package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.common.ApiNames;
import java.util.UUID;

/**
 * A product category as the API shows it.
 *
 * @param id                            the category id
 * @param name                          its name
 * @param costMethod                    {@code fifo}, {@code average} or {@code standard}
 * @param inventoryAccount              stock account code, or {@code null} (the chart's default)
 * @param costOfGoodsSoldAccount        COGS account code, or {@code null}
 * @param stockReceivedNotBilledAccount goods received not billed account code, or {@code null}
 * @param defaultCategory               whether new products without a category go to it
 * @param version                       the version, to send back on update
 */
record CategoryView(UUID id, String name, String costMethod, String inventoryAccount, String costOfGoodsSoldAccount,
                    String stockReceivedNotBilledAccount, boolean defaultCategory, Long version) {

    static CategoryView of(ProductCategory c) {
        return new CategoryView(c.getId(), c.getName(), ApiNames.of(c.getCostMethod()), c.accounts().inventory(),
                c.accounts().costOfGoodsSold(), c.accounts().stockReceivedNotBilled(), c.isDefaultCategory(),
                c.getVersion());
    }
}
