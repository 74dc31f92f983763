package io.tessera.plugins.catalog.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A price list as the API shows it.
 *
 * @param id        the price list id
 * @param name      its name
 * @param currency  its currency
 * @param partyId   the customer it is for, or {@code null}
 * @param validFrom first day, or {@code null}
 * @param validTo   last day, or {@code null}
 * @param active    whether it applies at all
 * @param items     its quantity breaks, by product, unit and break
 * @param version   the version, to send back on update
 */
record PriceListView(UUID id, String name, String currency, UUID partyId, LocalDate validFrom, LocalDate validTo,
                     boolean active, List<Item> items, Long version) {

    /**
     * A quantity break.
     *
     * @param id          the break's id
     * @param productId   the product
     * @param uom         unit of price and break
     * @param minQuantity applies from this quantity on
     * @param price       price per {@code uom}
     */
    record Item(UUID id, UUID productId, String uom, BigDecimal minQuantity, BigDecimal price) {
    }

    static PriceListView of(PriceList list, List<PriceItem> items) {
        return new PriceListView(list.getId(), list.getName(), list.getCurrency(), list.getPartyId(),
                list.getValidFrom(), list.getValidTo(), list.isActive(), items.stream()
                .map(i -> new Item(i.getId(), i.getProductId(), i.getUom(), i.getMinQuantity(), i.getPrice())).toList(),
                list.getVersion());
    }
}
