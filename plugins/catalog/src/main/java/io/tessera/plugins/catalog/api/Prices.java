package io.tessera.plugins.catalog.api;

import java.util.Optional;

/**
 * The one price resolution of the catalog: a customer's own price list first, then the tenant's general price lists
 * in the currency, each at the largest quantity break not above the quantity and valid on the date, then the
 * product's list price when it is in the currency.
 */
public interface Prices {

    /**
     * The unit price for a product, customer, quantity, unit and date.
     *
     * @param query what the price is for
     * @return the price, or empty when no price list and no list price applies in that currency
     * @throws UnitMismatchException when the unit is not of the product's unit category
     */
    Optional<ResolvedPrice> resolve(PriceQuery query);
}
