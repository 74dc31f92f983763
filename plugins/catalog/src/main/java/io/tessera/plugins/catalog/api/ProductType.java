package io.tessera.plugins.catalog.api;

/** What a product is, for stock purposes. */
public enum ProductType {
    /** Kept in stock: every move changes balances and, with accounting, the inventory value. */
    STORABLE,
    /** Bought and used without tracking a balance (moves are recorded, no valuation). */
    CONSUMABLE,
    /** Never stocked: labour, fees, subscriptions. */
    SERVICE
}
